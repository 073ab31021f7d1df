// 事项办理 end to end, as a hall runs it: a hub (which numbers the terminal at enrollment), the
// kiosk as `npm start` starts it with a card-reader and a printer simulator on real
// pseudo-terminals, the UI in Chromium. A resident places a card, picks 高龄津贴申请, sees the
// materials, confirms the masked card fields, makes mistakes the form names, fixes them, submits,
// and gets a 办件编号 on screen and on paper with the materials and a progress QR; nothing
// personal on paper or screen; the application reaches the hub once. Then, with the hub gone, a
// second one (dates by buttons, several choices, numbers) is filed offline with the next number.
import { describe, test, beforeAll, afterAll } from 'vitest';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../support/chromium.ts';
import { startHallRig, type HallRig } from '../support/hall-rig.ts';
import { KioskConnection } from '../../cli/load.ts';
import { checkCaseNumber, parseCaseProgressUrl } from '../../shared/contract/cases.ts';
import { keyboardStrings } from '../../renderer/i18n/zh-CN/keyboard.ts';
import { typeDigits } from '../support/on-screen-keyboard.ts';

const ZHANG = { name: '张伟民', idNumber: '510722196803121230', address: '四川省绵阳市三台县芦溪镇红星村3组12号' };
const PHONE = '13912345678';

/** Text fields open on 拼音: the letters, then the word tapped among the candidates. */
async function typePinyin(page: Page, letters: string, word: string) {
  const keyboard = page.getByRole('group', { name: '键盘' });
  for (const ch of letters) await keyboard.getByRole('button', { name: ch, exact: true }).click();
  await keyboard.getByRole('group', { name: '候选词' }).getByRole('button', { name: word, exact: true }).click();
}

