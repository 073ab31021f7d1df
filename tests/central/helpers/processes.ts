// Runs central's command lines as child processes, the way an admin would.
import { spawn, type ChildProcess } from 'node:child_process';
import { nodeEntryArgs } from '../../support/node-entries.ts';

const ROOT = new URL('../../../', import.meta.url).pathname;

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** `npm run kioskctl -- …` without npm's start-up cost or tsx's: the same code, from its bundle. */
export function runKioskctl(args: string[], env: Record<string, string> = {}): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...nodeEntryArgs('central/kioskctl.ts'), ...args], {
      cwd: ROOT,
      env: { ...process.env, CENTRAL_URL: '', CENTRAL_ADMIN_TOKEN: '', ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

export interface CentralProcess {
  child: ChildProcess;
  url: string;
  output: () => string;
  /** Sends SIGTERM and resolves with the exit code. */
  stop(): Promise<number | null>;
}

/** Starts `npm run central -- …` (its code, from the bundle) and waits for "central ready: <url>". */
export function startCentralProcess(args: string[], env: Record<string, string> = {}, timeoutMs = 60_000): Promise<CentralProcess> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...nodeEntryArgs('central/cli.ts'), ...args], { cwd: ROOT, env: { ...process.env, ...env } });
    let output = '';
    const exited = new Promise<number | null>((done) => child.on('close', done));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`central did not get ready within ${timeoutMs} ms:\n${output}`));
    }, timeoutMs);
    const onData = (chunk: Buffer) => {
      output += chunk;
      const match = /^central ready: (http:\/\/\S+)$/m.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve({
          child,
          url: match[1],
          output: () => output,
          stop: () => {
            if (child.exitCode === null) child.kill('SIGTERM');
            return exited;
          },
        });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`central exited (${code}) before it was ready:\n${output}`));
    });
  });
}
