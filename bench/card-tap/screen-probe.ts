// Watches the kiosk's own UI in Debian's Chromium (through the browser shell, as in a hall) and
// timestamps the frame in which the greeting appears: a MutationObserver sees the DOM change and a
// requestAnimationFrame callback marks the frame that paints it. Times are Date.now() on every side
// (page, bench, simulator process): the same system clock, to the millisecond, with no offset to
// estimate between processes.
import type { Browser, Page } from 'playwright-core';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { startBrowserShell, type BrowserShell } from '../../browser-shell/server.ts';
import type { KioskApi } from '../../terminal/api.ts';
import { chromiumPath, launchChromium } from '../../tests/support/chromium.ts';

export interface ScreenProbe {
  /** Forget the last greeting; the next one is timed. */
  arm(): Promise<void>;
  /** Date.now() of the frame that showed the greeting. */
  greetedAt(timeoutMs?: number): Promise<number>;
  /** Resolves once the attract screen is back (the greeting is gone). */
  attractShown(): Promise<void>;
  close(): Promise<void>;
}

const rendererIndex = fileURLToPath(new URL('../../dist/renderer/index.html', import.meta.url));

/** Why the UI cannot be timed here, or null when it can. */
export function screenProbeUnavailable(): string | null {
  if (!chromiumPath) return 'Chromium is not installed (apt-get install chromium)';
  if (!existsSync(rendererIndex)) return 'the UI is not built (npm run build)';
  return null;
}

declare global {
  interface Window {
    greetedAt: number | null;
  }
}

const ATTRACT_TEXT = '请将身份证放在读卡区';

export async function openScreenProbe(api: KioskApi): Promise<ScreenProbe> {
  let shell: BrowserShell | undefined;
  let browser: Browser | undefined;
  try {
    shell = await startBrowserShell({ api, port: 0 });
    browser = await launchChromium();
    const page: Page = await browser.newPage({ viewport: { width: 1080, height: 1920 } });
    await page.goto(shell.url);
    await page.getByText(ATTRACT_TEXT).waitFor({ timeout: 20_000 });
    await page.evaluate(() => {
      window.greetedAt = null;
      new MutationObserver(() => {
        if (window.greetedAt !== null) return;
        const heading = document.querySelector('h1.greeting');
        if (!heading?.textContent?.startsWith('您好，')) return;
        window.greetedAt = -1; // seen; the frame time follows
        requestAnimationFrame(() => (window.greetedAt = Date.now()));
      }).observe(document.body, { childList: true, subtree: true, characterData: true });
    });
    const opened = { shell, browser };
    return {
      arm: () => page.evaluate(() => void (window.greetedAt = null)),
      async greetedAt(timeoutMs = 10_000) {
        const handle = await page.waitForFunction(() => (window.greetedAt ?? -1) > 0 && window.greetedAt, undefined, { timeout: timeoutMs, polling: 5 });
        return (await handle.jsonValue()) as number;
      },
      attractShown: () => page.getByText(ATTRACT_TEXT).waitFor({ timeout: 10_000 }),
      async close() {
        await opened.browser.close();
        await opened.shell.close();
      },
    };
  } catch (err) {
    await browser?.close().catch(() => undefined);
    await shell?.close().catch(() => undefined);
    throw err;
  }
}