describe('事项办理 in Chromium with real drivers and simulators', () => {
  let browser: Browser;
  let rig: HallRig | undefined;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await rig?.close();
    await browser?.close();
  });

  test('card → item → materials → form with errors fixed → 办件编号 on screen and paper → at the hub once', async () => {
    rig = await startHallRig();
    const page = await browser.newPage({ viewport: { width: 1080, height: 1920 } });
    await page.goto(rig.kiosk.url);
    await page.getByText('请将身份证放在读卡区').waitFor({ timeout: 15_000 });
    rig.reader.placeCard('han-zhang-weimin');
    await page.getByText('您好，张*民').waitFor({ timeout: 15_000 });

    await page.getByRole('button', { name: /事项办理/ }).click();
    await page.getByRole('button', { name: /高龄津贴申请/ }).click();
    const materials = page.getByRole('region', { name: '办理需要准备的材料' });
    await materials.getByText('户口簿原件及复印件1份').waitFor();
    await page.getByRole('button', { name: '开始填写' }).click();

    // The card fields, masked, to confirm; never in full.
    const card = page.getByRole('region', { name: '以下信息从您的身份证读取' });
    await card.getByText('张*民').waitFor();
    await card.getByText('5107**********1230').waitFor();
    await card.getByText('1968年**月**日').waitFor();

    // Straight to 检查后提交: every problem named at its field, nothing sent.
    await page.getByRole('button', { name: '检查后提交' }).click();
    await page.getByRole('alert').filter({ hasText: /有 \d+ 项需要修改/ }).waitFor();
    await page.getByRole('region', { name: '津贴发放方式' }).getByRole('alert').filter({ hasText: '此项必须填写' }).waitFor();
    await page.getByRole('region', { name: '联系电话' }).getByRole('alert').filter({ hasText: '此项必须填写' }).waitFor();

    // A wrong phone: the field says what is wrong.
    await page.getByRole('textbox', { name: '联系电话' }).click();
    await typeDigits(page, '12345');
    await page.getByRole('region', { name: '联系电话' }).getByRole('alert').filter({ hasText: '应是11位手机号码' }).waitFor();
    const field = (await page.getByRole('textbox', { name: '联系电话' }).boundingBox())!;
    const keys = (await page.getByRole('group', { name: '键盘' }).boundingBox())!;
    assert.ok(field.y + field.height <= keys.y, 'the keyboard is below the field it edits');
    for (let i = 0; i < 5; i++) await page.getByRole('group', { name: '键盘' }).getByRole('button', { name: '退格' }).click();
    await typeDigits(page, PHONE);
    await page.getByRole('button', { name: '输入完成' }).click();
    assert.equal(await page.getByRole('region', { name: '联系电话' }).getByRole('alert').count(), 0, 'fixed: the error goes');

    await page.getByRole('region', { name: '津贴发放方式' }).getByRole('button', { name: '本人社保卡' }).click();
    await page.getByRole('region', { name: '是否独居' }).getByRole('button', { name: '否' }).click();
    // Not yet confirmed the card fields: still refused, saying so.
    await page.getByRole('button', { name: '检查后提交' }).click();
    await page.getByRole('alert').filter({ hasText: '确认无误' }).first().waitFor();
    assert.equal(rig.printer.receipts.length, 0, 'nothing printed while the form is refused');
    await card.getByRole('button', { name: '确认无误' }).click();
    await page.getByRole('button', { name: '检查后提交' }).click();

    // Review: answers in words, the phone masked.
    await page.getByRole('heading', { name: '请核对申请内容' }).waitFor();
    await page.getByText('139****5678').waitFor();
    await page.getByText('本人社保卡').waitFor();
    await page.getByRole('button', { name: '确认提交' }).click();

    await page.getByText('申请已提交').waitFor({ timeout: 15_000 });
    const shown = (await page.getByLabel('办件编号').innerText()).trim();
    assert.match(shown, /^0001-0000001-\d$/, 'terminal 1 of its hub, first case');
    assert.ok(checkCaseNumber(shown).ok);
    await page.getByText('凭条已打印，请取走').waitFor({ timeout: 15_000 });

    const [slip] = await rig.printer.waitForReceipts(1, 15_000);
    const paper = slip!.lines.join('\n');
    assert.ok(paper.includes(shown), paper);
    assert.ok(paper.includes('高龄津贴申请'));
    assert.ok(slip!.lines.some((l) => l.startsWith('□ 2. 户口簿原件及复印件1份')), paper);
    const qr = parseCaseProgressUrl(slip!.qr[0] ?? '');
    assert.equal(qr?.caseNumber, shown.replaceAll('-', ''), 'the QR leads to this case');
    assert.ok(slip!.qr[0]!.startsWith(`${rig.central.url}/progress/`));
    for (const secret of [ZHANG.name, ZHANG.idNumber, PHONE, ZHANG.address.slice(0, 8)]) assert.ok(!paper.includes(secret), `"${secret}" on paper`);
    const screen = await page.content();
    for (const secret of [ZHANG.name, ZHANG.idNumber, PHONE]) assert.ok(!screen.includes(secret), `"${secret}" on screen`);

    // Delivered by the outbox, once.
    const until = Date.now() + 30_000;
    const atHub = async () => ((await rig!.admin('GET', '/v1/admin/transactions?limit=1000')) as { kind: string; payload: { data: { caseNumber?: string } } }[]).filter((tx) => tx.kind === 'application');
    let delivered = await atHub();
    while (delivered.length < 1) {
      assert.ok(Date.now() < until, 'the application did not reach the hub');
      await page.waitForTimeout(300);
      delivered = await atHub();
    }
    assert.equal(delivered.length, 1);
    assert.equal(delivered[0]!.payload.data.caseNumber, shown.replaceAll('-', ''));

    // The hub goes away: a second application (dates picked by buttons, several choices, a number)
    // is filed offline with the next number and the receipt says it will be sent later.
    await rig.stopHub();
    // The kiosk learns the hub is gone at its next exchange with it, and only then tells the
    // resident "saved, sent later": wait until it knows (on a loaded machine that can take longer
    // than filling in the form).
    const conn = await KioskConnection.connect(rig.kiosk.url);
    try {
      const until = Date.now() + 60_000;
      while ((await conn.call('getStatus', {})).sync.state === 'online') {
        assert.ok(Date.now() < until, 'the kiosk did not notice within 60 s that the hub was gone');
        await new Promise((r) => setTimeout(r, 250));
      }
    } finally {
      conn.close();
    }
    await page.getByRole('button', { name: '完成，退出' }).click();
    await page.getByText('请将身份证放在读卡区').waitFor({ timeout: 15_000 });
    // Taken off and laid again: the reader sees a new card (it polls every 200 ms).
    rig.reader.removeCard();
    await page.waitForTimeout(1500);
    rig.reader.placeCard('han-zhang-weimin');
    await page.getByText('您好，张*民').waitFor({ timeout: 15_000 });
    await page.getByRole('button', { name: /事项办理/ }).click();
    await page.getByRole('button', { name: /临时救助申请/ }).click();
    await page.getByRole('button', { name: '开始填写' }).click();
    await page.getByRole('region', { name: '以下信息从您的身份证读取' }).getByRole('button', { name: '确认无误' }).click();
    await page.getByRole('textbox', { name: '联系电话' }).click();
    await typeDigits(page, PHONE);
    await page.getByRole('textbox', { name: '家庭人口' }).click();
    await typeDigits(page, '4');
    const hardship = page.getByRole('region', { name: '困难类型（可多选）' });
    await hardship.getByRole('button', { name: '因病' }).click();
    await hardship.getByRole('button', { name: '因灾' }).click();
    const since = page.getByRole('region', { name: '困难发生日期' });
    await since.getByRole('button', { name: '选择日期' }).click();
    // Starts at the latest day allowed (today): + does nothing, − steps back.
    const monthPart = since.getByRole('group', { name: '困难发生日期月' });
    const monthBefore = await monthPart.innerText();
    await monthPart.getByRole('button', { name: '月加一' }).click();
    assert.equal(await monthPart.innerText(), monthBefore, 'not after today');
    await monthPart.getByRole('button', { name: '月减一' }).click();
    assert.notEqual(await monthPart.innerText(), monthBefore);
    await page.getByRole('textbox', { name: '家庭月收入' }).click();
    await typeDigits(page, '1200');
    await page.getByRole('region', { name: '是否享受低保' }).getByRole('button', { name: '否' }).click();
    await page.getByRole('textbox', { name: '困难情况说明' }).click();
    await page.getByRole('group', { name: '键盘' }).getByRole('button', { name: '拼音', pressed: true }).waitFor();
    await typePinyin(page, 'zhuyuan', '住院');
    await typePinyin(page, 'zhiliao', '治疗');
    assert.equal(await page.getByRole('textbox', { name: '困难情况说明' }).innerText(), '住院治疗');
    await page.getByRole('button', { name: '输入完成' }).click();
    await page.getByRole('button', { name: '检查后提交' }).click();
    await page.getByRole('heading', { name: '请核对申请内容' }).waitFor();
    await page.getByText('因病、因灾').waitFor();
    await page.getByText('4人').waitFor();
    await page.getByText('住院治疗').waitFor();
    await page.getByRole('button', { name: '确认提交' }).click();
    await page.getByText('申请已提交').waitFor({ timeout: 15_000 });
    const second = (await page.getByLabel('办件编号').innerText()).trim();
    assert.match(second, /^0001-0000002-\d$/, 'the next number, offline');
    await page.getByText('已保存，联网后自动上报').waitFor();
    const [, offlineSlip] = await rig.printer.waitForReceipts(2, 15_000);
    assert.ok(offlineSlip!.lines.join('\n').includes(second));
    assert.ok(offlineSlip!.lines.some((l) => l.includes('联网后自动上报')));

    const logs = rig.kiosk.stdout() + rig.kiosk.stderr();
    for (const secret of [ZHANG.name, ZHANG.idNumber, PHONE]) assert.ok(!logs.includes(secret), `"${secret}" in the kiosk's output`);
  });
});
