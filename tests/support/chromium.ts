// Debian's Chromium driven by playwright-core (no browser download is possible here).
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions } from 'playwright-core';
import { existsSync } from 'node:fs';

export const chromiumPath = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));

/**
 * Pages open with `prefers-reduced-motion: reduce` unless a test asks otherwise: the attract
 * screen's card illustration loops for ever (an SVG transform, repainted on the main thread every
 * frame), which costs a software-rendered page about a tenth of a core for as long as it is open
 * (1.1 s of Chromium CPU per 10 s idle on the attract screen, 0.27 s with reduced motion). The UI
 * honours the setting (renderer/styles/app.css), so what a test sees is what a hall that asks for
 * less motion sees. A test about the animation passes `reducedMotion: 'no-preference'`.
 * (Chromium's --force-prefers-reduced-motion switch is overridden by Playwright's own emulation.)
 */
const pageDefaults: BrowserContextOptions = { reducedMotion: 'reduce' };

/** One Chromium per worker and set of switches: the e2e files share their worker's modules
 *  (vitest.config.ts), so the second file onwards borrows the browser the first launched instead of
 *  starting its own (about 2.5 s of CPU each). */
const running = new Map<string, Promise<Browser>>();

async function launch(extraArgs: string[]): Promise<Browser> {
  if (!chromiumPath) throw new Error('Chromium is not installed (apt-get install chromium)');
  return chromium.launch({
    executablePath: chromiumPath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', ...extraArgs],
  });
}

/**
 * A browser for one test file: its pages open with the defaults above, and its `close()` closes
 * what the file opened (its contexts, so no page or cookie outlives the file), not the shared
 * Chromium, which Playwright ends with the worker. A Chromium that crashed or was closed is
 * launched afresh for the next file.
 * `extraArgs`: e.g. the kiosk's `--autoplay-policy=no-user-gesture-required` for voice tests.
 */
export async function launchChromium(extraArgs: string[] = []): Promise<Browser> {
  const key = extraArgs.join(' ');
  let shared = running.get(key);
  if (!shared || !(await shared.then((b) => b.isConnected(), () => false))) {
    shared = launch(extraArgs);
    running.set(key, shared);
  }
  return borrowed(await shared);
}

function borrowed(browser: Browser): Browser {
  const own = new Set<BrowserContext>();
  const newContext = async (options: BrowserContextOptions = {}) => {
    const context = await browser.newContext({ ...pageDefaults, ...options });
    own.add(context);
    context.on('close', () => own.delete(context));
    return context;
  };
  const newPage = async (options: BrowserContextOptions = {}) => {
    // As Playwright's own newPage: a context of its own, closed with the page.
    const context = await newContext(options);
    const page = await context.newPage();
    page.on('close', () => void context.close().catch(() => undefined));
    return page;
  };
  const close = async () => {
    await Promise.all([...own].map((c) => c.close().catch(() => undefined)));
  };
  return new Proxy(browser, {
    get(target, name, receiver) {
      if (name === 'newContext') return newContext;
      if (name === 'newPage') return newPage;
      if (name === 'close') return close;
      if (name === 'contexts') return () => [...own];
      const value = Reflect.get(target, name, receiver);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}
