// A kiosk that cannot start must say why and exit non-zero, so its service manager restarts it
// (and the journal shows the reason), whichever start-up step failed. Run on the real main bundle
// with the stand-in for Electron, under Electron's unhandled-rejection mode (logged, not fatal),
// so an error that escapes the start-up path shows as a process that never exits.
import { describe, test, beforeAll, afterAll } from 'vitest';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildMainBundle, startMainProcess, type MainProcess } from './support/main-process.ts';

describe('a failure while starting', () => {
  let dir: string;
  const started: MainProcess[] = [];

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'kiosk-main-start-failure-'));
    buildMainBundle(dir);
  });

  afterAll(() => {
    for (const main of started) main.kill();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  test('the window cannot be created: a clear message and a non-zero exit, not a process with no window', async () => {
    const main = startMainProcess(dir, { args: ['--data-dir', join(dir, 'data-window')], env: { FAKE_ELECTRON_FAIL: 'window' } });
    started.push(main);
    const code = await main.exited(30_000);
    assert.notEqual(code, 'timeout', `still running 30 s after the window failed\nstderr:\n${main.stderr()}`);
    assert.equal(code, 1);
    assert.match(main.stderr(), /^kiosk: could not start: Failed to create the window/m);
    assert.doesNotMatch(main.stdout(), /kiosk ready/);
  });

  test('a synchronous error before the app is ready: the same message and exit, not an error dialog nobody can dismiss', async () => {
    const main = startMainProcess(dir, { args: ['--data-dir', join(dir, 'data-sandbox')], env: { FAKE_ELECTRON_FAIL: 'sandbox' } });
    started.push(main);
    const code = await main.exited(30_000);
    assert.notEqual(code, 'timeout', `still running 30 s after failing to start\nstderr:\n${main.stderr()}`);
    assert.equal(code, 1);
    assert.match(main.stderr(), /^kiosk: could not start: app\.enableSandbox\(\) can only be called before app is ready$/m);
    assert.ok(!main.reports.some((m) => m.kind === 'error-dialog'), 'no error dialog');
  });

  test('the page cannot be loaded: the message says to build the renderer', async () => {
    const empty = join(dir, 'no-renderer');
    // The same bundle next to an empty renderer folder.
    buildMainBundle(empty);
    rmSync(join(empty, 'renderer'), { recursive: true });
    const main = startMainProcess(empty, { args: ['--data-dir', join(dir, 'data-page')] });
    started.push(main);
    const code = await main.exited(30_000);
    assert.equal(code, 1, `stderr:\n${main.stderr()}`);
    assert.match(main.stderr(), /^kiosk: the kiosk page did not load \(.*\); was the renderer built \(npm run build\)\?$/m);
  });
});
