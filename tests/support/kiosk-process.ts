// Starts the kiosk exactly as `npm start` does (cli/kiosk.ts, from its bundle), as a child process, and waits for
// its `kiosk ready: <url>` line. Used by the end-to-end and fault tests.
import { spawn, type ChildProcess } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { nodeEntryArgs } from './node-entries.ts';

export interface KioskProcess {
  url: string;
  child: ChildProcess;
  stderr: () => string;
  /** Everything it printed on stdout so far. */
  stdout: () => string;
  /** SIGTERM and wait for a clean exit; resolves with the exit code. */
  stop(): Promise<number | null>;
}

export async function startKioskProcess(opts: {
  dataDir: string;
  config?: Record<string, unknown>;
  args?: string[];
  /** A hang detector, not a speed target: a loaded 2-core machine has taken 43 s to start a kiosk. */
  timeoutMs?: number;
  /** Replaces the child's environment variables of these names (e.g. PATH). */
  env?: Record<string, string>;
}): Promise<KioskProcess> {
  const args = [...nodeEntryArgs('cli/kiosk.ts'), '--shell', 'none', '--port', '0', '--data-dir', opts.dataDir, ...(opts.args ?? [])];
  if (opts.config) {
    const file = join(opts.dataDir, '..', `kiosk-config-${Date.now()}.json`);
    writeFileSync(file, JSON.stringify(opts.config, null, 2));
    args.push('--config', file);
  }
  const child = spawn(process.execPath, args, { cwd: process.cwd(), stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...opts.env } });
  let stdout = '';
  let stderr = '';
  child.stderr!.on('data', (d) => (stderr += String(d)));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => {
      // The test fails; its kiosk must not outlive it, holding a port and a core for the next files.
      child.kill('SIGKILL');
      reject(new Error(`kiosk not ready after ${opts.timeoutMs ?? 60000} ms\n${stderr}`));
    }, opts.timeoutMs ?? 60000);
    child.stdout!.on('data', (d) => {
      stdout += String(d);
      const match = /kiosk ready: (\S+)/.exec(stdout);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`kiosk exited with ${code} before it was ready\n${stderr}`));
    });
  });
  return {
    url,
    child,
    stderr: () => stderr,
    stdout: () => stdout,
    stop() {
      if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode);
      return new Promise((resolve) => {
        // The kiosk bounds its own shutdown at 10 s; past 20 s it is hung: kill it and say so.
        const hung = setTimeout(() => {
          stderr += '\n[test] kiosk did not exit 20 s after SIGTERM; killed\n';
          child.kill('SIGKILL');
        }, 20_000);
        child.once('exit', (code) => {
          clearTimeout(hung);
          resolve(code);
        });
        child.kill('SIGTERM');
      });
    },
  };
}
