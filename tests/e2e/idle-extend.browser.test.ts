// WCAG 2.2.1 (timing adjustable): the idle warning gives at least 20 s and one touch on 继续
// extends the visit, as many times as the resident needs (checked ten times in a row); 长辈版
// is slower (its timeout and warning are longer). The core's clock is a manual one.
import { describe, test, beforeAll, afterAll } from 'vitest';
import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../support/chromium.ts';
import { screenTour, startTourRig, type TourRig, type Mode } from '../support/screen-tour.ts';
import { tZh as t } from '../../renderer/i18n/index.ts';

describe('idle warning (Chromium, real core)', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  const expected: Record<Mode, { timeout: number; warning: number }> = {
    normal: { timeout: 600, warning: 20 },
    elder: { timeout: 1200, warning: 40 }, // session.elderSlowdown 2
  };

  for (const mode of ['normal', 'elder'] as const) {
    test(`${mode}: the warning gives ${expected[mode].warning} s and 继续 extends the visit ten times in a row`, async () => {
      let rig: TourRig | undefined;
      try {
        rig = await startTourRig(browser, { mode });
        await rig.restart();
        await screenTour.find((s) => s.name === 'services')!.reach(rig);
        const { page, core } = rig;
        const dialog = page.getByRole('alertdialog');
        for (let round = 1; round <= 10; round++) {
          // Just before the timeout nothing shows; at the timeout the warning does.
          core.clock.advance(expected[mode].timeout * 1000 - 1000);
          await page.waitForTimeout(50);
          assert.equal(await dialog.count(), 0, `round ${round}: no warning before the idle timeout`);
          core.clock.advance(1000);
          await dialog.waitFor();
          assert.equal(await dialog.getByText(t.idleTitle(expected[mode].warning)).count(), 1, `round ${round}: the full ${expected[mode].warning} s`);
          // Most of the warning passes; the resident is still in time.
          core.clock.advance((expected[mode].warning - 2) * 1000);
          await dialog.getByText(t.idleTitle(2)).waitFor();
          await dialog.getByRole('button', { name: t.continue }).click();
          await dialog.waitFor({ state: 'detached' });
          assert.ok(await page.getByText(t.chooseService).isVisible(), `round ${round}: still in the visit`);
        }
        // Not extended: the visit ends and the next person sees the start.
        core.clock.advance((expected[mode].timeout + expected[mode].warning) * 1000);
        await page.getByText(t.placeCard).waitFor();
      } finally {
        await rig?.close();
      }
    });
  }
});
