// The kiosk's screen in a portrait page, as a hall's terminal shows it, ready at its attract screen.
// The page is closed when the test that opened it ends: a page left open on a kiosk that has been
// stopped keeps Chromium busy (certificate-print's four tests cost Chromium 43 s of CPU with their
// pages left open, 19 s with each closed).
import { onTestFinished } from 'vitest';
import type { Browser, Page } from 'playwright-core';

export async function openKioskPage(browser: Browser, url: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1080, height: 1920 } });
  onTestFinished(() => page.close());
  await page.goto(url);
  await page.getByText('请将身份证放在读卡区').waitFor({ timeout: 15000 });
  return page;
}
