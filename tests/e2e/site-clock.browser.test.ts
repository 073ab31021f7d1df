// One clock for the site (issue 21), on the screen: a ticket taken at 2026-03-01T16:03Z says
// 取号时间 00:03 at a Beijing-time site and 22:03 at a site set to Xinjiang time, whatever zone the
// kiosk's system (and so Chromium) runs in; the zone comes from the core's status. Run under
// TZ=UTC this failed before: the screen said 16:03 while the paper said another time.
import { describe, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { fakeStatus } from '../support/fake-kiosk-api.ts';
import { withKiosk } from '../renderer/ui-harness.ts';
import { useUiBrowser } from '../renderer/ui-browser.ts';

const resident = { maskedName: '张*民', identifiedBy: 'id-card' as const };

describe('the screen reads the site clock', { timeout: 120_000 }, () => {
  let browser: Browser;
  useUiBrowser((b) => (browser = b));

  for (const [timeZone, shown] of [
    ['Asia/Shanghai', '取号时间 00:03'],
    ['Asia/Urumqi', '取号时间 22:03'],
  ] as const) {
    test(`${timeZone}: the ticket screen shows ${shown}`, () =>
      withKiosk(browser, { site: { ...fakeStatus().site, timeZone } }, async ({ page, fake }) => {
        fake.nextIssuedAt = new Date('2026-03-01T16:03:00Z');
        await page.getByText('请将身份证放在读卡区').waitFor();
        fake.identify(resident);
        await page.getByRole('button', { name: '取号排队' }).click();
        await page.getByText('A001', { exact: true }).waitFor();
        await page.getByText(shown, { exact: true }).waitFor();
      }));
  }
});
