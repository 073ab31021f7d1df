// 长辈版 and the normal version, measured in Chromium on every screen of the tour: the rendered
// box of every control and the computed size and spacing of every text (not the CSS as written).
import { describe, test, beforeAll, afterAll } from 'vitest';
import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../support/chromium.ts';
import { modes, screenTour, startTourRig, tourLocales, type TourRig } from '../support/screen-tour.ts';
import { measureScreen } from '../support/measure-screen.ts';

const limits = {
  normal: { target: 44, font: 18, lineHeight: 1.3 },
  elder: { target: 60, font: 30, lineHeight: 1.3 },
};

describe('touch targets and type on every screen (Chromium)', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  for (const locale of tourLocales) for (const mode of modes) {
    // Every language in portrait (the kiosk's screen); landscape once, in Mandarin, to keep CI on
    // 2 cores within minutes: the layouts' breakpoints do not depend on the language.
    for (const viewport of [{ width: 1080, height: 1920 }, ...(locale === tourLocales[0] ? [{ width: 1920, height: 1080 }] : [])]) {
      const orientation = viewport.width < viewport.height ? 'portrait' : 'landscape';
      test(`${locale}, ${mode}, ${orientation}: every control ≥ ${limits[mode].target} px, text ≥ ${limits[mode].font} px, lines ≥ ${limits[mode].lineHeight}`, async () => {
        let rig: TourRig | undefined;
        const problems: string[] = [];
        try {
          rig = await startTourRig(browser, { mode, viewport, locale });
          for (const stop of screenTour) {
            await rig.restart();
            await stop.reach(rig);
            const elderShown = await rig.page.locator('.app.elder').count();
            assert.equal(elderShown, mode === 'elder' ? 1 : 0, `${stop.name} is in the ${mode} version`);
            const m = await measureScreen(rig.page, limits[mode]);
            assert.ok(m.controls >= 1 && m.texts >= 2, `${stop.name}: measured ${m.controls} controls and ${m.texts} texts`);
            for (const s of m.smallTargets) problems.push(`${stop.name}: target ${s}`);
            for (const s of m.smallText) problems.push(`${stop.name}: text ${s}`);
            for (const s of m.tightLines) problems.push(`${stop.name}: line height ${s}`);
          }
        } finally {
          await rig?.close();
        }
        assert.deepEqual(problems, []);
      });
    }
  }
});
