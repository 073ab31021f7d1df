// The hub as it was before issue 27's hot-path work, exported from git into a temp dir so the
// bench can run it beside today's in one run. Without git history (a tarball) there is no
// baseline and the bench says so.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The last commit before the heartbeat and batch-ingest rewrite (override: BENCH_HUB_BASELINE). */
export const BASELINE_REF = process.env.BENCH_HUB_BASELINE ?? 'cd313c65ab7f71c40fa1f434714b5f921e57ecd3';

export const currentRoot = resolve(fileURLToPath(new URL('../..', import.meta.url)));

export function exportBaseline(): { root: string; remove(): void } | { unavailable: string } {
  const dir = mkdtempSync(join(tmpdir(), 'hub-baseline-'));
  try {
    const archive = execFileSync('git', ['-C', currentRoot, 'archive', '--format=tar', BASELINE_REF], { maxBuffer: 256 * 1024 * 1024 });
    execFileSync('tar', ['-x', '-C', dir], { input: archive });
    symlinkSync(join(currentRoot, 'node_modules'), join(dir, 'node_modules'));
    return { root: dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
  } catch (err) {
    rmSync(dir, { recursive: true, force: true });
    return { unavailable: `no baseline (${BASELINE_REF}): ${(err as Error).message.split('\n')[0]}` };
  }
}
