// Verifies a downloaded bundle against its signed manifest and unpacks it beside the running
// version (issue 12). Only a complete, verified release directory ever appears under releases/,
// and only then is pending.json written for the supervisor.
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createReadStream, existsSync, mkdirSync, readFileSync, renameSync, rmSync, symlinkSync } from 'node:fs';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import type { ReleaseOffer } from '../../shared/contract/releases.ts';
import { writeJsonAtomic, type Layout } from '../../supervisor/updater/layout.ts';

const run = promisify(execFile);

async function sha256OfFile(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

export class BundleRefused extends Error {}

export async function installRelease(layout: Layout, offer: ReleaseOffer): Promise<void> {
  const m = offer.manifest;
  const part = layout.part(m.version);
  const actual = await sha256OfFile(part);
  if (actual !== m.bundle.sha256) {
    rmSync(part, { force: true }); // a bad download is started again from nothing next time
    throw new BundleRefused(`the bundle of ${m.version} does not match its signed manifest (SHA-256 ${actual.slice(0, 12)}…, expected ${m.bundle.sha256.slice(0, 12)}…)`);
  }
  const target = layout.release(m.version);
  const staging = `${target}.unpacking`;
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  await run('tar', ['-xzf', part, '-C', staging]);
  const pkg = JSON.parse(readFileSync(join(staging, 'package.json'), 'utf8')) as { version?: unknown };
  if (pkg.version !== m.version) {
    rmSync(staging, { recursive: true, force: true });
    throw new BundleRefused(`the bundle of ${m.version} holds version ${String(pkg.version)}`);
  }
  // A bundle without modules runs on the install's shared ones (a release that changes no dependency).
  if (!existsSync(join(staging, 'node_modules')) && existsSync(layout.sharedModules)) {
    symlinkSync(relative(staging, layout.sharedModules), join(staging, 'node_modules')); // same depth as releases/<v>
  }
  rmSync(target, { recursive: true, force: true }); // a leftover of an earlier, interrupted try
  renameSync(staging, target);
  rmSync(part, { force: true });
  writeJsonAtomic(layout.pending, { version: m.version, manifest: { manifest: offer.manifest, signature: offer.signature } });
}
