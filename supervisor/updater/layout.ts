// The side-by-side install (issue 12). Under an install root (KIOSK_INSTALL_ROOT):
//   releases/<version>/   one unpacked app per version, never changed once complete
//   current -> releases/<version>   what the supervisor starts; switched by an atomic rename
//   previous -> releases/<version>  what it goes back to if the new one fails
//   node_modules/         shared modules for releases whose bundle brings none
//   downloads/<version>.part        a bundle being downloaded (resumed by its size)
//   pending.json          written by the kiosk: a verified, unpacked release ready to switch to
//   refusals.json         written by the kiosk: offers it refused (bad signature, store rule…)
//   update-state.json     written by the supervisor: a trial under way, and failed versions
// The kiosk's data dir is elsewhere: switching versions never touches residents' data.
// Plain node:fs only: the supervisor imports this and must not load the kiosk's code.
import { existsSync, mkdirSync, readFileSync, readlinkSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';

export interface UpdateFailureRecord {
  version: string;
  reason: string;
  at: string;
}

export interface PendingRelease {
  version: string;
  /** The signed manifest as verified by the kiosk (kept for the record). */
  manifest: unknown;
}

export interface UpdateState {
  /** A switch under way: the new version must report healthy within the supervisor's deadline. */
  trial: { version: string; previous: string; since: string } | null;
  /** Newest first, at most 10: reported in every heartbeat; these versions are not tried again. */
  failures: UpdateFailureRecord[];
}

export function layoutOf(root: string) {
  return {
    root,
    releases: join(root, 'releases'),
    release: (version: string) => join(root, 'releases', version),
    current: join(root, 'current'),
    previous: join(root, 'previous'),
    sharedModules: join(root, 'node_modules'),
    downloads: join(root, 'downloads'),
    part: (version: string) => join(root, 'downloads', `${version}.part`),
    pending: join(root, 'pending.json'),
    refusals: join(root, 'refusals.json'),
    state: join(root, 'update-state.json'),
  };
}
export type Layout = ReturnType<typeof layoutOf>;

/** Write then rename: a reader (the other process) never sees half a file. */
export function writeJsonAtomic(path: string, value: unknown): void {
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, `${JSON.stringify(value, null, 2)}\n`);
  renameSync(tmp, path);
}

function readJson(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return null;
  }
}

/** The version `link` points at (current or previous), or null. */
export function linkedVersion(link: string): string | null {
  try {
    return basename(readlinkSync(link));
  } catch {
    return null;
  }
}

/** Points `link` at releases/<version> by renaming a fresh symlink over it: never a moment without one. */
export function pointAt(layout: Layout, link: string, version: string): void {
  if (!existsSync(layout.release(version))) throw new Error(`cannot switch to ${version}: ${layout.release(version)} does not exist`);
  const tmp = `${link}.${process.pid}.tmp`;
  rmSync(tmp, { force: true });
  symlinkSync(join('releases', version), tmp);
  renameSync(tmp, link);
}

export function readPending(layout: Layout): PendingRelease | null {
  const data = readJson(layout.pending) as Partial<PendingRelease> | null;
  return data && typeof data.version === 'string' ? { version: data.version, manifest: data.manifest } : null;
}

export function clearPending(layout: Layout): void {
  rmSync(layout.pending, { force: true });
}

export function readState(layout: Layout): UpdateState {
  const data = readJson(layout.state) as Partial<UpdateState> | null;
  return { trial: data?.trial ?? null, failures: Array.isArray(data?.failures) ? data.failures : [] };
}

export function writeState(layout: Layout, state: UpdateState): void {
  mkdirSync(layout.root, { recursive: true });
  writeJsonAtomic(layout.state, { ...state, failures: state.failures.slice(0, 10) });
}

export function readRefusals(layout: Layout): UpdateFailureRecord[] {
  const data = readJson(layout.refusals);
  return Array.isArray(data) ? (data as UpdateFailureRecord[]) : [];
}

export function addRefusal(layout: Layout, refusal: UpdateFailureRecord): void {
  const others = readRefusals(layout).filter((r) => r.version !== refusal.version);
  writeJsonAtomic(layout.refusals, [refusal, ...others].slice(0, 10));
}
