// One browser shell, context and page for a file's UI tests, each test with a fake core of its own.
// A context and a shell per test cost a new renderer process and a cold load of the bundle and its
// fonts each time; here a test starts on a fresh document of the same page (the assets come from
// the cache), behind a fresh fake core, so nothing a test did is left for the next one.
import type { Browser, Page } from 'playwright-core';
import { startBrowserShell, type BrowserShell } from '../../browser-shell/server.ts';
import { createFakeKioskApi, type FakeKioskApi } from '../support/fake-kiosk-api.ts';
import type { KioskApi, KioskStatus } from '../../terminal/api.ts';
import { assertCleanConsole, openLoggedPage } from './ui-harness.ts';

export interface SharedKiosk {
  /** A fresh page behind a fresh fake core with this status; fails on page errors or CSP violations. */
  run(status: Partial<KioskStatus>, test: (kiosk: { page: Page; fake: FakeKioskApi }) => Promise<void>): Promise<void>;
  close(): Promise<void>;
}

export async function openSharedKiosk(browser: Browser): Promise<SharedKiosk> {
  let fake = createFakeKioskApi();
  // The shell serves whichever fake is current: the page's socket subscribes to the core's events
  // when it connects, so each new document listens to the fake of its own test.
  const api = new Proxy({} as KioskApi, {
    get(_target, key) {
      const value = (fake as unknown as Record<PropertyKey, unknown>)[key];
      return typeof value === 'function' ? value.bind(fake) : value;
    },
  });
  const shell: BrowserShell = await startBrowserShell({ api, port: 0 });
  const { context, page, messages } = await openLoggedPage(browser);

  return {
    async run(status, test) {
      // Leave the last test's document first, so nothing it still sends reaches the next fake.
      await page.goto('about:blank');
      fake = createFakeKioskApi({ status });
      messages.length = 0;
      // The first load parses the whole bundle: on a busy 2-core machine it may take longer than a click.
      await page.goto(shell.url, { timeout: 30_000 });
      await test({ page, fake });
      assertCleanConsole(messages);
    },
    async close() {
      await context.close();
      await shell.close();
    },
  };
}
