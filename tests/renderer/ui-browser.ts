// One Chromium for a file's (or a describe's) tests, on a renderer built first, closed after them.
// Apart from ui-harness.ts, which scripts/screens.ts also loads outside Vitest.
import { afterAll, beforeAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { ensureRendererBuilt, launchBrowser } from './ui-harness.ts';

export function useUiBrowser(take: (browser: Browser) => void): void {
  let browser: Browser | undefined;
  beforeAll(async () => {
    ensureRendererBuilt();
    take((browser = await launchBrowser()));
  });
  afterAll(async () => {
    await browser?.close();
  });
}
