// 办件进度查询 and 服务评价 end to end in Chromium, with the real SAM reader, printer and barcode-
// scanner drivers on pseudo-terminals, the kiosk started as `npm start` starts it and the
// reference hub's own case lookup. The cases reach the hub the real way: an enrolled terminal posts
// signed application and demand transactions to /v1/transactions/batch, and a clerk moves them on
// through the admin API. The kiosk reaches the hub through a pass-through proxy that only records
// the requests (tests/support/fault-proxy.ts), to see what was asked and to cut the link.
import { describe, test, beforeAll, afterAll } from 'vitest';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { Browser } from 'playwright-core';
import { caseProgressUrl, makeCaseNumber, formatCaseNumber } from '../../shared/contract/cases.ts';
import { launchChromium } from '../support/chromium.ts';
import { liftCard, startHallRig, type HallRig } from '../support/hall-rig.ts';
import { startFaultProxy, type FaultProxy } from '../support/fault-proxy.ts';
import { enrollTerminal, signedCall } from '../central/helpers/hub.ts';
import { applicationItem, demandItem } from '../central/suites/case-items.ts';

const ID_NUMBER = '510722196803121230'; // the simulator's card han-zhang-weimin
const REPLY = '经审核，您的高龄津贴申请符合条件，自下月起按月发放。';
const ANON_REPLY = '已联系施工单位，夜间停止施工。';
const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000);
// The kiosk enrolls first (terminal 1); the terminal that files these cases is the hub's terminal 2.
const MINE_DONE = makeCaseNumber(2, 41);
const MINE_OPEN = makeCaseNumber(2, 57);
const ANON = makeCaseNumber(2, 58);

/** Files the three cases at the hub as a kiosk would, then moves them on as a clerk would. */
async function seedCases(rig: HallRig) {
  const terminal = await enrollTerminal(rig.central, 'SL-DS-09');
  const application = applicationItem(MINE_DONE, { idNumber: ID_NUMBER, queryCode: '24681357', occurredAt: daysAgo(20) });
  (application.payload.data as Record<string, unknown>).itemName = '高龄津贴申请';
  const mine = demandItem(MINE_OPEN, { idNumber: ID_NUMBER, queryCode: '13572468', occurredAt: daysAgo(5) });
  (mine.payload.data as Record<string, unknown>).category = '求助';
  const anonymous = demandItem(ANON, { anonymous: true, queryCode: '97531864', occurredAt: daysAgo(2) });
  const sent = await signedCall(rig.central, terminal, 'POST', '/v1/transactions/batch', { body: { items: [application, mine, anonymous] } });
  assert.equal(sent.status, 200, JSON.stringify(sent.json));
  const move = (caseNumber: string, status: string, reply: string | null = null) => rig.admin('POST', `/v1/admin/cases/${caseNumber}/status`, { status, reply });
  await move(MINE_DONE, '已受理');
  await move(MINE_DONE, '已办结', REPLY);
  await move(MINE_OPEN, '已受理');
  await move(MINE_OPEN, '办理中', '已派网格员上门。');
  await move(ANON, '已受理');
  await move(ANON, '已办结', ANON_REPLY);
}

