// Debian's Chromium driven by playwright-core (no browser download is possible here).
import { chromium, type Browser, type BrowserContextOptions } from 'playwright-core';
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

/** `extraArgs`: e.g. the kiosk's `--autoplay-policy=no-user-gesture-required` for voice tests. */
export async function launchChromium(extraArgs: string[] = []): Promise<Browser> {
  if (!chromiumPath) throw new Error('Chromium is not installed (apt-get install chromium)');
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', ...extraArgs],
  });
  const newContext = browser.newContext.bind(browser);
  const newPage = browser.newPage.bind(browser);
  browser.newContext = (options = {}) => newContext({ ...pageDefaults, ...options });
  browser.newPage = (options = {}) => newPage({ ...pageDefaults, ...options });
  return browser;
}
