// kioskctl's release and rollout commands (issue 12). The release key is used here, on the
// admin's machine, and never sent: the hub receives the signed manifest and the bundle.
//   release keygen --out FILE                      a new release key (0600); prints its public half
//   release pack APP_DIR --key FILE --out DIR [--min-from V] [--store-readable-from N]
//   release publish DIR [--key FILE …]            DIR: a packed release, or an app dir (packed and signed first);
//                                                  sent in chunks that a second run resumes (issue 21)
//   release list
//   rollout start VERSION [--stages 5,25,100] [--halt-after N]
//   rollout pause|resume|abort|advance ROLLOUT_ID [--reason TEXT]
//   rollout status [--json]
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { createRolloutRequestSchema, releaseVersionSchema, releaseViewSchema, rolloutActionSchema, rolloutViewSchema, type ReleaseView, type RolloutView, type SignedRelease } from '../shared/contract/releases.ts';
import { generateReleaseKey, packRelease, readReleaseDir, readReleaseKey, MANIFEST_FILE } from './releases/pack-release.ts';

export const RELEASE_USAGE = `release keygen --out FILE                     make the release key (keep it offline); prints the public key for
                                                CENTRAL_RELEASE_PUBLIC_KEY and each terminal's updates.releasePublicKey
  release pack APP_DIR --key FILE --out DIR [--min-from V] [--store-readable-from N]
                                                bundle a built app directory and sign its manifest
  release publish DIR [--key FILE ...]          upload a packed release (or pack APP_DIR first, with --key);
                                                if the link fails, the same command again resumes the upload
  release list                                  published releases
  rollout start VERSION [--stages 5,25,100] [--halt-after N]
  rollout pause|resume|abort|advance ROLLOUT_ID [--reason TEXT]
  rollout status [--json]                       rollouts, their stage, failures and why they halted`;

export class ReleaseUsageError extends Error {}

export interface ReleaseFlags {
  out?: string;
  key?: string;
  'min-from'?: string;
  'store-readable-from'?: string;
  stages?: string;
  'halt-after'?: string;
  reason?: string;
  json?: boolean;
}

/** What the commands need from the hub: the admin client's raw call. */
export type AdminCall = <S extends z.ZodType>(method: string, path: string, schema: S, body?: unknown) => Promise<z.infer<S>>;
/** Sends a packed release to the hub (resumable chunks: upload-release.ts). */
export type PublishUpload = (signed: SignedRelease, bundle: Buffer) => Promise<ReleaseView>;

function describeRollout(r: RolloutView): string {
  const head = `${r.rolloutId}  ${r.version}  ${r.state.toUpperCase()} at ${r.percent}% (stage ${r.stageIndex + 1} of ${r.stages.length}: ${r.stages.join('→')}%)  on this version: ${r.terminalsOnVersion}  failures: ${r.failures.length}/${r.haltAfterFailures}`;
  const lines = [head];
  if (r.reason) lines.push(`    why: ${r.reason}`);
  for (const f of r.failures) lines.push(`    ${f.terminalId} ${f.at}: ${f.reason}`);
  return lines.join('\n');
}

function packFlags(appDir: string, flags: ReleaseFlags, outDir: string) {
  if (!flags.key) throw new ReleaseUsageError('packing needs --key FILE (the release key from kioskctl release keygen)');
  const readableFrom = flags['store-readable-from'] === undefined ? undefined : Number(flags['store-readable-from']);
  if (readableFrom !== undefined && (!Number.isInteger(readableFrom) || readableFrom < 1)) throw new ReleaseUsageError(`--store-readable-from must be a store migration number, not "${flags['store-readable-from']}"`);
  const minFrom = flags['min-from'] ?? '0.0.0';
  if (!releaseVersionSchema.safeParse(minFrom).success) throw new ReleaseUsageError(`--min-from must be a version like 1.2.0, not "${minFrom}"`);
  return packRelease({ appDir, outDir, key: readReleaseKey(flags.key), minFromVersion: minFrom, storeReadableFrom: readableFrom });
}

