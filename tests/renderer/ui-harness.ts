// Shared by the UI tests: a fresh renderer build when the sources changed, one Chromium for the
// file, and per test a fake core behind a real browser shell with a page opened on it.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startBrowserShell, type BrowserShell } from '../../browser-shell/server.ts';
import { createFakeKioskApi, type FakeKioskApi } from '../support/fake-kiosk-api.ts';
import type { KioskStatus } from '../../terminal/api.ts';
import { launchChromium } from '../support/chromium.ts';
import { buildIsStale } from '../support/stale-build.ts';

const builtPage = 'dist/renderer/index.html';
const sources = [
  'renderer',
  'terminal/api.ts',
  'terminal/event-names.ts',
  'electron/kiosk-bridge.ts',
  'config/catalog-schema.ts',
  'config/zoned-time.ts',
  'shared',
  'vite.config.ts',
  'scripts/pinyin-dictionary-plugin.ts',
  'scripts/build-pinyin-dictionary.ts',
  'scripts/handwriting-model-plugin.ts',
  'scripts/build-handwriting-model.ts',
  'scripts/data/tongyong-guifan-level-1.txt',
  'scripts/text-module-plugin.ts',
  'scripts/build-cache.ts',
];

/** Rebuilds the renderer only when a source is newer than the bundle (npm test builds first). */
export function ensureRendererBuilt(): void {
  if (!buildIsStale(builtPage, sources)) return;
  // Swapped in whole (scripts/build-renderer.mjs): another test file may be serving the old build.
  const result = spawnSync(process.execPath, ['scripts/build-renderer.mjs', '--logLevel', 'warn'], { stdio: 'inherit' });
  if (result.status !== 0) throw new Error('renderer build failed (node scripts/build-renderer.mjs)');
}

/** Debian's Chromium, started as every browser test starts it. */
export const launchBrowser: () => Promise<Browser> = launchChromium;

export interface Kiosk {
  fake: FakeKioskApi;
  shell: BrowserShell;
  page: Page;
  /** Console messages the page printed (CSP violations show up here). */
  console: string[];
  close(): Promise<void>;
}

/** A kiosk-sized page whose console and page errors are collected in `messages`. */
export async function openLoggedPage(browser: Browser): Promise<{ context: BrowserContext; page: Page; messages: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'zh-CN' });
  const page = await context.newPage();
  page.setDefaultTimeout(5000);
  const messages: string[] = [];
  page.on('console', (m) => messages.push(`${m.type()}: ${m.text()}`));
  page.on('pageerror', (e) => messages.push(`pageerror: ${e.message}`));
  return { context, page, messages };
}

/** Fails when the page logged an error or a CSP violation. */
export function assertCleanConsole(messages: string[]): void {
  const problems = messages.filter((m) => /Content Security Policy|pageerror|^error/i.test(m));
  assert.deepEqual(problems, [], 'the page logged errors or CSP violations');
}

export async function openKiosk(browser: Browser, status: Partial<KioskStatus> = {}): Promise<Kiosk> {
  const fake = createFakeKioskApi({ status });
  const shell = await startBrowserShell({ api: fake, port: 0 });
  const { context, page, messages } = await openLoggedPage(browser);
  // The first load parses the whole bundle: on a busy 2-core machine it may take longer than a click.
  await page.goto(shell.url, { timeout: 30_000 });
  return {
    fake,
    shell,
    page,
    console: messages,
    async close() {
      await context.close();
      await shell.close();
    },
  };
}

/** Runs `run` on a fresh kiosk page and fails on any page error or CSP violation it logged. */
export async function withKiosk(browser: Browser, status: Partial<KioskStatus>, run: (kiosk: Kiosk) => Promise<void>): Promise<void> {
  const kiosk = await openKiosk(browser, status);
  try {
    await run(kiosk);
    assertCleanConsole(kiosk.console);
  } finally {
    await kiosk.close();
  }
}
