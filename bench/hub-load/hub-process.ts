// Starts hub-child.ts for one source tree and database, and stops it (by its own pid only).
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

export interface HubProcess {
  url: string;
  adminToken: string;
  /** The hub process's CPU time so far (user + system seconds). */
  cpuSeconds(): Promise<number>;
  stop(): Promise<void>;
}

const CHILD = fileURLToPath(new URL('./hub-child.ts', import.meta.url));

export async function startHubProcess(sourceRoot: string, env: { databaseUrl?: string; releasePublicKey?: string }): Promise<HubProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', CHILD, sourceRoot], {
    cwd: sourceRoot,
    stdio: ['pipe', 'pipe', 'inherit'],
    env: { ...process.env, DATABASE_URL: env.databaseUrl ?? '', CENTRAL_RELEASE_PUBLIC_KEY: env.releasePublicKey ?? '' },
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const lines = createInterface({ input: child.stdout! });
  const first = await new Promise<string>((resolve, reject) => {
    lines.once('line', resolve);
    child.once('exit', (code) => reject(new Error(`hub child for ${sourceRoot} exited (${code}) before listening`)));
  });
  const { url, adminToken } = JSON.parse(first) as { url: string; adminToken: string };
  return {
    url,
    adminToken,
    cpuSeconds: () =>
      new Promise<number>((resolve) => {
        lines.once('line', (line) => resolve((JSON.parse(line) as { cpuSeconds: number }).cpuSeconds));
        child.stdin!.write('cpu\n');
      }),
    async stop() {
      child.stdin!.end();
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
}
