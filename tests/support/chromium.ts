// Debian's Chromium driven by playwright-core (no browser download is possible here).
import { chromium, type Browser } from 'playwright-core';
import { existsSync } from 'node:fs';

export const chromiumPath = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));

/** `extraArgs`: e.g. the kiosk's `--autoplay-policy=no-user-gesture-required` for voice tests. */
export async function launchChromium(extraArgs: string[] = []): Promise<Browser> {
  if (!chromiumPath) throw new Error('Chromium is not installed (apt-get install chromium)');
  return chromium.launch({
    executablePath: chromiumPath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', ...extraArgs],
  });
}
