// Languages (issue 11) in Chromium against a fake core behind the real browser shell: a resident
// chooses ئۇيغۇرچە on the attract screen and the whole page turns right-to-left and speaks Uyghur
// while the ticket number stays left-to-right; the visit's end brings back the site's language.
// A site configured for Tibetan greets in Tibetan; a service without a text in the chosen
// language is shown in Chinese with a note, never as an empty button. A choice nobody used
// expires after a minute.
import { describe, test } from 'vitest';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { fakeStatus } from '../support/fake-kiosk-api.ts';
import { withKiosk } from '../renderer/ui-harness.ts';
import { useUiBrowser } from '../renderer/ui-browser.ts';

const resident = { maskedName: '张*民', identifiedBy: 'id-card' as const };

const page$ = (page: Page) =>
  page.evaluate(() => ({ lang: document.documentElement.lang, direction: getComputedStyle(document.body).direction }));

/** The header's two ends: where the site name sits against the 长辈版 toggle. */
async function siteNameSide(page: Page): Promise<'left' | 'right'> {
  const name = await page.locator('.site-name').boundingBox();
  const toggle = await page.locator('.elder-toggle').boundingBox();
  assert.ok(name && toggle);
  return name.x < toggle.x ? 'left' : 'right';
}


describe('languages', { timeout: 120_000 }, () => {
  let browser: Browser;
  useUiBrowser((b) => (browser = b));

  test('ئۇيغۇرچە: right-to-left in Uyghur, the ticket number left-to-right, Chinese again after the visit', () => {
    const services = fakeStatus().services.map((s) => (s.id === 'queue' ? { ...s, i18n: { ug: { name: 'نومۇر ئېلىش' } } } : s));
    return withKiosk(browser, { services }, async ({ page, fake }) => {
      await page.getByText('请将身份证放在读卡区').waitFor();
      assert.deepEqual(await page$(page), { lang: 'zh-CN', direction: 'ltr' });
      assert.equal(await siteNameSide(page), 'left');
      // Each language is named in its own script.
      for (const name of ['中文', 'བོད་ཡིག', 'ئۇيغۇرچە', 'English']) await page.getByRole('button', { name, exact: true }).waitFor();

      await page.getByRole('button', { name: 'ئۇيغۇرچە' }).click();
      await page.getByText('كىملىكىڭىزنى ئوقۇغۇچقا قويۇڭ').waitFor();
      assert.deepEqual(await page$(page), { lang: 'ug', direction: 'rtl' });
      assert.equal(await siteNameSide(page), 'right', 'the header is mirrored');
      assert.equal(await page.getByRole('button', { name: 'ئۇيغۇرچە' }).getAttribute('aria-pressed'), 'true');

      fake.identify(resident);
      await page.getByText(/ياخشىمۇسىز، .*张\*民/).waitFor();
      await page.getByRole('button', { name: /نومۇر ئېلىش/ }).click();
      const number = page.getByText('A001', { exact: true });
      await number.waitFor();
      await page.getByText('نومۇرىڭىز', { exact: true }).waitFor();
      const directions = await number.evaluate((el) => ({ own: getComputedStyle(el).direction, card: getComputedStyle(el.closest('.ticket-card')!).direction, tag: el.tagName }));
      assert.deepEqual(directions, { own: 'ltr', card: 'rtl', tag: 'BDI' });

      fake.wipe();
      await page.getByText('请将身份证放在读卡区').waitFor();
      assert.deepEqual(await page$(page), { lang: 'zh-CN', direction: 'ltr' });
      assert.equal(await page.getByRole('button', { name: '中文', exact: true }).getAttribute('aria-pressed'), 'true');
    });
  });

  test('a Tibetan site greets in Tibetan; English for one visit, with untranslated services in Chinese and a note', () =>
    withKiosk(browser, { ui: { ...fakeStatus().ui, locale: 'bo' } }, async ({ page, fake }) => {
      const placeCard = page.getByText('ཐོབ་ཐང་ལག་འཁྱེར་ཀློག་ཆས་སྟེང་དུ་ཞོག་རོགས།');
      await placeCard.waitFor();
      assert.deepEqual(await page$(page), { lang: 'bo', direction: 'ltr' });

      await page.getByRole('button', { name: 'English', exact: true }).click();
      await page.getByText('Please place your ID card on the reader').waitFor();
      fake.identify(resident);
      await page.getByText('Hello, 张*民').waitFor();
      // The fake catalog has no English texts: the Chinese name, marked, and still a working button.
      const queue = page.getByRole('button', { name: /取号排队\s*\(Chinese\)/ });
      await queue.waitFor();
      assert.equal(await queue.locator('[lang="zh-CN"]').first().textContent(), '取号排队');
      assert.equal(await queue.locator('.zh-fallback-note').count(), 1, 'one note for the name and its description');

      fake.wipe();
      await placeCard.waitFor();
      assert.deepEqual(await page$(page), { lang: 'bo', direction: 'ltr' });
    }));

  test('a language chosen by someone who then walks away without starting a visit goes back after a minute', () =>
    withKiosk(browser, {}, async ({ page }) => {
      await page.getByText('请将身份证放在读卡区').waitFor();
      await page.clock.install();
      await page.getByRole('button', { name: 'English', exact: true }).click();
      await page.getByText('Please place your ID card on the reader').waitFor();
      await page.clock.fastForward(50_000);
      assert.equal(await page.getByText('Please place your ID card on the reader').count(), 1, 'still English within the minute');
      await page.clock.fastForward(11_000);
      await page.getByText('请将身份证放在读卡区').waitFor();
    }));
});
