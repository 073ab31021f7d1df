// 议题公告 end to end: matters published at a hub reach the kiosk; in Chromium anyone reads the three
// 公开 sections (long documents page with large buttons); a resident identified with the SAM reader
// votes with a comment; the vote goes through the outbox to the hub exactly once; the kiosk says
// "already voted" on the spot for its own vote and — asking the hub — for one cast at another kiosk.
import { describe, test, beforeAll, afterAll } from 'vitest';
import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../support/chromium.ts';
import { startHallRig, type HallRig } from '../support/hall-rig.ts';
import { enrollTerminal, signedCall } from '../central/helpers/hub.ts';
import { mattersBody, voteItem } from '../central/suites/public-matters.ts';

const ID_NUMBER = '510722196803121230'; // the simulator's card han-zhang-weimin

describe('议题公告 in Chromium with real drivers and simulators', () => {
  let browser: Browser;
  let rig: HallRig | undefined;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await rig?.close();
    await browser?.close();
  });

  test('read without a card, vote once with a card, counted once at the hub, second votes refused on the spot', async () => {
    const body = mattersBody();
    body.documents[0]!.text = Array.from({ length: 80 }, (_, i) => `${i + 1}. 支出项目：村道维修材料费 ${1000 + i * 37} 元`).join('\n');
    rig = await startHallRig({
      before: async (admin) => {
        await admin('PUT', '/v1/admin/documents/matters', { body });
      },
    });
    // The same resident already voted on 广场命名 at another kiosk of the county.
    const other = await enrollTerminal(rig.central, 'WEST-01');
    const elsewhere = await signedCall(rig.central, other, 'POST', '/v1/transactions/batch', { body: { items: [voteItem('square-name', 'a', ID_NUMBER)] } });
    assert.equal(elsewhere.status, 200);

    const page = await browser.newPage({ viewport: { width: 1080, height: 1920 } });
    await page.goto(rig.kiosk.url);
    await page.getByText('请将身份证放在读卡区').waitFor({ timeout: 15_000 });

    // Without a card: the sections and a long document with page buttons.
    await page.getByRole('button', { name: '不用身份证，浏览服务' }).click();
    await page.getByRole('button', { name: /议题公告/ }).click();
    await page.getByRole('button', { name: /2026年第三季度村财务收支公开/ }).waitFor({ timeout: 60_000 });
    for (const label of ['党务公开', '村务/居务公开', '财务公开']) await page.getByRole('region', { name: label }).waitFor();
    await page.getByRole('region', { name: '财务公开' }).getByRole('button', { name: /2026年第三季度村财务收支公开/ }).click();
    const down = page.getByRole('button', { name: '下一页' });
    const up = page.getByRole('button', { name: '上一页' });
    await down.waitFor();
    assert.equal(await up.isDisabled(), true, 'at the top, 上一页 does nothing and says so');
    const scroll = () =>
      page.locator('.scroll-pager-box').evaluate((el) => ({ top: el.scrollTop, bottom: el.scrollHeight - el.clientHeight - el.scrollTop }));
    assert.ok((await scroll()).bottom > 0, 'the document is longer than its box');
    // Page down until the end; each press must move the text (the button's state follows the scroll).
    let presses = 0;
    while ((await scroll()).bottom > 1) {
      const before = (await scroll()).top;
      await down.click();
      await page.waitForFunction((prev) => document.querySelector('.scroll-pager-box')!.scrollTop > prev, before);
      presses++;
      assert.ok(presses < 20, '下一页 reaches the end');
    }
    assert.ok(presses >= 1);
    await page.getByRole('button', { name: '下一页', disabled: true }).waitFor();
    await page.getByRole('button', { name: '上一页', disabled: false }).click();
    await page.waitForFunction(() => document.querySelector('.scroll-pager-box')!.scrollHeight - document.querySelector('.scroll-pager-box')!.clientHeight - document.querySelector('.scroll-pager-box')!.scrollTop > 1);
    await page.getByRole('button', { name: '返回' }).click();
    await page.getByRole('button', { name: /是否在东村主路安装路灯/ }).click();
    await page.getByText('投票需要身份证：请将身份证放在读卡区，一人一票。').waitFor();
    assert.equal(await page.getByRole('button', { name: '确认投票' }).count(), 0);

    // With a card: vote with a comment typed in pinyin on the kiosk keyboard.
    rig.reader.placeCard('han-zhang-weimin');
    await page.getByText('您好，张*民').waitFor({ timeout: 15_000 });
    await page.getByRole('button', { name: /议题公告/ }).click();
    await page.getByRole('button', { name: /是否在东村主路安装路灯/ }).click();
    await page.getByRole('button', { name: '同意', exact: true }).click();
    await page.getByRole('textbox', { name: '留言内容' }).click();
    const keyboard = page.getByRole('group', { name: '键盘' });
    // Pinyin: the letters stay in the keyboard's bar until a candidate is tapped.
    for (const ch of 'zhengfu') await keyboard.getByRole('button', { name: ch, exact: true }).click();
    assert.equal(await keyboard.getByRole('status', { name: '正在输入的拼音' }).innerText(), 'zhengfu');
    assert.equal(await page.getByRole('textbox', { name: '留言内容' }).innerText(), '留言（可不填）', 'nothing reaches the field before a choice');
    await keyboard.getByRole('group', { name: '候选词' }).getByRole('button', { name: '政府', exact: true }).click();
    assert.equal(await page.getByRole('textbox', { name: '留言内容' }).innerText(), '政府');
    const field = (await page.getByRole('textbox', { name: '留言内容' }).boundingBox())!;
    const keys = (await keyboard.boundingBox())!;
    assert.ok(field.y + field.height <= keys.y, 'the keyboard is below the comment, not over it');
    await page.getByRole('button', { name: '确认投票' }).click();
    await page.getByText(/投票成功/).waitFor({ timeout: 15_000 });

    // The hub counts it once (the outbox delivered it), with the comment and no ID number.
    const until = Date.now() + 30_000;
    let results = (await rig.admin('GET', '/v1/admin/topics/road-lights/results')) as { total: number; options: { votes: number }[]; comments: { comment: string }[] };
    while (results.total < 1) {
      assert.ok(Date.now() < until, 'the vote did not reach the hub');
      await page.waitForTimeout(300);
      results = (await rig.admin('GET', '/v1/admin/topics/road-lights/results')) as typeof results;
    }
    assert.deepEqual(results.options.map((o) => o.votes), [1, 0]);
    assert.deepEqual(results.comments.map((c) => c.comment), ['政府']);

    // Back and in again: "already voted" on the spot, live results shown.
    await page.getByRole('button', { name: '返回' }).click();
    await page.getByRole('button', { name: /是否在东村主路安装路灯/ }).click();
    await page.getByText('您已经对这个议题投过票了，每人只能投一次。').waitFor();
    await page.getByRole('list', { name: '投票结果' }).getByText('共 1 票').waitFor();
    assert.equal(await page.getByRole('button', { name: '确认投票' }).count(), 0);

    // The vote cast at the other kiosk: the hub's answer, on the spot; after-close results hidden.
    await page.getByRole('button', { name: '返回' }).click();
    await page.getByRole('button', { name: /新广场命名/ }).click();
    await page.getByText('您已经对这个议题投过票了，每人只能投一次。').waitFor();
    await page.getByText('投票结果在议题结束后公布。').waitFor();
    assert.equal(await page.getByRole('button', { name: '确认投票' }).count(), 0);

    const stored = JSON.stringify(await rig.admin('GET', '/v1/admin/transactions?limit=1000'));
    assert.ok(stored.includes('topic-vote') && !stored.includes(ID_NUMBER), 'the hub keeps the vote, not the ID number');
    const screen = await page.content();
    assert.ok(!screen.includes('张伟民') && !screen.includes(ID_NUMBER), 'masked on screen');
    const logs = rig.kiosk.stdout() + rig.kiosk.stderr();
    for (const value of ['张伟民', ID_NUMBER]) assert.ok(!logs.includes(value), `"${value}" in the kiosk's output`);
  });
});
