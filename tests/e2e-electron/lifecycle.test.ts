// The Electron shell's life cycle in the real Electron, for what the stand-in used in
// tests/electron cannot prove: Windows' refusal to close a non-closable window (run this suite on
// Windows to confirm quitting), real renderer crashes driving the restart, and the version the
// real bundle reports. Skipped with the reason where Electron cannot run (support/electron-available.ts).
import { describe, test, afterAll } from 'vitest';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { _electron, type ElectronApplication } from 'playwright-core';
import { restartExitCode } from '../../electron/policy/restart.ts';
import { electronBinary, electronEnv, mainScript, projectRoot, skipReason } from './support/electron-available.ts';

// A local const, so the compiler knows it is a string inside the callback below.
const skip = skipReason;

function exitOf(app: ElectronApplication, ms: number): Promise<number | null | 'timeout'> {
  const child = app.process();
  if (child.exitCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve('timeout'), ms);
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolve(code);
    });
  });
}

if (skip) {
  test('the Electron shell starts, quits, restarts and reports its version', (ctx) => ctx.skip(skip));
} else describe('the Electron shell starts, quits, restarts and reports its version', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kiosk-electron-lifecycle-'));
  const launched: ElectronApplication[] = [];

  async function launch(name: string, extraArgs: string[] = []): Promise<ElectronApplication> {
    const app = await _electron.launch({
      executablePath: electronBinary!,
      args: [mainScript, '--data-dir', join(dir, name), ...extraArgs],
      cwd: projectRoot,
      env: electronEnv(),
      timeout: 60_000,
    });
    launched.push(app);
    const page = await app.firstWindow({ timeout: 60_000 });
    await page.getByText('请将身份证放在读卡区').waitFor({ timeout: 30_000 });
    return app;
  }

  afterAll(async () => {
    for (const app of launched) if (app.process().exitCode === null) app.process().kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  });

  test('the kiosk enrolls with the version in package.json; a refused enrollment ends the start with exit 1', async () => {
    const { version } = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as { version: string };
    const bodies: Array<{ softwareVersion?: unknown }> = [];
    const hub = createServer((req, res) => {
      let body = '';
      req.on('data', (d) => (body += String(d)));
      req.on('end', () => {
        if (req.url === '/v1/enroll') bodies.push(JSON.parse(body));
        res.writeHead(403, { 'content-type': 'application/json' }).end(JSON.stringify({ error: 'test hub: enrollment refused' }));
      });
    });
    await new Promise<void>((r) => hub.listen(0, '127.0.0.1', r));
    try {
      const url = `http://127.0.0.1:${(hub.address() as AddressInfo).port}`;
      const child = spawn(electronBinary!, [mainScript, '--data-dir', join(dir, 'enroll'), '--central-url', url, '--enroll', 'TEST-CODE-0001'], { env: electronEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
      let stderr = '';
      child.stderr!.on('data', (d) => (stderr += String(d)));
      const code = await new Promise<number | null>((r) => child.once('exit', r));
      assert.equal(bodies[0]?.softwareVersion, version, stderr);
      assert.equal(code, 1, stderr);
      assert.match(stderr, /^kiosk: could not start: /m);
    } finally {
      await new Promise((r) => hub.close(r));
    }
  });

  test('quitting from inside closes the kiosk window and exits 0 (on Windows the window is not closable by residents)', async () => {
    const app = await launch('quit');
    const closable = await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0].isClosable());
    // Linux has no such window property: Electron answers true there.
    if (process.platform === 'win32') assert.equal(closable, false);
    await app.evaluate(({ app: electronApp }) => setTimeout(() => electronApp.quit(), 100)).catch(() => undefined);
    assert.equal(await exitOf(app, 30_000), 0);
  });

  test('--supervised: when the page keeps crashing, the kiosk exits with the restart status for its service manager', async () => {
    const app = await launch('supervised', ['--supervised']);
    const exited = exitOf(app, 120_000);
    for (let crash = 0; crash < 10 && app.process().exitCode === null; crash++) {
      // Crash the page, then wait until the watchdog has loaded it again (or given up on it).
      await app
        .evaluate(
          ({ BrowserWindow }) =>
            new Promise<void>((resolve) => {
              const contents = BrowserWindow.getAllWindows()[0].webContents;
              contents.once('did-finish-load', () => resolve());
              setTimeout(resolve, 15_000);
              contents.forcefullyCrashRenderer();
            }),
        )
        .catch(() => undefined);
    }
    assert.equal(await exited, restartExitCode);
  });
});
