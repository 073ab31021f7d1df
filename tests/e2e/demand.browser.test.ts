// 诉求反映 end to end in Chromium, real drivers and simulators, a hub: without a card a resident
// reports a 举报 anonymously — a category, a description from common phrases, a place from the
// hall's list, a callback phone (a wrong one is refused at its step) — and gets the 办件编号 and,
// large, the 查询码; the receipt carries both, the phone masked, and not the description. The
// demand reaches the hub once; the kiosk sends the code's hash only and the code opens it there.
import { describe, test, beforeAll, afterAll } from 'vitest';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../support/chromium.ts';
import { startHallRig, type HallRig } from '../support/hall-rig.ts';
import { checkCaseNumber } from '../../shared/contract/cases.ts';
import { typeDigits } from '../support/on-screen-keyboard.ts';

const PHONE = '13712345678';

describe('诉求反映 in Chromium with real drivers and simulators', () => {
  let browser: Browser;
  let rig: HallRig | undefined;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await rig?.close();
    await browser?.close();
  });

  test('an anonymous 举报: phrases, a listed place, a masked phone, the 查询码 shown large and printed', async () => {
    rig = await startHallRig();
    const page = await browser.newPage({ viewport: { width: 1080, height: 1920 } });
    await page.goto(rig.kiosk.url);
    await page.getByText('请将身份证放在读卡区').waitFor({ timeout: 15_000 });
    await page.getByRole('button', { name: '不用身份证，浏览服务' }).click();
    await page.getByRole('button', { name: /诉求反映/ }).click();

    await page.getByRole('button', { name: /举报/ }).click();
    // Going on with nothing described is refused, saying what to do.
    await page.getByRole('button', { name: '下一步' }).click();
    await page.getByRole('alert').filter({ hasText: '“问题描述”必须填写' }).waitFor();
    const phrases = page.getByRole('region', { name: '常用语（点一下即可加入）' });
    await phrases.getByRole('button', { name: '占用消防通道' }).click();
    await phrases.getByRole('button', { name: '乱倒建筑垃圾' }).click();
    assert.equal(await page.getByRole('textbox', { name: '问题描述' }).innerText(), '占用消防通道，乱倒建筑垃圾');
    await page.getByRole('button', { name: '下一步' }).click();

    await page.getByRole('heading', { name: '事情发生在哪里？' }).waitFor();
    await page.getByRole('button', { name: '东升花园 B区' }).click();

    // A phone one digit short: refused at its step.
    await page.getByRole('textbox', { name: '回访电话' }).waitFor();
    await typeDigits(page, PHONE.slice(0, 10));
    await page.getByRole('button', { name: '下一步' }).click();
    await page.getByRole('alert').filter({ hasText: '“回访电话”应是11位手机号码' }).waitFor();
    await typeDigits(page, PHONE.slice(10));
    await page.getByRole('button', { name: '下一步' }).click();

    // No card: named is not possible, anonymous is.
    await page.getByText('实名反映请先将身份证放在读卡区').waitFor();
    await page.getByRole('button', { name: /^匿名反映/ }).click();
    await page.getByRole('heading', { name: '请核对诉求内容' }).waitFor();
    await page.getByText('137****5678').waitFor();
    assert.ok(!(await page.content()).includes(PHONE), 'the phone is masked on the review');
    await page.getByRole('button', { name: '确认提交' }).click();

    await page.getByText('诉求已提交').waitFor({ timeout: 15_000 });
    const number = (await page.getByLabel('办件编号').innerText()).trim();
    assert.ok(checkCaseNumber(number).ok, number);
    const code = (await page.getByLabel('查询码').innerText()).trim();
    assert.match(code, /^[0-9]{8}$/);
    const codeBox = (await page.getByLabel('查询码').boundingBox())!;
    assert.ok(codeBox.height >= 80, `the 查询码 is shown large (${codeBox.height}px)`);

    const [slip] = await rig.printer.waitForReceipts(1, 15_000);
    const paper = slip!.lines.join('\n');
    assert.ok(paper.includes(number) && paper.includes(code), paper);
    assert.match(paper, /回访电话\s+137\*\*\*\*5678/);
    assert.match(paper, /地点\s+东升花园 B区/);
    for (const secret of [PHONE, '占用消防通道']) assert.ok(!paper.includes(secret), `"${secret}" on paper`);

    const until = Date.now() + 30_000;
    type Tx = { kind: string; payload: { data: { caseNumber: string; anonymous: boolean; siteId: string } } };
    const atHub = async () => ((await rig!.admin('GET', '/v1/admin/transactions?limit=1000')) as Tx[]).filter((tx) => tx.kind === 'demand');
    let delivered = await atHub();
    while (delivered.length < 1) {
      assert.ok(Date.now() < until, 'the demand did not reach the hub');
      await page.waitForTimeout(300);
      delivered = await atHub();
    }
    assert.equal(delivered.length, 1);
    const data = delivered[0]!.payload.data;
    assert.deepEqual([data.caseNumber, data.anonymous, data.siteId], [number.replaceAll('-', ''), true, 'dongsheng-b']);
    // The kiosk sent the code's hash only; the hub keeps not even that in the transaction (only a
    // keyed check of it with the case), yet the code opens the case there and a wrong one does not.
    const db = new Database(join(rig.dataDir, 'kiosk.db'), { readonly: true });
    try {
      const sent = (db.prepare(`SELECT data FROM transactions WHERE kind = 'demand'`).all() as { data: string }[]).map((r) => JSON.parse(r.data) as { queryCodeHash: string });
      assert.deepEqual(sent.map((d) => d.queryCodeHash), [createHash('sha256').update(code).digest('hex')]);
    } finally {
      db.close();
    }
    const stored = JSON.stringify(delivered);
    assert.ok(!stored.includes(`"${code}"`) && !stored.includes(createHash('sha256').update(code).digest('hex')), 'neither the code nor its hash is kept in the transaction');
    const progress = (withCode: string) => fetch(`${rig!.central.url}/progress/${number.replaceAll('-', '')}?code=${withCode}`, { headers: { accept: 'application/json' } });
    const opened = await progress(code);
    assert.equal(opened.status, 200, await opened.clone().text());
    assert.match(JSON.stringify(await opened.json()), /举报/);
    const wrongCode = String((Number(code) + 1) % 100_000_000).padStart(8, '0');
    assert.notEqual((await progress(wrongCode)).status, 200, 'a wrong code opens nothing');
    const logs = rig.kiosk.stdout() + rig.kiosk.stderr();
    assert.ok(!logs.includes(PHONE) && !logs.includes(code), 'nothing of it in the kiosk output');
  });
});
