// The renderer watchdog's last resort, restarting the whole application, carried out by the real
// main bundle (with the stand-in for Electron, support/fake-electron.cjs): the page is crashed
// until the recovery policy gives up reloading it, then the kiosk must come back the way its
// deployment allows. Whether the relaunched AppImage really starts is for a machine with the
// Electron binary and an AppImage build (README, "Electron shell").
import { describe, test, beforeAll, afterAll } from 'vitest';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { restartExitCode } from '../../electron/policy/restart.ts';
import { buildMainBundle, startMainProcess, type MainProcess } from './support/main-process.ts';

/** Crashes the page each time it has come back, until main relaunches or exits (at most 10 crashes). */
async function crashUntilRestart(main: MainProcess): Promise<void> {
  await main.waitFor(() => (/kiosk ready: /.test(main.stdout()) ? true : undefined), 'kiosk ready', 30_000);
  for (let crash = 0; crash < 10; crash++) {
    const loads = main.reports.filter((m) => m.kind === 'loaded').length;
    await main.call('crashRenderer').catch(() => undefined);
    const restarted = () => main.reports.some((m) => m.kind === 'relaunch') || main.child.exitCode !== null;
    // Reloads back off (0.5 s, 1 s, 2 s, 4 s) before the policy restarts the app.
    const deadline = Date.now() + 15_000;
    while (!restarted() && main.reports.filter((m) => m.kind === 'loaded').length === loads && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 25));
    }
    if (restarted()) return;
  }
  throw new Error(`the kiosk never restarted after 10 crashes\nstderr:\n${main.stderr()}`);
}

describe('restarting the kiosk after the page keeps crashing', () => {
  let dir: string;
  const started: MainProcess[] = [];

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'kiosk-main-restart-'));
    buildMainBundle(dir);
  });

  afterAll(() => {
    for (const main of started) main.kill();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  test('inside an AppImage it relaunches the image file, not the executable in the vanishing mount', async () => {
    const appImage = '/opt/kiosk/township-kiosk.AppImage';
    const dataDir = join(dir, 'data-appimage');
    // The stand-in's executable (Node) plays the one inside the AppImage's mount.
    const main = startMainProcess(dir, { args: ['--data-dir', dataDir], env: { APPIMAGE: appImage, APPDIR: dirname(dirname(process.execPath)) } });
    started.push(main);
    await crashUntilRestart(main);
    const code = await main.exited(20_000);
    const relaunch = main.reports.find((m) => m.kind === 'relaunch');
    assert.deepEqual(relaunch?.options, { execPath: appImage, args: [join(dir, 'electron', 'main.cjs'), '--data-dir', dataDir] }, `stderr:\n${main.stderr()}`);
    assert.equal(code, 0, 'the old process closes the core and exits cleanly');
  });

  test('under a service manager (--supervised) it exits with the restart status instead of relaunching', async () => {
    const main = startMainProcess(dir, { args: ['--data-dir', join(dir, 'data-supervised'), '--supervised'] });
    started.push(main);
    await crashUntilRestart(main);
    const code = await main.exited(20_000);
    assert.equal(code, restartExitCode, `stderr:\n${main.stderr()}`);
    assert.ok(!main.reports.some((m) => m.kind === 'relaunch'), 'no stray process outside the service manager');
  });
});
