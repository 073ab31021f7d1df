// 手写 on the real kiosk page (issue 22): a resident who never learned pinyin describes a 诉求 by
// writing 养老, then 低保, stroke by stroke with the pointer in the keyboard's writing box; after
// each stroke the candidates come, a tap enters the character, and after a pick the words that may
// follow it are offered (养 → 老). The strokes are hanzi-writer-data's reference medians, in stroke
// order, drawn across the box as a finger would.
import { describe, test, beforeAll, afterAll } from 'vitest';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../support/chromium.ts';
import { screenTour, startTourRig, type TourRig } from '../support/screen-tour.ts';
import { referenceStrokes } from '../../scripts/build-handwriting-model.ts';
import { tZh as t } from '../../renderer/i18n/index.ts';

/** Writes `char` in the pad, each reference stroke a pointer press, moves along it, a release. */
async function write(page: Page, char: string): Promise<void> {
  const box = (await page.getByRole('img', { name: t.keyboard.handwritingPad }).boundingBox())!;
  // The reference box is 1024 units; the character is drawn in the middle 80 % of the pad.
  const at = ([x, y]: readonly [number, number]) => [box.x + box.width * (0.1 + (0.8 * x) / 1024), box.y + box.height * (0.1 + (0.8 * y) / 1024)] as const;
  for (const stroke of referenceStrokes(char)) {
    const [first, ...rest] = stroke.map(at);
    await page.mouse.move(first![0], first![1]);
    await page.mouse.down();
    for (const [x, y] of rest) await page.mouse.move(x, y);
    await page.mouse.up();
  }
}

describe('手写: writing 养老 and 低保 on the kiosk keyboard (Chromium, real core)', () => {
  let browser: Browser;
  let rig: TourRig | undefined;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await rig?.close();
    await browser?.close();
  });

  test('each character written is offered and entered; after 养 the keyboard offers 老', async () => {
    rig = await startTourRig(browser, { mode: 'normal' });
    const { page } = rig;
    await rig.restart();
    await screenTour.find((s) => s.name === 'demand-describe')!.reach(rig);
    const field = page.getByRole('textbox', { name: t.demandDescriptionField });
    const before = await field.innerText();
    const keyboard = page.getByRole('group', { name: t.keyboard.group });
    const candidates = page.getByRole('group', { name: t.keyboard.candidates });

    await keyboard.getByRole('button', { name: t.keyboard.layouts.handwriting, exact: true }).click();
    const pad = page.getByRole('img', { name: t.keyboard.handwritingPad });
    const size = (await pad.boundingBox())!;
    assert.ok(size.width >= 300 && size.height >= 300, `the writing box is ${size.width}×${size.height} px`);
    await candidates.getByText(t.keyboard.handwritingHint).waitFor();

    await write(page, '养');
    await candidates.getByRole('button', { name: '养', exact: true }).click();
    assert.equal(await field.innerText(), `${before}养`);
    // The phrase goes on: what may follow 养 is offered before anything is written.
    await candidates.getByRole('button', { name: '老', exact: true }).waitFor();
    await write(page, '老');
    await candidates.getByRole('button', { name: '老', exact: true }).click();
    assert.equal(await field.innerText(), `${before}养老`);

    await keyboard.getByRole('button', { name: '，', exact: true }).click();
    // A stray stroke, taken back with 退格: the field keeps its text.
    await write(page, '一');
    await candidates.getByRole('button').first().waitFor();
    await keyboard.getByRole('button', { name: t.keyboard.backspace, exact: true }).click();
    await candidates.getByText(t.keyboard.handwritingHint).waitFor();
    assert.equal(await field.innerText(), `${before}养老，`, '退格 took back the stroke, not a character');

    await write(page, '低');
    await candidates.getByRole('button', { name: '低', exact: true }).click();
    // 清除 empties the box: a half-written character is started again.
    await write(page, '口');
    await candidates.getByRole('button').first().waitFor();
    await keyboard.getByRole('button', { name: t.keyboard.handwritingClear, exact: true }).click();
    await candidates.getByText(t.keyboard.handwritingHint).waitFor();
    await write(page, '保');
    await candidates.getByRole('button', { name: '保', exact: true }).click();
    assert.equal(await field.innerText(), `${before}养老，低保`);
  });
});
