// Numbers stay numbers in Uyghur (right to left), in Chromium against the fake core behind the real
// browser shell: every number pad reads 1 2 3 from the left, the digit, Latin and pinyin keyboards
// keep their order, and what is typed into a phone, number or code field reads left to right as
// it is typed ("0991-", never "-0991"). Order is read from where the characters and keys are drawn.
import { describe, test } from 'vitest';
import assert from 'node:assert/strict';
import type { Browser, Locator, Page } from 'playwright-core';
import type { KioskStatus, ServiceView } from '../../terminal/api.ts';
import { fakeStatus } from '../support/fake-kiosk-api.ts';
import { withKiosk } from '../renderer/ui-harness.ts';
import { useUiBrowser } from '../renderer/ui-browser.ts';
import { ug } from '../../renderer/i18n/ug.ts';

const service = (id: string, kind: ServiceView['kind'], name: string): ServiceView => ({
  id,
  kind,
  name,
  description: '',
  needs: [],
  requiresIdentity: false,
  elder: true,
  outOfService: null,
  built: true,
});

function inUyghur(): Partial<KioskStatus> {
  const base = fakeStatus();
  return {
    ui: { ...base.ui, locale: 'ug' },
    services: [...base.services, service('progress', 'progress-query', '办件进度查询'), service('apply', 'application', '事项办理'), service('demand', 'demand', '诉求反映'), service('rating', 'rating', '服务评价')],
  };
}

/** The element's characters as drawn, left to right on the screen (by each character's box). */
function drawnText(el: Locator): Promise<string> {
  return el.evaluate((root) => {
    const drawn: { ch: string; x: number }[] = [];
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = (node as Text).data;
      for (let i = 0; i < text.length; i++) {
        const range = document.createRange();
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        const box = range.getBoundingClientRect();
        // Bidi controls and spaces draw nothing worth ordering.
        if (box.width > 0 && text[i]!.trim()) drawn.push({ ch: text[i]!, x: box.left + box.width / 2 });
      }
    }
    return drawn
      .sort((a, b) => a.x - b.x)
      .map((d) => d.ch)
      .join('');
  });
}

const keyboard = (page: Page) => page.getByRole('group', { name: ug.keyboard.group });
const key = (page: Page, name: string) => keyboard(page).getByRole('button', { name, exact: true });
async function typeKeys(page: Page, keys: string) {
  for (const ch of keys) await key(page, ch).click();
}

/** Asserts the keys are drawn in this order from left to right, each row's keys on one line. */
async function assertKeysLeftToRight(page: Page, row: string) {
  const boxes = [];
  for (const ch of row) boxes.push({ ch, box: (await key(page, ch).boundingBox())! });
  for (let i = 1; i < boxes.length; i++) {
    const [a, b] = [boxes[i - 1]!, boxes[i]!];
    assert.ok(a.box.x + a.box.width <= b.box.x + 1, `${a.ch} (x ${a.box.x.toFixed(0)}) is left of ${b.ch} (x ${b.box.x.toFixed(0)}) in “${row}”`);
  }
}

/** The telephone pad: 1 2 3 / 4 5 6 / 7 8 9 left to right, each row below the one before, 0 under 8. */
async function assertPhonePad(page: Page) {
  for (const row of ['123', '456', '789']) await assertKeysLeftToRight(page, row);
  const [one, four, eight, zero] = await Promise.all(['1', '4', '8', '0'].map(async (k) => (await key(page, k).boundingBox())!));
  assert.ok(one!.y < four!.y, '1 2 3 is the top row');
  assert.ok(Math.abs(eight!.x - zero!.x) < 2, '0 sits under 8');
}

