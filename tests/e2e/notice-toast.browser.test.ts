// A passing message must not take the ways out away (issue 21): with the "card unreadable" notice
// showing, a resident's tap on 退出 and on the voice bar still does what it says, in both versions
// and both mountings. Taps go to the control's centre as a finger would (page.mouse), not through
// Playwright's click, which would wait politely until the toast had gone.
import { describe, test, beforeAll, afterAll } from 'vitest';
import assert from 'node:assert/strict';
import type { Browser, Locator } from 'playwright-core';
import { launchChromium } from '../support/chromium.ts';
import { modes, screenTour, startTourRig } from '../support/screen-tour.ts';
import { assertToastLeavesControlsFree } from '../support/toast-checks.ts';
import { RESIDENT_MESSAGES } from '../../drivers/idcard-sam/reader.ts';

const viewports = [
  { orientation: 'portrait', width: 1080, height: 1920 },
  { orientation: 'landscape', width: 1920, height: 1080 },
];

describe('the notice toast leaves 退出 and the voice bar free (Chromium)', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  for (const mode of modes) {
    for (const { orientation, ...viewport } of viewports) {
      test(`${mode}, ${orientation}: a card refused mid-visit, then 声音 and 退出 tapped under the notice`, async () => {
        const rig = await startTourRig(browser, { mode, viewport });
        try {
          await rig.restart();
          await screenTour.find((s) => s.name === 'services')!.reach(rig);
          const { page, t } = rig;
          const toast = page.locator('.notice-toast');
          /** A second card the reader cannot read, placed during the visit: a fresh notice each time,
           *  so it is surely still up when the finger lands however slow the machine is. */
          const refuseCard = async () => {
            rig.core.cardReader.emit('refused', { message: RESIDENT_MESSAGES.unreadable });
            await toast.waitFor();
          };
          const tapUnderNotice = async (target: Locator) => {
            await refuseCard();
            const box = await target.boundingBox();
            assert.ok(box, 'the control is on the screen');
            assert.ok(await toast.isVisible(), 'the notice is showing as the finger lands');
            await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
          };

          await refuseCard();
          await assertToastLeavesControlsFree(page);
          const bar = page.getByRole('navigation', { name: t.voiceRead });
          if (mode === 'elder') {
            await tapUnderNotice(bar.getByRole('button', { name: t.voiceSound }));
            await bar.getByRole('group', { name: t.voiceSound }).waitFor();
          } else {
            await tapUnderNotice(bar.getByRole('button', { name: t.volumeDown }));
            await bar.getByText(t.volumeLevel(60)).waitFor();
          }
          await tapUnderNotice(page.getByRole('button', { name: t.exit }));
          await page.getByText(t.placeCard).waitFor();
        } finally {
          await rig.close();
        }
      });
    }
  }
});
