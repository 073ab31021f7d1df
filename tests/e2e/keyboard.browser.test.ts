// The kiosk keyboard in Chromium, on a page with one real text field above it (built by Vite from
// tests/e2e/keyboard-fixture with the real dictionary chunk): keys typed by touch reach the field
// without taking its focus, the phone pad types digits, and pinyin keeps its letters in its own bar
// until a candidate, space or a page of candidates is chosen.
import { describe, test, beforeAll, afterAll } from 'vitest';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, preview, type PreviewServer } from 'vite';
import preact from '@preact/preset-vite';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../support/chromium.ts';
import { pinyinDictionary } from '../../scripts/pinyin-dictionary-plugin.ts';
import { handwritingModel } from '../../scripts/handwriting-model-plugin.ts';

const fixture = join(import.meta.dirname, 'keyboard-fixture');

describe('the kiosk keyboard in Chromium', () => {
  let browser: Browser;
  let server: PreviewServer;
  let outDir: string;
  let url: string;

  beforeAll(async () => {
    outDir = mkdtempSync(join(tmpdir(), 'kiosk-keyboard-'));
    const config = { root: fixture, base: './', configFile: false as const, logLevel: 'warn' as const, plugins: [preact(), pinyinDictionary(), handwritingModel()] };
    await build({ ...config, build: { outDir, emptyOutDir: true, chunkSizeWarningLimit: 2500 } });
    server = await preview({ ...config, build: { outDir }, preview: { host: '127.0.0.1', port: 0, strictPort: false } });
    url = server.resolvedUrls!.local[0]!;
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    rmSync(outDir, { recursive: true, force: true });
  });

  /** Script files each page loaded, to see when the dictionary chunk is fetched. */
  const scripts = new Map<Page, string[]>();
  async function open(layouts: string): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 1080, height: 1920 }, hasTouch: true });
    const page = await context.newPage();
    scripts.set(page, []);
    page.on('request', (request) => request.resourceType() === 'script' && scripts.get(page)!.push(request.url()));
    await page.goto(`${url}?layouts=${layouts}`);
    await page.getByLabel('输入框').focus();
    return page;
  }
  const field = (page: Page) => page.getByLabel('输入框');
  const key = (page: Page, name: string) => page.getByRole('group', { name: '键盘' }).getByRole('button', { name, exact: true });
  const tapAll = async (page: Page, keys: string) => {
    for (const ch of keys) await key(page, ch).tap();
  };

  test('the phone pad: 1-2-3 on top, digits typed into the field, which keeps the focus', async () => {
    const page = await open('phone');
    const rows = await page.locator('.kb-row').evaluateAll((rows) => rows.map((r) => [...r.querySelectorAll('button')].map((b) => b.textContent)));
    assert.deepEqual(rows.slice(0, 4), [['1', '2', '3'], ['4', '5', '6'], ['7', '8', '9'], ['清空', '0', '退格']]);
    await tapAll(page, '13800138000');
    assert.equal(await field(page).inputValue(), '13800138000');
    await key(page, '退格').tap();
    assert.equal(await field(page).inputValue(), '1380013800');
    assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('aria-label')), '输入框', 'touching keys left the focus in the field');
    const keyBox = (await key(page, '5').boundingBox())!;
    assert.ok(keyBox.height >= 44 && keyBox.width >= 44, `a key is ${keyBox.width}×${keyBox.height}`);
    assert.deepEqual(scripts.get(page)!.filter((u) => u.includes('pinyin-dictionary')), [], 'no pinyin keyboard, no dictionary download');
    await page.context().close();
  });

  test('pinyin: letters stay in the bar, a candidate types the word, backspace eats letters first', async () => {
    const page = await open('pinyin,latin');
    await tapAll(page, 'zhengfu');
    const bar = page.getByRole('status', { name: '正在输入的拼音' });
    assert.equal(await bar.innerText(), 'zhengfu');
    assert.equal(await field(page).inputValue(), '');
    const candidates = page.getByRole('group', { name: '候选词' });
    await candidates.getByRole('button', { name: '政府', exact: true }).waitFor();
    assert.equal(scripts.get(page)!.filter((u) => u.includes('pinyin-dictionary')).length, 1, 'the dictionary is its own chunk');
    await key(page, '退格').tap();
    assert.equal(await bar.innerText(), 'zhengf', 'backspace deleted a letter of the composition');
    await tapAll(page, 'u');
    await candidates.getByRole('button', { name: '政府', exact: true }).tap();
    assert.equal(await field(page).inputValue(), '政府');
    assert.equal(await bar.innerText(), '');
    await key(page, '退格').tap();
    assert.equal(await field(page).inputValue(), '政', 'with no letters left, backspace reaches the field');

    // A phrase whole; space takes the first candidate.
    await tapAll(page, 'shequ');
    await candidates.getByRole('button', { name: '社区', exact: true }).waitFor();
    await key(page, '空格').tap();
    assert.equal(await field(page).inputValue(), '政社区');
    assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('aria-label')), '输入框');
    await page.context().close();
  });

  test('pinyin paging, letters with no word, and switching to Latin', async () => {
    const page = await open('pinyin,latin');
    await tapAll(page, 'shi');
    const candidates = page.getByRole('group', { name: '候选词' });
    await candidates.getByRole('button').first().waitFor();
    const firstPage = await candidates.getByRole('button').allInnerTexts();
    assert.equal(await page.getByRole('button', { name: '上一组候选' }).isDisabled(), true);
    await page.getByRole('button', { name: '下一组候选' }).tap();
    const secondPage = await candidates.getByRole('button').allInnerTexts();
    assert.equal(secondPage.length, firstPage.length);
    assert.deepEqual(secondPage.filter((w) => firstPage.includes(w)), [], 'the next page shows other candidates');
    const pageBox = (await page.getByRole('button', { name: '下一组候选' }).boundingBox())!;
    assert.ok(pageBox.height >= 44 && pageBox.width >= 44, `the page button is ${pageBox.width}×${pageBox.height}`);
    await page.getByRole('button', { name: '上一组候选' }).tap();
    assert.deepEqual(await candidates.getByRole('button').allInnerTexts(), firstPage);
    await candidates.getByRole('button', { name: secondPage[0]!, exact: true }).waitFor({ state: 'detached' });

    await key(page, '清空').tap();
    await tapAll(page, 'vvv');
    await page.getByText('没有对应的字词').waitFor();
    await key(page, '空格').tap();
    assert.equal(await field(page).inputValue(), 'vvv', 'letters without a word are typed as they are');

    await tapAll(page, 'ha');
    await page.getByRole('button', { name: '英文' }).tap();
    assert.equal(await field(page).inputValue(), 'vvvha', 'switching layouts keeps the letters typed');
    await tapAll(page, 'ok1');
    assert.equal(await field(page).inputValue(), 'vvvhaok1');
    await key(page, '确定').tap();
    assert.equal(await page.getByLabel('确定次数').innerText(), '1');
    await page.context().close();
  });
  /** A key of the keyboard, whatever the language calls the keyboard. */
  const anyKey = (page: Page, name: string) => page.locator('.kb').getByRole('button', { name, exact: true });

  test('Tibetan (ui.locale bo): the script first in a text field, བསྒྲུབས་ typed with the subjoined letters one keystroke each', async () => {
    const page = await open('pinyin,latin,digits&locale=bo');
    const switcher = await page.locator('.kb-switch').allInnerTexts();
    assert.deepEqual(switcher, ['བོད་ཡིག', 'པིན་ཡིན།', 'ལག་བྲིས།', 'དབྱིན་ཡིག', 'ཨང་ཀི།'], 'Tibetan first, then what the field offers (手写 after pinyin)');
    assert.equal(await page.locator('.kb-switch').first().getAttribute('aria-pressed'), 'true');
    const stack = 'འདོགས་ཅན།';
    for (const k of ['བ', 'ས', stack, 'ྒ', stack, 'ྲ', 'ུ', 'བ', 'ས', '་']) {
      if (k === 'ྒ' || k === 'ྲ') assert.equal(await anyKey(page, stack).count(), 0, 'the subjoined layer is showing');
      await anyKey(page, k).tap();
    }
    assert.equal(await field(page).inputValue(), 'བསྒྲུབས་');
    await anyKey(page, 'ག').waitFor(); // after one subjoined letter, the plain letters again
    const box = (await anyKey(page, 'ཀ').boundingBox())!;
    assert.ok(box.width >= 44 && box.height >= 44, `a Tibetan key is ${box.width}×${box.height}`);
    assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('aria-label')), '输入框');
    await page.context().close();
  });

  test('Uyghur (ui.locale ug): the script first, keys in the PC layout\'s places, a word with a shifted letter typed', async () => {
    const page = await open('pinyin,latin,digits&locale=ug');
    assert.equal(await page.locator('.kb-switch').first().innerText(), 'ئۇيغۇرچە');
    const home = await page.locator('.kb-row').nth(2).locator('button').allInnerTexts();
    assert.deepEqual(home.slice(0, 4), ['ھ', 'س', 'د', 'ا'], 'the home row left to right as on a PC, not mirrored');
    for (const k of 'خەلق') {
      if (k === 'خ') await anyKey(page, 'يۇقىرى').tap(); // shift: خ is on the shifted layer
      await anyKey(page, k).tap();
      if (k === 'خ') await anyKey(page, 'يۇقىرى').tap();
    }
    assert.equal(await field(page).inputValue(), 'خەلق');
    await page.locator('.kb-switch', { hasText: 'ئىنگلىزچە' }).tap(); // the Latin letters still there
    for (const k of 'ab') await anyKey(page, k).tap();
    assert.equal(await field(page).inputValue(), 'خەلقab');
    await page.context().close();
  });
});
