// Runs the real Electron main-process bundle, built by scripts/build-electron.mjs exactly as for
// `npm start` and packaging, under Node with the recording stand-in for 'electron'
// (fake-electron.cjs), because no Electron binary can be installed here.
// Node runs it with --unhandled-rejections=warn-with-error-code, Electron's own setting: an
// unhandled rejection in Electron's main process is logged, not fatal.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export type FakeMessage = { kind: string; [key: string]: any };

export interface MainProcess {
  child: ChildProcess;
  stdout(): string;
  stderr(): string;
  /** Everything fake-electron reported: 'sent' IPC messages, 'loaded' pages, 'relaunch', 'quit-cancelled'… */
  reports: FakeMessage[];
  /** Runs one of fake-electron.cjs's commands (playing Chromium's part) and returns its value. */
  call(command: string, args?: Record<string, unknown>): Promise<any>;
  /** Polls `find` until it returns a value; fails with the process's stderr on timeout or exit. */
  waitFor<T>(find: () => T | undefined, what: string, ms?: number): Promise<T>;
  /** Resolves with the exit code, or 'timeout' if the process is still running after `ms`. */
  exited(ms: number): Promise<number | null | 'timeout'>;
  kill(): void;
}

/** Builds main.cjs and preload.cjs into dir/electron, and a stand-in renderer into dir/renderer. */
export function buildMainBundle(dir: string): void {
  const built = spawnSync(process.execPath, ['scripts/build-electron.mjs', '--outdir', join(dir, 'electron')], { encoding: 'utf8' });
  if (built.status !== 0) throw new Error(`scripts/build-electron.mjs failed:\n${built.stderr}`);
  mkdirSync(join(dir, 'renderer'), { recursive: true });
  writeFileSync(join(dir, 'renderer', 'index.html'), '<!doctype html><script type="module" src="app.js"></script>');
  writeFileSync(join(dir, 'renderer', 'app.js'), 'console.log("app")');
}

export function startMainProcess(dir: string, opts: { args?: string[]; env?: Record<string, string> } = {}): MainProcess {
  const child = spawn(
    process.execPath,
    ['--unhandled-rejections=warn-with-error-code', '--require', resolve('tests/electron/support/fake-electron.cjs'), join(dir, 'electron', 'main.cjs'), ...(opts.args ?? [])],
    // NODE_PATH: the bundle lives outside the project, its native modules come from the project.
    { stdio: ['ignore', 'pipe', 'pipe', 'ipc'], env: { ...process.env, NODE_PATH: resolve('node_modules'), ...opts.env } },
  );
  let stdout = '';
  let stderr = '';
  const reports: FakeMessage[] = [];
  const pending = new Map<number, (m: FakeMessage) => void>();
  let nextId = 1;
  child.stdout!.on('data', (d) => (stdout += String(d)));
  child.stderr!.on('data', (d) => (stderr += String(d)));
  child.on('message', (m: FakeMessage) => {
    if (m.kind === 'result') pending.get(m.id)?.(m);
    else reports.push(m);
  });
  const exit = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));

  return {
    child,
    stdout: () => stdout,
    stderr: () => stderr,
    reports,
    call(command, args) {
      const id = nextId++;
      return new Promise((resolvePromise, reject) => {
        pending.set(id, (m) => (m.error ? reject(new Error(m.error)) : resolvePromise(m.value)));
        child.send({ id, command, args });
      });
    },
    async waitFor(find, what, ms = 10_000) {
      const deadline = Date.now() + ms;
      for (;;) {
        const found = find();
        if (found !== undefined) return found;
        if (child.exitCode !== null) throw new Error(`main exited with ${child.exitCode} while waiting for ${what}\nstderr:\n${stderr}`);
        if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}\nstderr:\n${stderr}`);
        await new Promise((r) => setTimeout(r, 25));
      }
    },
    async exited(ms) {
      let timer: NodeJS.Timeout | undefined;
      const result = await Promise.race([exit, new Promise<'timeout'>((r) => (timer = setTimeout(() => r('timeout'), ms)))]);
      clearTimeout(timer);
      return result;
    },
    kill() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    },
  };
}