/** Commands that need no hub. */
export function runOfflineReleaseCommand(words: string[], flags: ReleaseFlags): boolean {
  const [sub, arg] = words;
  if (sub === 'keygen') {
    if (!flags.out) throw new ReleaseUsageError('release keygen needs --out FILE');
    if (existsSync(flags.out)) throw new ReleaseUsageError(`${flags.out} exists; a release key is never overwritten (terminals pin its public half)`);
    const key = generateReleaseKey();
    writeFileSync(flags.out, key.privatePem, { mode: 0o600, flag: 'wx' });
    console.log(`release key written to ${flags.out} (keep it offline)\npublic key: ${key.publicKey}`);
    return true;
  }
  if (sub === 'pack') {
    if (!arg || !flags.out) throw new ReleaseUsageError('release pack needs APP_DIR and --out DIR');
    const signed = packFlags(arg, flags, flags.out);
    console.log(`packed ${signed.manifest.version} (${signed.manifest.bundle.size} bytes, store ${signed.manifest.storeSchema.version}) into ${flags.out}`);
    return true;
  }
  return false;
}

export async function runReleaseCommand(command: 'release' | 'rollout', words: string[], flags: ReleaseFlags, call: AdminCall, upload: PublishUpload): Promise<void> {
  const [sub, arg] = words;
  if (command === 'release') {
    if (runOfflineReleaseCommand(words, flags)) return;
    if (sub === 'list') {
      const list = await call('GET', '/v1/admin/releases', z.array(releaseViewSchema));
      console.log(flags.json ? JSON.stringify(list, null, 2) : list.length === 0 ? 'no releases published yet' : list.map((r) => `${r.version}  ${r.size} bytes  store ${r.storeSchema.version} (readable from ${r.storeSchema.readableFrom})  from ${r.minFromVersion}  published ${r.publishedAt}`).join('\n'));
      return;
    }
    if (sub === 'publish') {
      if (!arg) throw new ReleaseUsageError('release publish needs DIR');
      let dir = arg;
      let temp: string | null = null;
      if (!existsSync(join(arg, MANIFEST_FILE))) {
        temp = mkdtempSync(join(tmpdir(), 'kioskctl-release-'));
        packFlags(arg, flags, temp);
        dir = temp;
      }
      try {
        const { signed, bundle } = readReleaseDir(dir);
        const view = await upload(signed, bundle);
        console.log(`published ${view.version} (${view.size} bytes, sha256 ${view.sha256})`);
      } finally {
        if (temp) rmSync(temp, { recursive: true, force: true });
      }
      return;
    }
    throw new ReleaseUsageError(`unknown release command "${sub ?? ''}"`);
  }
  if (sub === 'start') {
    if (!arg) throw new ReleaseUsageError('rollout start needs a VERSION (see: kioskctl release list)');
    const stages = flags.stages === undefined ? undefined : flags.stages.split(',').map((p) => Number(p.trim()));
    const body = createRolloutRequestSchema.safeParse({ version: arg, stages, haltAfterFailures: flags['halt-after'] === undefined ? undefined : Number(flags['halt-after']) });
    if (!body.success) throw new ReleaseUsageError(`rollout start: ${body.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
    const view = await call('POST', '/v1/admin/rollouts', rolloutViewSchema, body.data);
    console.log(describeRollout(view));
    return;
  }
  if (sub === 'status') {
    const list = await call('GET', '/v1/admin/rollouts', z.array(rolloutViewSchema));
    console.log(flags.json ? JSON.stringify(list, null, 2) : list.length === 0 ? 'no rollouts yet' : list.map(describeRollout).join('\n'));
    return;
  }
  const action = rolloutActionSchema.safeParse(sub);
  if (!action.success || !arg) throw new ReleaseUsageError(`rollout needs start, status, or ${rolloutActionSchema.options.join('|')} ROLLOUT_ID`);
  const view = await call('POST', `/v1/admin/rollouts/${encodeURIComponent(arg)}/${action.data}`, rolloutViewSchema, flags.reason ? { reason: flags.reason } : {});
  console.log(describeRollout(view));
}
