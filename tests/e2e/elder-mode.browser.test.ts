// 长辈版 as a resident meets it: chosen on the attract screen for one visit (the site's default
// otherwise), fewer choices (services the catalog marks `elder: false` are hidden there), a
// slower idle pace, and the next visitor starts in the site's version again.
import { describe, test, beforeAll, afterAll } from 'vitest';
import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../support/chromium.ts';
import { screenTour, startTourRig, type TourRig } from '../support/screen-tour.ts';
import { defaultCatalog } from '../../config/default-catalog.ts';
import { catalogSchema } from '../../config/catalog-schema.ts';
import { tZh as t } from '../../renderer/i18n/index.ts';

describe('长辈版 per visit (Chromium, real core)', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  test('the toggle makes this visit 长辈版: fewer services, slower idle; the next visit is normal again', async () => {
    let rig: TourRig | undefined;
    try {
      rig = await startTourRig(browser, { mode: 'normal' });
      const { page, core } = rig;
      core.terminal.applyCatalog(
        catalogSchema.parse({ ...defaultCatalog, services: defaultCatalog.services.map((s) => (s.kind === 'public-matters' ? { ...s, elder: false } : s)) }),
      );
      await rig.restart();
      const services = screenTour.find((s) => s.name === 'services')!;

      // Normal visit: all services, the normal idle timeout.
      await services.reach(rig);
      assert.equal(await page.getByRole('button', { name: /议题公告/ }).count(), 1, 'normal version lists 议题公告');
      await core.terminal.endSession({});
      await page.getByText(t.placeCard).waitFor();

      // 长辈版 chosen on the attract screen.
      await page.getByRole('button', { name: t.elderMode }).click();
      await page.locator('.app.elder').waitFor();
      await services.reach(rig);
      assert.equal(await page.locator('.app.elder').count(), 1);
      assert.equal(await page.getByRole('button', { name: /议题公告/ }).count(), 0, '长辈版 hides what the catalog marks elder: false');
      assert.equal(await page.getByRole('button', { name: /取号排队/ }).count(), 1);
      // Idle: the normal 600 s pass without a warning; at twice that it comes, with 40 s.
      core.clock.advance(600_000);
      await page.waitForTimeout(100);
      assert.equal(await page.getByRole('alertdialog').count(), 0, 'no warning at the normal timeout');
      core.clock.advance(600_000);
      await page.getByRole('alertdialog').getByText(t.idleTitle(40)).waitFor();
      // The visit ends: the next resident starts in the site's (normal) version, from the very
      // render that shows the attract screen (it once came one render later, in 长辈版 style). The
      // page notes the version in the same DOM update that first shows the attract screen's words.
      await page.evaluate((words) => {
        const w = window as unknown as { attractInElder?: boolean };
        const observer = new MutationObserver(() => {
          if (!document.body.textContent?.includes(words)) return;
          w.attractInElder = document.querySelector('.app.elder') !== null;
          observer.disconnect();
        });
        observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
      }, t.placeCard);
      core.clock.advance(40_000);
      await page.getByText(t.placeCard).waitFor();
      const attractInElder = await page.evaluate(() => (window as unknown as { attractInElder?: boolean }).attractInElder);
      assert.equal(attractInElder, false, 'the attract screen after a 长辈版 visit is in the normal version from its first render');
      assert.equal(await page.locator('.app.elder').count(), 0);
      await services.reach(rig);
      assert.equal(await page.getByRole('button', { name: /议题公告/ }).count(), 1);
      core.clock.advance(600_000);
      await page.getByRole('alertdialog').getByText(t.idleTitle(20)).waitFor();
    } finally {
      await rig?.close();
    }
  });
});
