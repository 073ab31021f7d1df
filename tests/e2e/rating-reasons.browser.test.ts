// 不满意 asks "choose at least one reason" (issue 21), so a resident may choose several: each reason
// is a toggle (aria-pressed), a second tap takes it back, and the rating the core stores carries
// every reason chosen. Real core behind the real browser shell, in both versions.
import { describe, test, beforeAll, afterAll } from 'vitest';
import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../support/chromium.ts';
import { modes, screenTour, startTourRig } from '../support/screen-tour.ts';

describe('服务评价: several reasons for 不满意 (Chromium, real core)', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  for (const mode of modes) {
    test(`${mode}: two reasons chosen, one taken back and chosen again; the stored rating has both`, async () => {
      const rig = await startTourRig(browser, { mode });
      try {
        await rig.restart();
        await screenTour.find((s) => s.name === 'rating')!.reach(rig);
        const { page, t } = rig;
        await page.locator('.rating-button.level-2').click();
        const reasons = page.getByRole('group', { name: t.ratingReasonTitle });
        const reason = (name: string) => reasons.getByRole('button', { name: t.ratingReasonNames[name]! });
        const submit = page.getByRole('button', { name: t.ratingSubmit });
        assert.ok(await submit.isDisabled(), 'nothing chosen yet: cannot be sent');
        await page.getByText(t.ratingReasonRequired).waitFor();

        await reason('服务态度差').click();
        await reason('等候时间长').click();
        await reason('服务态度差').click(); // taken back…
        assert.equal(await reason('服务态度差').getAttribute('aria-pressed'), 'false');
        assert.equal(await reason('等候时间长').getAttribute('aria-pressed'), 'true');
        await reason('服务态度差').click(); // …and chosen again
        const pressed = await reasons.locator('button[aria-pressed="true"]').allTextContents();
        assert.deepEqual(pressed.map((s) => s.trim()).sort(), [t.ratingReasonNames['服务态度差'], t.ratingReasonNames['等候时间长']].sort());
        assert.equal(await page.getByText(t.ratingReasonRequired).count(), 0, 'the hint goes once a reason is chosen');

        await submit.click();
        await page.getByText(t.thanksForRating).waitFor();
        const rating = rig.core.transactions.list().find((tx) => tx.kind === 'rating')!;
        assert.deepEqual((rating.data as { reasons?: string[] }).reasons, ['等候时间长', '服务态度差'], 'in the order chosen');
      } finally {
        await rig.close();
      }
    });
  }
});
