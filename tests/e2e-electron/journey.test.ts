// The resident journey in the real Electron shell, driven by Playwright's _electron: the built
// main process (dist/electron/main.cjs) with simulated devices and a fresh data directory.
// Also checks the lockdown from inside the window: no Node in the page, only kioskBridge, the
// CSP header in force, navigation and window.open refused, the window's web preferences.
//
// Runs only where an Electron binary is installed, with a display, and better-sqlite3 built for
// Electron (README, "Electron shell: two native builds"); elsewhere the test is registered as
// skipped with the reason (support/electron-available.ts). lifecycle.test.ts covers quitting,
// restarting, failing to start and the reported version.
import { describe, test, beforeAll, afterAll } from 'vitest';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { _electron, type ElectronApplication, type Page } from 'playwright-core';
import { runDemoJourney } from '../support/demo-journey.ts';
import { electronBinary, electronEnv, mainScript, projectRoot, skipReason } from './support/electron-available.ts';

// A local const, so the compiler knows it is a string inside the callback below.
const skip = skipReason;

if (skip) {
  // Registered as a skipped test so the runner's summary counts it and prints the reason.
  test('resident journey in the Electron shell', (ctx) => ctx.skip(skip));
} else describe('resident journey in the Electron shell', () => {
  let dir: string;
  let app: ElectronApplication;
  let page: Page;
  let stdout = '';
  let stderr = '';

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'kiosk-electron-e2e-'));
    app = await _electron.launch({
      executablePath: electronBinary!,
      args: [mainScript, '--data-dir', join(dir, 'data')],
      cwd: projectRoot,
      env: electronEnv(),
      timeout: 60_000,
    });
    app.process().stdout?.on('data', (d) => (stdout += String(d)));
    app.process().stderr?.on('data', (d) => (stderr += String(d)));
    page = await app.firstWindow({ timeout: 60_000 });
    await page.getByText('请将身份证放在读卡区').waitFor({ timeout: 30_000 });
  });

  afterAll(async () => {
    await app?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  test('the main process announces the page it loaded', async () => {
    const deadline = Date.now() + 10_000;
    while (!/kiosk ready: /.test(stdout) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    assert.match(stdout, /^kiosk ready: kiosk:\/\/app\/index\.html$/m, `stdout:\n${stdout}\nstderr:\n${stderr}`);
  });

  test('the page has no Node and sees only kioskBridge { send, onMessage }', async () => {
    const seen = await page.evaluate(() => {
      const w = window as unknown as Record<string, unknown>;
      return {
        require: typeof w.require,
        process: typeof w.process,
        module: typeof w.module,
        bridgeKeys: Object.keys((w.kioskBridge ?? {}) as object).sort(),
      };
    });
    assert.deepEqual(seen, { require: 'undefined', process: 'undefined', module: 'undefined', bridgeKeys: ['onMessage', 'send'] });
  });

  test('the CSP forbids eval, window.open is refused, navigation away is blocked', async () => {
    const result = await page.evaluate(() => {
      let evalResult = 'ran';
      try {
        // eslint-disable-next-line no-eval
        eval('1 + 1');
      } catch {
        evalResult = 'blocked';
      }
      const opened = window.open('https://example.com/', '_blank');
      return { evalResult, opened: opened === null ? 'refused' : 'opened' };
    });
    assert.deepEqual(result, { evalResult: 'blocked', opened: 'refused' });
    await page.evaluate(() => {
      location.href = 'https://example.com/';
    });
    await new Promise((r) => setTimeout(r, 500));
    assert.equal(page.url(), 'kiosk://app/index.html');
    assert.equal(app.windows().length, 1, 'still exactly one window');
  });

  test('the window is in kiosk mode and DevTools cannot be opened', async () => {
    const state = await app.evaluate(async ({ BrowserWindow }) => {
      const win = BrowserWindow.getAllWindows()[0];
      win.webContents.openDevTools();
      await new Promise((r) => setTimeout(r, 500));
      return { kiosk: win.isKiosk(), devTools: win.webContents.isDevToolsOpened() };
    });
    assert.deepEqual(state, { kiosk: true, devTools: false });
  });

  test('card → masked greeting → 取号排队 → ticket → 满意 → thanks → 完成 → attract', async () => {
    await runDemoJourney(page);
  });
});