describe('numbers in Uyghur (right to left)', { timeout: 180_000 }, () => {
  let browser: Browser;
  useUiBrowser((b) => (browser = b));

  test('诉求反映: the callback phone pad reads 1 2 3, and "0991-" reads as typed', () =>
    withKiosk(browser, inUyghur(), async ({ page, fake }) => {
      fake.identify(null);
      fake.demandOptions = async () => ({ categories: ['咨询'], phrases: { 咨询: ['路灯不亮'] }, sites: [{ id: 's1', label: '东升花园', compound: '东升花园' }], resident: null, descriptionMaxLength: 500 });
      await page.getByRole('button', { name: /诉求反映/ }).click();
      await page.getByRole('button', { name: new RegExp(ug.demandCategoryNames['咨询']!) }).click();
      await page.getByRole('button', { name: '路灯不亮' }).click();
      await page.getByRole('button', { name: ug.demandNext }).click();
      await page.getByRole('button', { name: '东升花园' }).click();
      const field = page.getByRole('textbox', { name: ug.demandPhoneField });
      await field.waitFor();
      assert.equal(await page.evaluate(() => document.documentElement.dir), 'rtl', 'the page is right to left');
      await assertPhonePad(page);
      await typeKeys(page, '0991-');
      assert.equal(await drawnText(field), '0991-');
      await typeKeys(page, '2345678');
      assert.equal(await drawnText(field), '0991-2345678');
    }));

  test('事项办理: phone and number fields read as typed; digits, Latin and pinyin keys keep their order', () =>
    withKiosk(browser, inUyghur(), async ({ page, fake }) => {
      const item = { id: 'test-item', name: '测试事项', department: '民政办', description: '', materials: [], guideId: null };
      fake.listApplicationItems = async () => ({ items: [item] });
      fake.getApplicationForm = async () => ({
        item,
        today: '2026-12-01',
        fields: [
          { id: 'id', type: 'text', label: '身份证号', required: true, maxLength: 18, prefill: 'idNumber', prefilled: { masked: '1101**********1234' } },
          { id: 'phone', type: 'phone', label: '联系电话', required: true, prefilled: null },
          { id: 'area', type: 'number', label: '住房面积', required: true, integer: false, min: 1, max: 500, unit: '平方米', prefilled: null },
          { id: 'note', type: 'text', label: '备注', required: false, maxLength: 50, prefilled: null },
        ],
      });
      fake.identify({ maskedName: '张*民', identifiedBy: 'id-card' });
      await page.getByRole('button', { name: /事项办理/ }).click();
      await page.getByRole('button', { name: /测试事项/ }).click();
      await page.getByRole('button', { name: ug.applyStartForm }).click();

      // The ID number read from the card, masked: its stars must not turn it round (1234****1101).
      const idRow = page.getByRole('region', { name: ug.formCardTitle }).locator('dd');
      assert.equal(await drawnText(idRow), '1101**********1234');

      const phone = page.getByRole('textbox', { name: '联系电话' });
      await phone.click();
      await assertPhonePad(page);
      await typeKeys(page, '0991-');
      assert.equal(await drawnText(phone), '0991-');
      // The docked keyboard covers the fields below: put it away before the next.
      const done = () => page.getByRole('button', { name: ug.formKeyboardDone, exact: true }).click();
      await done();

      const area = page.getByRole('textbox', { name: '住房面积' });
      await area.click();
      await assertPhonePad(page);
      await typeKeys(page, '85.');
      // The unit is the catalog's own (Chinese) word after the number.
      assert.equal(await drawnText(area), '85.平方米');
      await done();

      await page.getByRole('textbox', { name: '备注' }).click();
      for (const [layout, rows] of [
        ['digits', ['1234567890', '-/:()@']],
        ['latin', ['1234567890', 'qwertyuiop', 'asdfghjkl', 'zxcvbnm']],
        ['pinyin', ['qwertyuiop', 'asdfghjkl', 'zxcvbnm']],
      ] as const) {
        await keyboard(page).getByRole('button', { name: ug.keyboard.layouts[layout], exact: true }).click();
        for (const row of rows) await assertKeysLeftToRight(page, row);
      }
    }));

  test('办件进度查询: the 办件编号 field reads as typed (0012-0), on a pad that reads 1 2 3', () =>
    withKiosk(browser, inUyghur(), async ({ page, fake }) => {
      fake.identify(null);
      await page.getByRole('button', { name: /办件进度查询/ }).click();
      await page.getByRole('button', { name: ug.progressByNumber }).click();
      const field = page.locator('.digit-field').getByRole('textbox');
      await assertPhonePad(page);
      await typeKeys(page, '00120');
      assert.equal(await drawnText(field), '0012-0');
    }));

  test('服务评价: a 办件编号 inside a Uyghur line keeps its order, beside the Uyghur words', () =>
    withKiosk(browser, inUyghur(), async ({ page, fake }) => {
      fake.identify({ maskedName: '张*民', identifiedBy: 'id-card' });
      fake.ratingTargets = async () => ({
        items: [{ target: { type: 'case', caseNumber: '001200003457' }, title: '咨询 0012-0000345-7', kind: 'case', rated: false, case: { kind: 'demand', title: '咨询', formattedCaseNumber: '0012-0000345-7' } }],
      });
      await page.getByRole('button', { name: /服务评价/ }).click();
      const line = page.locator('.rating-item span').first();
      await line.waitFor();
      const drawn = await drawnText(line);
      // The line starts on the right with the Uyghur word; the number, at its end, is on the left
      // and reads as printed on the receipt.
      assert.ok(drawn.startsWith('0012-0000345-7'), drawn);
      assert.equal([...drawn.slice(14)].sort().join(''), [...ug.demandCategoryNames['咨询']!.replace(/\s/g, '')].sort().join(''));
    }));
});
