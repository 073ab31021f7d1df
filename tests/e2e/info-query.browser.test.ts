// 政务信息查询 end to end: guides and notices published at a hub reach the kiosk through the signed
// document channel; in Chromium a resident searches with the kiosk's own keyboard (initials and
// full pinyin), browses a category, prints a guide's checklist on the simulated receipt printer,
// goes straight to 取号排队, and reads notices — which expire by themselves with the hub gone.
import { describe, test, beforeAll, afterAll } from 'vitest';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../support/chromium.ts';
import { startHallRig, type HallRig } from '../support/hall-rig.ts';
import { sampleGuidesRaw } from '../support/info-samples.ts';

async function typeOnKiosk(page: Page, text: string) {
  const keyboard = page.getByRole('group', { name: '键盘' });
  for (const ch of text) await keyboard.getByRole('button', { name: ch === ' ' ? '空格' : ch, exact: true }).click();
}

describe('政务信息查询 in Chromium with real drivers and simulators', () => {
  let browser: Browser;
  let rig: HallRig | undefined;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await rig?.close();
    await browser?.close();
  });

  test('search by initials and pinyin, category, checklist on paper, 取号排队, notices that expire offline', async () => {
    const now = Date.now();
    // Expires while the test runs (it is read first, about 12 s after this line on a quiet 2-core
    // machine, so 45 s leaves room for a loaded one): it must leave the screen by itself after the
    // hub is gone. Real time, since the kiosk is a real process with its own clock.
    const shortLived = now + 45_000;
    rig = await startHallRig({
      before: async (admin) => {
        await admin('PUT', '/v1/admin/documents/guides', { body: sampleGuidesRaw() });
        await admin('PUT', '/v1/admin/documents/notices', {
          body: {
            items: [
              { id: 'water', title: '东村明日停水通知', text: '因管网维修，明日8:00-17:00停水。', issuer: '东升街道办事处', publishedAt: new Date(now - 3_600_000).toISOString(), expiresAt: new Date(shortLived).toISOString() },
              { id: 'yibao', title: '城乡居民医保集中缴费通知', text: '集中缴费期至12月31日。', publishedAt: new Date(now - 86_400_000).toISOString(), expiresAt: new Date(now + 30 * 86_400_000).toISOString() },
            ],
          },
        });
      },
    });
    const page = await browser.newPage({ viewport: { width: 1080, height: 1920 } });
    await page.goto(rig.kiosk.url);
    await page.getByText('请将身份证放在读卡区').waitFor({ timeout: 15_000 });
    rig.reader.placeCard('han-zhang-weimin');
    await page.getByText('您好，张*民').waitFor({ timeout: 15_000 });

    await page.getByRole('button', { name: /政务信息查询/ }).click();
    // The guides arrive with the kiosk's first pull after enrolling.
    await page.getByRole('button', { name: /户籍/ }).waitFor({ timeout: 60_000 });
    for (const name of ['生育收养', '户籍', '就业创业', '社会保障', '医疗', '养老', '婚姻']) {
      assert.equal(await page.getByRole('button', { name: new RegExp(`^${name}`) }).count(), 1, `category ${name}`);
    }

    // Notices first, while both are current.
    await page.getByRole('button', { name: '通知公告（2）' }).click();
    await page.getByText('东村明日停水通知').waitFor();
    await page.getByText(/发布日期/).first().waitFor();
    assert.ok(Date.now() < shortLived, 'the short-lived notice was read before it expired (the kiosk took too long to start)');
    await page.getByRole('button', { name: '返回' }).click();

    // Initials, typed on the kiosk's keyboard: results appear while typing.
    await page.getByRole('button', { name: '搜索办事指南' }).click();
    await typeOnKiosk(page, 'ylbx');
    const results = page.getByRole('list', { name: '搜索办事指南' });
    await results.getByRole('button', { name: /城乡居民养老保险待遇领取/ }).waitFor();
    await results.getByRole('button', { name: /城乡居民基本养老保险参保登记/ }).waitFor();
    assert.equal(await results.getByRole('button', { name: /结婚登记/ }).count(), 0);
    // The keyboard never covers the field it edits.
    const field = (await page.getByRole('searchbox', { name: '搜索内容' }).boundingBox())!;
    const keyboard = (await page.getByRole('group', { name: '键盘' }).boundingBox())!;
    assert.ok(field.y + field.height <= keyboard.y, `field ${JSON.stringify(field)} is above the keyboard ${JSON.stringify(keyboard)}`);
    assert.ok(keyboard.y + keyboard.height <= 1920, 'the keyboard is on screen');
    assert.equal(await page.getByRole('searchbox', { name: '搜索内容' }).innerText(), 'ylbx');

    // Full pinyin with a space, after clearing.
    await page.getByRole('button', { name: '清空', exact: true }).click();
    await typeOnKiosk(page, 'yang lao');
    await results.getByRole('button', { name: /城乡居民养老保险待遇领取/ }).waitFor();
    assert.equal(await results.getByRole('button', { name: /医疗保险/ }).count(), 0, 'yang lao is not 医疗');

    // One guide: facts, then its checklist on paper.
    await results.getByRole('button', { name: /城乡居民养老保险待遇领取/ }).click();
    await page.getByRole('heading', { name: '城乡居民养老保险待遇领取' }).waitFor();
    await page.getByText('10 个工作日').waitFor();
    await page.getByText('本人社会保障卡或银行卡').waitFor();
    await page.getByRole('button', { name: '打印材料清单' }).click();
    await page.getByText('凭条已打印，请取走').waitFor({ timeout: 15_000 });
    const [slip] = await rig.printer.waitForReceipts(1, 15_000);
    const boxes = slip!.lines.filter((l) => l.startsWith('□ '));
    assert.equal(boxes.length, 4, slip!.lines.join('\n'));
    assert.ok(slip!.lines.some((l) => l.includes('城乡居民养老保险待遇领取')));
    assert.ok(slip!.cut, 'the slip is cut');
    assert.ok(!slip!.lines.join('\n').includes('张伟民'), 'nothing personal on the slip');

    // Straight to the queue of its counter.
    await page.getByRole('button', { name: '取号排队' }).click();
    await page.getByText('A001', { exact: true }).waitFor({ timeout: 15_000 });
    await rig.printer.waitForReceipts(2, 15_000);
    await page.getByRole('button', { name: '完成，退出' }).click();
    await page.getByText('请将身份证放在读卡区').waitFor({ timeout: 15_000 });

    // Anonymous reader: a category, then notices.
    await page.getByRole('button', { name: '不用身份证，浏览服务' }).click();
    await page.getByRole('button', { name: /政务信息查询/ }).click();
    await page.getByRole('button', { name: /^户籍/ }).click();
    await page.getByRole('button', { name: /居民身份证换领/ }).waitFor();
    assert.equal(await page.getByRole('list', { name: '搜索办事指南' }).getByRole('button').count(), 2);

    // The hub goes away; the notice expires on the kiosk's clock all the same.
    await rig.stopHub();
    const wait = shortLived - Date.now() + 1_000;
    if (wait > 0) await page.waitForTimeout(wait);
    await page.getByRole('button', { name: '返回' }).click(); // the info front page counts again when it opens
    await page.getByRole('button', { name: '通知公告（1）' }).click();
    await page.getByText('城乡居民医保集中缴费通知').waitFor();
    assert.equal(await page.getByText('东村明日停水通知').count(), 0, 'the expired notice is gone, offline');
    // Search still works with the hub gone.
    await page.getByRole('button', { name: '返回' }).click();
    await page.getByRole('button', { name: '搜索办事指南' }).click();
    await typeOnKiosk(page, 'sfz');
    await page.getByRole('button', { name: /居民身份证换领/ }).waitFor();

    const logs = rig.kiosk.stdout() + rig.kiosk.stderr();
    for (const value of ['张伟民', '510722196803121230']) assert.ok(!logs.includes(value), `"${value}" in the kiosk's output`);
  });
});