describe('办件进度查询 and 服务评价 in Chromium with real drivers and simulators', () => {
  let browser: Browser;
  let rig: HallRig | undefined;
  let proxy: FaultProxy | undefined;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await rig?.close();
    await proxy?.close();
    await browser?.close();
  });

  test('card → "您有 2 件办理结果" → cases and replies; a wrong check digit stops at the pad; a scanned receipt opens its case; 不满意 needs a reason; offline "截至"', async () => {
    rig = await startHallRig({
      scanner: true,
      hubUrlForKiosk: async (upstream) => {
        proxy = await startFaultProxy({ target: upstream });
        return proxy.url;
      },
    });
    await seedCases(rig);
    const lookups = () => proxy!.log.filter((r) => r.path.startsWith('/v1/cases/lookup')).length;
    const page = await browser.newPage({ viewport: { width: 1080, height: 1920 } });
    await page.goto(rig.kiosk.url);
    await page.getByText('请将身份证放在读卡区').waitFor({ timeout: 15_000 });

    // The card: the greeting first, the count when the hub answers.
    rig.reader.placeCard('han-zhang-weimin');
    await page.getByText('您好，张*民').waitFor({ timeout: 15_000 });
    // Longer than the kiosk's own hub timeout (15 s, tests/support/hall-rig.ts): on a loaded
    // machine the kiosk, not the test, decides whether the hub answered.
    await page.getByText('您有 2 件办理结果').waitFor({ timeout: 30_000 });
    await page.getByRole('button', { name: '查看办理结果' }).click();
    const list = page.getByRole('list', { name: '办件进度查询' });
    await list.waitFor({ timeout: 30_000 });
    const rows = await list.getByRole('button').allTextContents();
    assert.equal(rows.length, 2, 'their two cases, not the anonymous one');
    assert.match(rows[0]!, /求助.*新结果.*办理中/, 'newest first, marked new');
    assert.match(rows[1]!, new RegExp(`高龄津贴申请.*${formatCaseNumber(MINE_DONE)}.*已办结`));
    await list.getByRole('button', { name: /高龄津贴申请/ }).click();
    await page.getByText(REPLY).waitFor();
    const steps = await page.getByRole('list', { name: '办理过程' }).getByRole('listitem').allTextContents();
    assert.deepEqual(steps.map((s) => s.slice(0, 3)), ['已办结', '已受理', '已接件'], 'the timeline, newest step first');

    // A typed number with a wrong check digit: said at once, nothing asked of the hub.
    await page.getByRole('button', { name: '返回' }).click();
    await page.getByRole('button', { name: '返回' }).click();
    await page.getByRole('button', { name: '输入办件编号查询' }).click();
    const pad = page.getByRole('group', { name: '键盘' });
    const wrong = MINE_DONE.slice(0, 11) + String((Number(MINE_DONE[11]) + 1) % 10);
    const asked = lookups();
    assert.ok(asked > 0, 'the card’s lookups went through the recording proxy');
    for (const d of wrong) await pad.getByRole('button', { name: d, exact: true }).click();
    await page.getByRole('alert').getByText('编号有误，请核对').waitFor();
    assert.equal(await page.getByRole('button', { name: '查询', exact: true }).isDisabled(), true);
    assert.equal(lookups(), asked, 'nothing was asked of the hub');

    // Something that is not our receipt: a plain message. Our receipt's QR: its case opens, replies and all.
    await rig.scanner!.swipe('6901234567892');
    await page.getByText(/不是办件凭条上的二维码/).waitFor({ timeout: 15_000 });
    await rig.scanner!.swipe(caseProgressUrl('https://hub.example.gov.cn', ANON, '97531864'));
    await page.getByRole('heading', { name: '投诉' }).waitFor({ timeout: 15_000 });
    await page.getByText(ANON_REPLY).waitFor();

    // Rate that case 不满意: no submitting without a reason; with one, thanks, and it is stored.
    await page.getByRole('button', { name: '评价这件办件' }).click();
    await page.getByRole('button', { name: '不满意', exact: true }).click();
    await page.getByText('请选择不满意的原因').first().waitFor();
    const submit = page.getByRole('button', { name: '提交评价' });
    assert.equal(await submit.isDisabled(), true, 'cannot submit without a reason');
    await page.getByRole('button', { name: '多次跑动', exact: true }).click();
    await submit.click();
    await page.getByText('感谢您的评价').waitFor({ timeout: 15_000 });

    const db = new Database(join(rig.dataDir, 'kiosk.db'), { readonly: true });
    try {
      const ratings = (db.prepare(`SELECT data FROM transactions WHERE kind = 'rating'`).all() as { data: string }[]).map((r) => JSON.parse(r.data));
      assert.deepEqual(ratings, [{ target: { type: 'case', caseNumber: ANON }, level: 2, label: '不满意', reason: '多次跑动', reasons: ['多次跑动'] }]);
    } finally {
      db.close();
    }
    // The hub goes away: the same card sees its cases as last known, "截至" the hub's time, replies included.
    await page.getByRole('button', { name: '完成' }).click();
    await page.getByText('请将身份证放在读卡区').waitFor({ timeout: 15_000 });
    await proxy!.refuse();
    await liftCard(rig.reader);
    rig.reader.placeCard('han-zhang-weimin');
    await page.getByText('您好，张*民').waitFor({ timeout: 15_000 });
    await page.getByRole('button', { name: /办件进度查询/ }).click();
    await page.getByText(/暂时无法连接政务中心，以下是截至 \d{4}-\d{2}-\d{2} \d{2}:\d{2} 的办理情况/).waitFor({ timeout: 30_000 });
    assert.equal(await page.getByRole('list', { name: '办件进度查询' }).getByRole('button').count(), 2);
    await page.getByRole('button', { name: /高龄津贴申请/ }).click();
    await page.getByText(REPLY).waitFor();

    const screen = await page.content();
    assert.ok(!screen.includes('张伟民') && !screen.includes(ID_NUMBER), 'masked on screen');
    const logs = rig.kiosk.stdout() + rig.kiosk.stderr();
    for (const value of ['张伟民', ID_NUMBER, REPLY]) assert.ok(!logs.includes(value), `"${value}" in the kiosk's output`);
  });
});
