// Each role's day in the console (issue 23), in one Chromium against one hub on PGlite whose clock
// the test moves: a kiosk at EAST files an application and a complaint and the resident rates the
// application 非常不满意. The EAST clerk takes in and answers (办结) the application, takes in the
// complaint, and works the bad rating's 整改 (核实, 整改措施, 回访). The hub's clock then passes the
// complaint's limit: the township supervisor sees it overdue at the top of the queue and 督办s it,
// closes the 整改, and reads the day's counts on 统计 — received, 办结, 超期, the bad rating — which
// the downloaded CSV repeats. A clerk of another township sees none of it: not in the queue, not
// by the case's or the 整改's address, not in the statistics. Every page runs under the hub's CSP.
// (The 整改 steps were console-rectification.browser.test.ts, absorbed here: one hub and browser fewer.)
// Screenshots go to $CONSOLE_SHOTS (default: the OS temp dir) for a person to read.
import { describe, test, beforeAll, afterAll } from 'vitest';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from '../support/chromium.ts';
import { closeConsoleTest, consolePage, logInToConsole } from '../support/console-page.ts';
import { zonedDay } from '../../config/zoned-time.ts';
import { startCentral, type RunningCentral } from '../../central/server.ts';
import { adminCall, enrollTerminal, sendBatch, signedCall, type TestTerminal } from '../central/helpers/hub.ts';
import { applicationItem, caseNumberOf, demandItem, ratingItem } from '../central/suites/case-items.ts';
import { formatCaseNumber } from '../../shared/contract/cases.ts';

const shots = process.env.CONSOLE_SHOTS ?? join(tmpdir(), 'console-roles-day-shots');
const DAY_MS = 24 * 3600 * 1000;

