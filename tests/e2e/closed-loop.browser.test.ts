// The closed loop of issue 10, end to end: one hub, two kiosks of the hall enrolled with it (each
// with its own card-reader and printer simulators on real pseudo-terminals, started as `npm start`
// starts them), Chromium on both. At kiosk A a resident with an ID card raises a 求助 typed on the
// pinyin keyboard and gets a 办件编号; the demand reaches the hub; a clerk moves it on with
// `kioskctl case … status` (an illegal move is refused naming the allowed ones) and answers it; at
// kiosk B the same card is told "您有 1 件办理结果", reads the steps and the reply, and rates it
// 不满意, which needs a reason; `kioskctl ratings --bad --json` lists the rating with its reason
// and site.
import { describe, test, beforeAll, afterAll } from 'vitest';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { checkCaseNumber, formatCaseNumber } from '../../shared/contract/cases.ts';
import { launchChromium } from '../support/chromium.ts';
import { startHallRig, type HallRig } from '../support/hall-rig.ts';
import { runKioskctl } from '../central/helpers/processes.ts';
import { createAdminClient } from '../../central/admin-client.ts';
import { DEFAULT_TIME_ZONE, zonedMinute } from '../../config/zoned-time.ts';

const SITE_B = { name: '东升街道红星社区服务站', code: 'SL-DS-02' };
const REPLY = '已联系供电所，路灯已于今日修复。';
const ID_NUMBER = '510722196803121230'; // the simulator's card han-zhang-weimin

/** A minute as the kiosk shows times: on the site's clock (default Beijing time), not this machine's. */
function minuteOf(iso: string): string {
  return zonedMinute(new Date(iso), DEFAULT_TIME_ZONE);
}

/** Polls over HTTP in this process (a kioskctl process per probe costs a second of CPU each). */
async function until(what: string, ms: number, probe: () => Promise<boolean>): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await probe())) {
    assert.ok(Date.now() < deadline, `${what} within ${ms / 1000} s`);
    await new Promise((r) => setTimeout(r, 300));
  }
}

