// 长辈版: one main action per screen, measured in Chromium on every screen of the tour in every
// language: at most one button is marked the main action; it is the only filled button and the
// tallest one outside the screen's choice lists, larger than anything in the frame; the frame
// (header and voice bar) holds few other buttons; a screen without a main action is a choice
// screen (its list is what to press) or has nothing to press; no button's words spill out of it. And the voice bar's 声音 button
// opens the volume steps and 点读, which go away again when the resident touches the screen.
import { describe, test, beforeAll, afterAll } from 'vitest';
import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../support/chromium.ts';
import { screenTour, startTourRig, tourLocales, type TourRig } from '../support/screen-tour.ts';
import { shownButtons } from '../support/main-action.ts';

/** Buttons in the frame at most: 重听, 声音 and the screen's own way back or out (or 长辈版 itself). */
const frameLimit = 3;

describe('长辈版: one main action per screen (Chromium)', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  for (const locale of tourLocales) {
    test(`${locale}: at most one main action, the only filled and the tallest; ≤ ${frameLimit} buttons in the frame`, async () => {
      let rig: TourRig | undefined;
      const problems: string[] = [];
      const mains: string[] = [];
      try {
        rig = await startTourRig(browser, { mode: 'elder', locale });
        for (const stop of screenTour) {
          await rig.restart();
          await stop.reach(rig);
          const buttons = await shownButtons(rig.page);
          const main = buttons.filter((b) => b.main);
          const frame = buttons.filter((b) => b.zone === 'frame');
          const choices = buttons.filter((b) => b.zone === 'choice');
          mains.push(`${stop.name}: ${main[0]?.name ?? (choices.length ? 'choice list' : 'none')}`);
          if (main.length > 1) problems.push(`${stop.name}: ${main.length} main actions (${main.map((b) => b.name).join(', ')})`);
          for (const b of buttons.filter((b) => b.filled && !b.main)) problems.push(`${stop.name}: "${b.name}" is filled like a main action`);
          for (const b of buttons.filter((b) => b.spills)) problems.push(`${stop.name}: the words of "${b.name}" spill out of it (${b.width}×${b.height})`);
          if (frame.length > frameLimit) problems.push(`${stop.name}: ${frame.length} buttons in the frame (${frame.map((b) => b.name).join(', ')})`);
          const [m] = main;
          if (m) {
            if (!m.filled) problems.push(`${stop.name}: the main action "${m.name}" is not filled`);
            for (const b of buttons.filter((b) => !b.main && b.zone !== 'choice' && b.height > m.height)) problems.push(`${stop.name}: "${b.name}" ${b.height} px is taller than the main action ${m.height} px`);
            for (const b of frame.filter((b) => b.width * b.height >= m.width * m.height)) problems.push(`${stop.name}: "${b.name}" in the frame is as large as the main action`);
          } else if (buttons.some((b) => b.zone === 'content') && choices.length < 2) {
            problems.push(`${stop.name}: buttons but neither a main action nor a list to choose from (${buttons.filter((b) => b.zone === 'content').map((b) => b.name).join(', ')})`);
          }
        }
      } finally {
        await rig?.close();
      }
      console.log(`${locale} 长辈版 main actions:\n  ${mains.join('\n  ')}`);
      assert.deepEqual(problems, []);
    });
  }

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