describe('each role\'s day in the console, in Chromium', () => {
  let hub: RunningCentral;
  let east: TestTerminal;
  let browser: Browser;
  let clockOffset = 0;
  const contexts: BrowserContext[] = [];
  const cspViolations: string[] = [];
  const application = caseNumberOf(1, 1); // EAST's kiosk is terminal 1
  const complaint = caseNumberOf(1, 2);
  const northCase = caseNumberOf(2, 1);
  const filedDay = zonedDay(new Date(), 'Asia/Shanghai');
  let rectificationId = '';

  /** A first login: the temporary password, then the user's own; then the page the test names. */
  async function loggedIn(username: string, password: string, page: 'cases' | 'rectifications' = 'cases'): Promise<Page> {
    const user = await consolePage(browser, cspViolations, { viewport: { width: 1280, height: 900 }, acceptDownloads: true });
    contexts.push(user.context());
    await logInToConsole(user, hub.url, username, password);
    await user.getByRole('heading', { name: '请设置您自己的密码' }).waitFor();
    await user.getByLabel('临时密码').fill(password);
    await user.getByLabel('新密码', { exact: true }).fill(`${password}-own`);
    await user.getByLabel('再次输入新密码').fill(`${password}-own`);
    await user.getByRole('button', { name: '保存新密码' }).click();
    await user.getByRole('heading', { name: '办件' }).waitFor();
    if (page === 'rectifications') {
      await user.getByRole('link', { name: '整改', exact: true }).click();
      await user.getByRole('heading', { name: '好差评整改' }).waitFor();
    }
    return user;
  }

  beforeAll(async () => {
    mkdirSync(shots, { recursive: true });
    hub = await startCentral({ port: 0, inMemory: true, logLevel: 'silent', now: () => Date.now() + clockOffset });
    east = await enrollTerminal(hub, 'EAST');
    const north = await enrollTerminal(hub, 'NORTH');
    assert.equal((await sendBatch(hub, east, [applicationItem(application), demandItem(complaint)])).status, 200);
    assert.equal((await sendBatch(hub, north, [demandItem(northCase)])).status, 200);
    const rating = ratingItem({ type: 'case', caseNumber: application }, 1, ['服务态度差', '多次跑动'], '跑了三趟才收材料');
    assert.deepEqual((await sendBatch(hub, east, [rating])).json.accepted, [rating.id]);
    const opened = (await adminCall(hub, 'GET', '/v1/workbench/rectifications')).json.items;
    assert.equal(opened.length, 1, 'the bad rating opened its 整改 as it arrived');
    rectificationId = opened[0].id;
    assert.equal((await adminCall(hub, 'PUT', '/v1/admin/townships/DONGSHENG', { sites: ['EAST', 'WEST'] })).status, 200);
    assert.equal((await adminCall(hub, 'PUT', '/v1/admin/townships/BEISHAN', { sites: ['NORTH'] })).status, 200);
    for (const account of [
      { username: 'li.clerk', displayName: '李文书', role: 'clerk', sites: ['EAST'], password: 'temporary-li-01' },
      { username: 'wang.sup', displayName: '王督办', role: 'supervisor', township: 'DONGSHENG', password: 'temporary-wang-1' },
      { username: 'bei.clerk', displayName: '贝文书', role: 'clerk', township: 'BEISHAN', password: 'temporary-bei-01' },
    ]) {
      assert.equal((await adminCall(hub, 'POST', '/v1/admin/accounts', account)).status, 201);
    }
    browser = await launchChromium();
  }, 300_000); // a hub, two kiosks and three accounts on a shared 2-core machine
  afterAll(() => closeConsoleTest(contexts, browser, hub));

  let clerk: Page;

  test('the clerk takes in and answers (办结) the application a kiosk filed, and takes in the complaint', async () => {
    clerk = await loggedIn('li.clerk', 'temporary-li-01');
    await clerk.locator(`tr[data-case="${complaint}"]`).waitFor();
    assert.equal(await clerk.locator(`tr[data-case="${northCase}"]`).count(), 0, 'another township\'s case is absent');
    await clerk.getByRole('link', { name: formatCaseNumber(application) }).click();
    await clerk.getByRole('heading', { name: /最低生活保障申请/ }).waitFor();
    assert.doesNotMatch(await clerk.locator('.details').innerText(), /dibao|事项编码/, 'the title names the item; its catalog code is not shown');
    await clerk.getByRole('button', { name: '受理', exact: true }).click();
    await clerk.getByRole('status').getByText('已受理：已受理').waitFor();
    await clerk.getByLabel(/给申请人的答复/).fill('低保申请已审批通过，请于下月起查收');
    await clerk.getByRole('button', { name: '办结' }).click();
    await clerk.locator('[data-status]').getByText('已办结').waitFor();
    assert.match(await clerk.locator('.steps').innerText(), /已办结[^\n]*li\.clerk[\s\S]*答复：低保申请已审批通过/);
    const seen = await signedCall(hub, east, 'POST', '/v1/cases/lookup', { body: { by: 'number', caseNumber: application, queryCode: '12345678' } });
    assert.deepEqual([seen.json.cases[0].status, seen.json.cases[0].steps.at(-1).reply], ['已办结', '低保申请已审批通过，请于下月起查收'], 'the resident reads it at the kiosk');

    await clerk.getByRole('link', { name: '办件', exact: true }).click();
    await clerk.getByRole('link', { name: formatCaseNumber(complaint) }).click();
    await clerk.getByRole('heading', { name: /投诉/ }).waitFor();
    await clerk.getByRole('button', { name: '受理', exact: true }).click();
    await clerk.getByRole('status').getByText('已受理：已受理').waitFor();
    assert.match(await clerk.locator('.clock').innerText(), /剩余 \d 个工作日|今日到期/);
    await clerk.screenshot({ path: join(shots, '1-clerk-complaint-taken-in.png'), fullPage: true });
    await clerk.getByRole('button', { name: 'English' }).click();
    await clerk.getByRole('button', { name: 'Transfer', exact: true }).waitFor();
    await clerk.screenshot({ path: join(shots, '1b-clerk-complaint-en.png'), fullPage: true });
    await clerk.getByRole('button', { name: '中文' }).click();
    await clerk.getByRole('heading', { name: /投诉/ }).waitFor();
  });

  test('the clerk opens the 整改 from the list: the rating with its reasons and words, and the linked case, and answers it', async () => {
    await clerk.getByRole('link', { name: '整改', exact: true }).click();
    await clerk.getByRole('heading', { name: '好差评整改' }).waitFor();
    const row = clerk.locator(`tr[data-rectification="${rectificationId}"]`);
    await row.waitFor();
    assert.match(await row.innerText(), /非常不满意：服务态度差、多次跑动[\s\S]*dibao[\s\S]*EAST[\s\S]*待核实[\s\S]*剩余 5 个工作日/);
    assert.match(await row.innerText(), new RegExp(`${formatCaseNumber(application)} 最低生活保障申请`), 'the case number as receipts print it');
    await clerk.screenshot({ path: join(shots, '2-rectification-list.png'), fullPage: true });
    await row.getByRole('link', { name: rectificationId }).click();
    await clerk.getByRole('heading', { name: `整改 ${rectificationId}` }).waitFor();
    const rating = await clerk.locator('.details.rating').innerText();
    assert.match(rating, /非常不满意[\s\S]*服务态度差、多次跑动[\s\S]*跑了三趟才收材料/);
    assert.equal(await clerk.getByRole('link', { name: new RegExp(`${formatCaseNumber(application)} 最低生活保障申请`) }).count(), 1);

    // 核实 with nothing written is refused by the hub, and the page says why.
    await clerk.getByRole('button', { name: '记录核实情况' }).click();
    await clerk.getByRole('alert').getByText('这一步需要填写说明').waitFor();
    const note = clerk.getByLabel(/说明/);
    await note.fill('经查，窗口首次未一次性告知所需材料');
    await clerk.getByRole('button', { name: '记录核实情况' }).click();
    await clerk.locator('[data-state]').getByText('整改中').waitFor();
    await note.fill('对窗口人员进行一次性告知制度培训，材料清单张贴上墙');
    await clerk.getByRole('button', { name: '记录整改措施' }).click();
    await clerk.locator('[data-state]').getByText('待回访').waitFor();
    await note.fill('电话回访，居民认可整改');
    await clerk.getByLabel('基本满意').check();
    await clerk.getByRole('button', { name: '记录回访结果' }).click();
    await clerk.locator('[data-state]').getByText('待审核').waitFor();
    assert.equal(await clerk.locator('.rectification-actions').count(), 0, 'the clerk waits for the supervisor');
    assert.match(await clerk.locator('.steps').innerText(), /核实 → 整改中[^\n]*li\.clerk（办事员）[\s\S]*居民评价：基本满意[\s\S]*电话回访，居民认可整改/);
    await clerk.screenshot({ path: join(shots, '3-clerk-answered.png'), fullPage: true });
  });

  let supervisor: Page;

  test('two weeks later the supervisor sees the complaint overdue, first in the queue and under 只看超期, and 督办s it', async () => {
    clockOffset = 14 * DAY_MS; // ten working days: past a demand's five
    supervisor = await loggedIn('wang.sup', 'temporary-wang-1');
    const first = supervisor.locator('tr[data-case]').first();
    await first.waitFor();
    assert.equal(await first.getAttribute('data-case'), complaint, 'the overdue case is at the top');
    assert.match(await first.innerText(), /投诉[\s\S]*已受理[\s\S]*超期 \d+ 个工作日/);
    assert.equal(await supervisor.locator(`tr[data-case="${northCase}"]`).count(), 0);
    await supervisor.getByLabel('只看超期').check();
    await supervisor.waitForFunction((number) => [...document.querySelectorAll('tr[data-case]')].map((tr) => tr.getAttribute('data-case')).join() === number, complaint);
    await supervisor.screenshot({ path: join(shots, '4-supervisor-overdue.png'), fullPage: true });
    await supervisor.getByRole('link', { name: formatCaseNumber(complaint) }).click();
    await supervisor.getByRole('heading', { name: /投诉/ }).waitFor();
    assert.match(await supervisor.locator('.clock').innerText(), /超期 \d+ 个工作日/);
    await supervisor.getByLabel(/督办意见/).fill('已超期，请三日内办结并回复群众');
    await supervisor.getByRole('button', { name: '督办', exact: true }).click();
    await supervisor.locator('.supervised-mark').getByText(/督办/).waitFor();
    assert.match(await supervisor.locator('.steps').innerText(), /已超期，请三日内办结并回复群众/);
    await supervisor.screenshot({ path: join(shots, '5-supervised.png'), fullPage: true });
    await supervisor.getByRole('button', { name: 'English' }).click();
    await supervisor.getByRole('button', { name: 'Supervise', exact: true }).waitFor();
    await supervisor.screenshot({ path: join(shots, '5b-supervised-en.png'), fullPage: true });
    await supervisor.getByRole('button', { name: '中文' }).click();
  });

  test('the township supervisor finds the 整改 waiting for review and closes it', async () => {
    await supervisor.getByRole('link', { name: '整改', exact: true }).click();
    const row = supervisor.locator(`tr[data-rectification="${rectificationId}"]`);
    await row.waitFor();
    assert.match(await row.innerText(), /待审核/);
    await row.getByRole('link', { name: rectificationId }).click();
    await supervisor.getByRole('button', { name: '办结' }).click();
    await supervisor.locator('[data-state]').getByText('已办结').waitFor();
    assert.equal(await supervisor.locator('.rectification-actions').count(), 0, 'a closed 整改 offers nothing');
    assert.match(await supervisor.locator('.steps').innerText(), /办结 → 已办结[^\n]*wang\.sup（督办员）/);
    await supervisor.screenshot({ path: join(shots, '6-supervisor-closed.png'), fullPage: true });
    const page = await adminCall(hub, 'GET', `/v1/workbench/rectifications/${rectificationId}`);
    assert.deepEqual([page.json.state, page.json.rating.level, page.json.rating.reasons], ['已办结', 1, ['服务态度差', '多次跑动']], 'the rating is as the resident gave it');
  });

  /** The figures of the day the cases were filed, as the statistics page shows them. */
  async function statisticsOfFiledDay(page: Page): Promise<{ totals: string; sites: string[] }> {
    await page.getByRole('link', { name: '统计' }).click();
    await page.getByRole('table', { name: '合计（表）' }).waitFor();
    await page.getByLabel('统计周期').selectOption('day');
    await page.getByLabel('日期').fill(filedDay);
    await page.getByText(`${filedDay} 至 ${filedDay}（Asia/Shanghai）`).waitFor();
    return {
      totals: await page.getByRole('table', { name: '合计（表）' }).innerText(),
      sites: await page.getByRole('table', { name: '各站点（表）' }).locator('tbody th').allTextContents(),
    };
  }

  test('the statistics of the filing day show the counts, and the CSV holds the same numbers', async () => {
    const { totals, sites } = await statisticsOfFiledDay(supervisor);
    assert.match(totals, /收件\s+2\n/);
    assert.match(totals, /办结\s+1\n/);
    assert.match(totals, /超期\s+1\n/, 'the complaint, past its limit and still open');
    assert.match(totals, /差评\s+1/);
    assert.deepEqual(sites, ['EAST']);
    const bad = await supervisor.getByRole('table', { name: '差评及整改状态（表）' }).locator('tbody tr').allInnerTexts();
    assert.deepEqual(bad.map((r) => r.split('\t')), [['EAST', '已办结', '1']]);
    const days = supervisor.locator('section[data-table="days"] svg.console-plot');
    await days.waitFor();
    assert.doesNotMatch((await days.textContent()) ?? '', /⚠/, 'Plot drew the one day\'s three figures without a warning sign');
    await supervisor.screenshot({ path: join(shots, '7-statistics-day.png'), fullPage: true });
    const [download] = await Promise.all([supervisor.waitForEvent('download'), supervisor.getByRole('link', { name: '下载 CSV' }).click()]);
    const lines = readFileSync((await download.path())!).subarray(3).toString('utf8').split('\r\n');
    for (const [figure, value] of [['收件', 2], ['办结', 1], ['超期', 1], ['差评', 1]] as const) assert.ok(lines.includes(`"${figure}",${value}`), `the CSV's ${figure} is the page's ${value}`);
    assert.ok(lines.includes('"EAST","已办结",1'), 'and its bad rating with the 整改 closed');
  });

  test('a clerk of another township sees none of it: not the cases, not the 整改, not in the statistics', async () => {
    const other = await loggedIn('bei.clerk', 'temporary-bei-01');
    await other.locator(`tr[data-case="${northCase}"]`).waitFor();
    assert.deepEqual(await other.locator('tr[data-case]').evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-case'))), [northCase], 'only the own township\'s case');
    await other.goto(`${hub.url}/console/#/case/${application}`);
    await other.getByRole('alert').getByText('找不到该办件（或不在您的站点范围内）').waitFor();
    assert.doesNotMatch(await other.locator('main').innerText(), /最低生活保障申请|张\*民/);
    await other.goto(`${hub.url}/console/#/rectifications`);
    await other.getByText('没有符合条件的整改。').waitFor();
    await other.goto(`${hub.url}/console/#/rectification/${rectificationId}`);
    await other.getByRole('alert').getByText('找不到该整改（或不在您的站点范围内）').waitFor();
    const { totals, sites } = await statisticsOfFiledDay(other);
    assert.deepEqual(sites, ['NORTH'], 'the own site\'s figures only');
    assert.match(totals, /收件\s+1\n/);
    assert.match(totals, /办结\s+0\n/);
    assert.match(totals, /差评\s+0/);
    assert.equal(await other.getByRole('table', { name: '差评及整改状态（表）' }).count(), 0, 'no bad rating to list');
    await other.screenshot({ path: join(shots, '8-other-township-statistics.png'), fullPage: true });
  });

  test('no CSP violation happened on any page', () => {
    assert.deepEqual(cspViolations, []);
  });
});