describe('the closed loop: raised at one kiosk, answered at the hub, read and rated at another', () => {
  let browser: Browser;
  let a: HallRig | undefined;
  let b: HallRig | undefined;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await b?.close();
    await a?.close();
    await browser?.close();
  });

  test('a 求助 typed in pinyin at kiosk A, moved on by kioskctl, read at kiosk B with the same card and rated 不满意 with a reason', async () => {
    a = await startHallRig();
    b = await startHallRig({ hub: a.central, site: SITE_B });
    const hub = a.central;
    const ctl = (...args: string[]) => runKioskctl(['--url', hub.url, ...args], { CENTRAL_ADMIN_TOKEN: hub.adminToken });
    const admin = createAdminClient(hub.url, hub.adminToken);

    // Kiosk A: card, 诉求反映 → 求助 → typed in pinyin → a listed place → no phone → named → submitted.
    const pageA = await browser.newPage({ viewport: { width: 1080, height: 1920 } });
    await pageA.goto(a.kiosk.url);
    await pageA.getByText('请将身份证放在读卡区').waitFor({ timeout: 15_000 });
    a.reader.placeCard('han-zhang-weimin');
    await pageA.getByText('您好，张*民').waitFor({ timeout: 15_000 });
    await pageA.getByRole('button', { name: /诉求反映/ }).click();
    await pageA.getByRole('button', { name: /求助/ }).click();
    await pageA.getByRole('textbox', { name: '问题描述' }).click();
    const keyboard = pageA.getByRole('group', { name: '键盘' });
    await keyboard.getByRole('button', { name: '拼音', pressed: true }).waitFor();
    const typePinyin = async (letters: string, word: string) => {
      for (const ch of letters) await keyboard.getByRole('button', { name: ch, exact: true }).click();
      await keyboard.getByRole('group', { name: '候选词' }).getByRole('button', { name: word, exact: true }).click();
    };
    await typePinyin('loudao', '楼道');
    await typePinyin('ludeng', '路灯');
    await typePinyin('huaile', '坏了');
    const description = '楼道路灯坏了';
    assert.equal(await pageA.getByRole('textbox', { name: '问题描述' }).innerText(), description);
    await pageA.getByRole('button', { name: '下一步' }).click();
    await pageA.getByRole('heading', { name: '事情发生在哪里？' }).waitFor();
    await pageA.getByRole('button', { name: '东升花园 B区' }).click();
    await pageA.getByRole('button', { name: '不留电话' }).click();
    await pageA.getByRole('button', { name: /^实名反映（张\*民）/ }).click();
    await pageA.getByRole('heading', { name: '请核对诉求内容' }).waitFor();
    await pageA.getByText(description).waitFor();
    await pageA.getByRole('button', { name: '确认提交' }).click();
    await pageA.getByText('诉求已提交').waitFor({ timeout: 15_000 });
    const shown = (await pageA.getByLabel('办件编号').innerText()).trim();
    assert.match(shown, /^0001-\d{7}-\d$/, 'kiosk A is the hub’s terminal 1');
    assert.ok(checkCaseNumber(shown).ok, shown);
    const number = shown.replaceAll('-', '');

    // The hub has it once the outbox has delivered it: 已接件, with what the resident typed.
    type CaseJson = { caseNumber: string; status: string; steps: { status: string; at: string; reply: string | null }[] };
    await until('the demand reached the hub', 30_000, () => admin.getCase(number).then(() => true, () => false));
    const reached = await ctl('case', shown, '--json');
    assert.equal(reached.code, 0, reached.stderr);
    const received = JSON.parse(reached.stdout) as CaseJson;
    assert.equal(received.status, '已接件');
    const detail = await ctl('case', shown);
    assert.match(detail.stdout, new RegExp(`description: ${description}`), detail.stdout);

    // The clerk: 已受理, an illegal move refused naming the allowed ones, 已办结 with the reply.
    const accepted = await ctl('case', shown, 'status', '已受理', '--reply', '已派网格员核实');
    assert.equal(accepted.code, 0, accepted.stderr);
    const illegal = await ctl('case', shown, 'status', '补正材料', '--reply', '请补充照片');
    assert.equal(illegal.code, 1);
    assert.match(illegal.stderr, /illegal-transition.*办理中, 特别程序, 已办结/);
    const done = await ctl('case', shown, 'status', '已办结', '--reply', REPLY);
    assert.equal(done.code, 0, done.stderr);
    const atHub = JSON.parse((await ctl('case', number, '--json')).stdout) as CaseJson;
    assert.deepEqual(atHub.steps.map((s) => s.status), ['已接件', '已受理', '已办结'], 'the refused move changed nothing');

    // Kiosk B, the same card: told of the result, reads it, rates it.
    const pageB = await browser.newPage({ viewport: { width: 1080, height: 1920 } });
    await pageB.goto(b.kiosk.url);
    await pageB.getByText('请将身份证放在读卡区').waitFor({ timeout: 15_000 });
    b.reader.placeCard('han-zhang-weimin');
    await pageB.getByText('您好，张*民').waitFor({ timeout: 15_000 });
    await pageB.getByText('您有 1 件办理结果').waitFor({ timeout: 15_000 });
    await pageB.getByRole('button', { name: '查看办理结果' }).click();
    // Their only case opens at once (a list of one is not shown): number, status, steps, reply.
    await pageB.getByRole('heading', { name: '求助', exact: true }).waitFor({ timeout: 15_000 });
    const summary = await pageB.locator('.progress-case > .lead').innerText();
    assert.match(summary, new RegExp(`${formatCaseNumber(number)}\\s*已办结`));
    await pageB.getByText(REPLY).waitFor();
    const steps = await pageB.getByRole('list', { name: '办理过程' }).getByRole('listitem').allTextContents();
    assert.deepEqual(steps.map((s) => s.slice(0, 3)), ['已办结', '已受理', '已接件'], 'newest step first');
    const newestFirst = [...atHub.steps].reverse();
    steps.forEach((text, i) => assert.ok(text.includes(minuteOf(newestFirst[i]!.at)), `step ${newestFirst[i]!.status} shows its time: ${text}`));

    await pageB.getByRole('button', { name: '评价这件办件' }).click();
    await pageB.getByRole('button', { name: '不满意', exact: true }).click();
    const submit = pageB.getByRole('button', { name: '提交评价' });
    await submit.click({ force: true }); // a resident taps it before choosing a reason
    await pageB.getByText('请至少选择一个原因后再提交').waitFor();
    assert.equal(await submit.isDisabled(), true, 'no rating without a reason');
    assert.equal(await pageB.getByText('感谢您的评价').count(), 0);
    await pageB.getByRole('button', { name: '多次跑动', exact: true }).click();
    await submit.click();
    await pageB.getByText('感谢您的评价').waitFor({ timeout: 15_000 });

    // At the hub, from kiosk B's outbox: listed among the bad ratings with its reason and site.
    type RatingJson = { item: string; itemKind: string; label: string; reason: string | null; siteCode: string; followUp: { state: string } | null };
    await until('the rating reached the hub', 30_000, async () => (await admin.listRatings(true)).some((x) => x.item.includes(number)));
    const listed = await ctl('ratings', '--bad', '--json');
    assert.equal(listed.code, 0, listed.stderr);
    const rating = (JSON.parse(listed.stdout) as RatingJson[]).find((x) => x.item.includes(number));
    assert.ok(rating, listed.stdout);
    assert.deepEqual([rating.label, rating.reason, rating.siteCode, rating.itemKind], ['不满意', '多次跑动', SITE_B.code, 'demand']);
    assert.equal(rating.followUp?.state, '待核实', 'the bad rating opened its 整改, waiting for the site\'s clerk');

    for (const rig of [a, b]) {
      const logs = rig.kiosk.stdout() + rig.kiosk.stderr();
      for (const secret of [ID_NUMBER, description]) assert.ok(!logs.includes(secret), `"${secret}" in a kiosk's output`);
    }
  });
});
