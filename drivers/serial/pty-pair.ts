// A linked pair of pseudo-terminals made by socat: a simulator holds one end, the real driver
// opens the other exactly as it would open hardware. Used by the demo and by the tests.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import type { SimulatorLink } from './link-ends.ts';

export type PtyPair = SimulatorLink;

async function waitFor(check: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const started = Date.now();
  while (!check()) {
    if (Date.now() - started > timeoutMs) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** Starts socat and resolves once both links exist. Requires the `socat` program. */
export async function createPtyPair(label = 'dev', dir?: string): Promise<PtyPair> {
  const folder = dir ?? mkdtempSync(join(tmpdir(), `kiosk-pty-${label}-`));
  const devicePath = join(folder, `${label}-device`);
  const simulatorPath = join(folder, `${label}-sim`);
  let exited = false;
  let child: ChildProcess;
  try {
    child = spawn('socat', ['-d', '-d', `pty,raw,echo=0,link=${devicePath}`, `pty,raw,echo=0,link=${simulatorPath}`], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
  } catch (err) {
    throw new Error(`cannot start socat for the ${label} simulator: ${(err as Error).message} (install it: apt-get install socat)`);
  }
  let stderr = '';
  child.stderr?.on('data', (d) => (stderr += String(d)));
  const spawnError = new Promise<never>((_, reject) =>
    child.once('error', (err) =>
      reject(new Error(`cannot start socat for the ${label} simulator: ${err.message} (install it: apt-get install socat)`)),
    ),
  );
  child.once('exit', () => {
    exited = true;
    watchdog?.kill('SIGTERM');
  });
  // If this process dies without closing the pair (kill -9, power-button in a demo), socat would
  // linger holding the pseudo-terminals; a tiny watchdog ends it within a second.
  const watchdog: ChildProcess | undefined = child.pid
    ? spawn('sh', ['-c', `while kill -0 ${process.pid} 2>/dev/null; do sleep 1; done; kill ${child.pid} 2>/dev/null`], {
        stdio: 'ignore',
        detached: true,
      })
    : undefined;
  watchdog?.unref();
  await Promise.race([
    spawnError,
    waitFor(() => exited || (existsSync(devicePath) && existsSync(simulatorPath)), 5000, `socat links in ${folder}`),
  ]);
  if (exited) throw new Error(`socat exited before creating the ${label} pseudo-terminals: ${stderr.trim()}`);
  return {
    devicePath,
    simulatorPath,
    async close() {
      if (!exited) {
        const done = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await done;
      }
      if (!dir) rmSync(folder, { recursive: true, force: true });
    },
  };
}
