// 长辈版's voice bar: its 声音 button opens the volume steps and 点读, which go away again when the
// resident touches the screen. (One main action per screen, in every language, is checked at each
// stop of the screen tour: tests/support/tour-checks.ts, run by tests/e2e/screen-tour-*.)
import { describe, test, beforeAll, afterAll } from 'vitest';
import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../support/chromium.ts';
import { screenTour, startTourRig } from '../support/screen-tour.ts';

describe('长辈版: the voice bar (Chromium)', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  test('声音 opens 小声/大声 and 点读 over the screen; a touch elsewhere puts them away', async () => {
    const rig = await startTourRig(browser, { mode: 'elder' });
    try {
      await rig.restart();
      await screenTour.find((s) => s.name === 'services')!.reach(rig);
      const { page, t } = rig;
      const bar = page.getByRole('navigation', { name: t.voiceRead });
      assert.equal(await bar.getByRole('button', { name: t.volumeDown }).count(), 0, 'the volume steps are not in the bar itself');
      await bar.getByRole('button', { name: t.voiceSound }).click();
      const panel = bar.getByRole('group', { name: t.voiceSound });
      await panel.getByRole('button', { name: t.volumeDown }).click();
      await panel.getByText(t.volumeLevel(60)).waitFor();
      assert.ok(await panel.getByRole('button', { name: t.touchAndHear }).isVisible());
      await page.getByText(t.chooseService).click();
      await panel.waitFor({ state: 'detached' });
      assert.equal(await bar.getByRole('button', { name: t.voiceSound }).getAttribute('aria-expanded'), 'false');
    } finally {
      await rig.close();
    }
  });
});
