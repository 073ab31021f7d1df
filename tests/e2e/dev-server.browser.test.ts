// `npm run dev`: the core with simulated devices behind a Vite dev server. The UI reaches the core
// through the dev server's /api proxy, and an edit to a renderer source shows on screen while the
// same core process keeps running. The edit is made to a copy of renderer/ beside the original
// (so its relative imports still resolve), never to the sources themselves.
import { test } from 'vitest';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { launchChromium } from '../support/chromium.ts';

test('npm run dev: the UI talks to the core through the proxy, and a source edit shows without a restart', { timeout: 120_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'kiosk-dev-'));
  const rendererCopy = resolve(`.dev-test-renderer-${process.pid}`);
  cpSync('renderer', rendererCopy, { recursive: true });
  const child = spawn(process.execPath, ['--import', 'tsx', 'cli/dev.ts', '--standalone', '--data-dir', join(dir, 'data')], {
    env: { ...process.env, KIOSK_DEV_RENDERER_ROOT: rendererCopy, KIOSK_DEV_PORT: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (d) => (stderr += String(d)));
  const browser = await launchChromium();
  try {
    const url = await new Promise<string>((resolveUrl, reject) => {
      let out = '';
      const timer = setTimeout(() => reject(new Error(`dev server not ready after 60 s\n${stderr}`)), 60_000);
      child.stdout!.on('data', (d) => {
        out += String(d);
        const match = /kiosk dev ready: (\S+)/.exec(out);
        if (match) {
          clearTimeout(timer);
          resolveUrl(match[1]);
        }
      });
      child.once('exit', (code) => reject(new Error(`npm run dev exited with ${code}\n${stderr}`)));
    });
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(url);
    // The attract prompt, not the "connecting" overlay: KioskApi answered through the proxy.
    await page.getByText('请将身份证放在读卡区').waitFor({ timeout: 30_000 });
    assert.equal(await page.getByText('正在连接').count(), 0, 'the UI did not connect to the core through the dev server');
    const strings = join(rendererCopy, 'i18n', 'zh-CN', 'core.ts');
    writeFileSync(strings, readFileSync(strings, 'utf8').replace("placeCard: '请将身份证放在读卡区'", "placeCard: '请把身份证放在读卡区（已更新）'"));
    await page.getByText('请把身份证放在读卡区（已更新）').waitFor({ timeout: 30_000 });
    assert.equal(child.exitCode, null, 'the kiosk stopped while the UI reloaded');
    assert.doesNotMatch(stderr, /the kiosk core exited/);
    // The reloaded UI still drives the same core: a card placed from the simulator panel greets.
    await page.locator('.simulator-toggle').click();
    await page.getByRole('button', { name: /^放置：/ }).first().click();
    await page.getByText(/您好，/).waitFor({ timeout: 15_000 });
  } finally {
    await browser.close();
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    }
    rmSync(rendererCopy, { recursive: true, force: true });
    rmSync(dir, { recursive: true, force: true });
  }
});
