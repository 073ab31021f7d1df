// axe-core in Chromium on every screen of the tour, in both versions and in every language the
// i18n module offers: no WCAG 2.2 AA violation. 长辈版 also asks 7:1 for its text (a computed
// colour check: axe checks 4.5:1).
import { describe, test, beforeAll, afterAll } from 'vitest';
import assert from 'node:assert/strict';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../support/chromium.ts';
import { modes, screenTour, startTourRig, tourLocales, type TourRig } from '../support/screen-tour.ts';
import { lowContrastTexts } from '../support/contrast.ts';

const wcag22aa = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

describe('WCAG 2.2 AA on every screen (axe-core, Chromium)', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  for (const locale of tourLocales) for (const mode of modes) {
    test(`${locale}, ${mode}: axe finds no violation${mode === 'elder' ? '; text contrast ≥ 7:1' : '; text contrast ≥ 4.5:1'}`, async () => {
      let rig: TourRig | undefined;
      const problems: string[] = [];
      try {
        rig = await startTourRig(browser, { mode, locale });
        for (const stop of screenTour) {
          await rig.restart();
          await stop.reach(rig);
          // Let transitions settle: axe reads colours as drawn.
          await rig.page.waitForTimeout(300);
          const result = await new AxeBuilder({ page: rig.page }).withTags(wcag22aa).analyze();
          assert.ok(result.passes.length > 5, `${stop.name}: axe ran its rules`);
          for (const v of result.violations) {
            problems.push(`${stop.name}: ${v.id} (${v.impact}) ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
          }
          const contrast = await lowContrastTexts(rig.page, mode === 'elder' ? 7 : 4.5);
          assert.ok(contrast.checked >= 2, `${stop.name}: contrast measured`);
          for (const low of contrast.low) problems.push(`${stop.name}: contrast ${low}`);
        }
      } finally {
        await rig?.close();
      }
      assert.deepEqual(problems, []);
    });
  }
});
