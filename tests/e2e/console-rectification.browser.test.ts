// A bad rating's 整改 in the console (issue 23), in a real Chromium against a hub on PGlite: a
// signed, enrolled kiosk delivers a case and then the resident's 非常不满意 rating of it; the hub
// opens its 整改. The site's clerk finds it in the list, sees the rating as given (reasons and
// words) and the linked case, records 核实, 整改措施 and the 回访 result; the township supervisor
// finds it waiting for review and closes it. A clerk of another township sees none of it. Every
// page runs under the hub's CSP. Screenshots go to $CONSOLE_SHOTS (default: the OS temp dir).
import { describe, test, beforeAll, afterAll } from 'vitest';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from '../support/chromium.ts';
import { consolePage, logInToConsole } from '../support/console-page.ts';
import { startCentral, type RunningCentral } from '../../central/server.ts';
import { adminCall, enrollTerminal, sendBatch } from '../central/helpers/hub.ts';
import { applicationItem, caseNumberOf, ratingItem } from '../central/suites/case-items.ts';
import { formatCaseNumber } from '../../shared/contract/cases.ts';

const shots = process.env.CONSOLE_SHOTS ?? join(tmpdir(), 'console-rectification-shots');

describe('好差评 整改 in Chromium', () => {
  let hub: RunningCentral;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const cspViolations: string[] = [];
  const eastCase = caseNumberOf(1, 1);
  let rectificationId = '';

  async function loggedIn(username: string, password: string): Promise<Page> {
    const page = await consolePage(browser, cspViolations, { viewport: { width: 1280, height: 900 } });
    contexts.push(page.context());
    await logInToConsole(page, hub.url, username, password);
    await page.getByRole('heading', { name: '请设置您自己的密码' }).waitFor();
    await page.getByLabel('临时密码').fill(password);
    await page.getByLabel('新密码', { exact: true }).fill(`${password}-own`);
    await page.getByLabel('再次输入新密码').fill(`${password}-own`);
    await page.getByRole('button', { name: '保存新密码' }).click();
    await page.getByRole('link', { name: '整改', exact: true }).click();
    await page.getByRole('heading', { name: '好差评整改' }).waitFor();
    return page;
  }

  beforeAll(async () => {
    mkdirSync(shots, { recursive: true });
    hub = await startCentral({ port: 0, inMemory: true, logLevel: 'silent' });
    const east = await enrollTerminal(hub, 'EAST');
    await enrollTerminal(hub, 'NORTH');
    assert.equal((await sendBatch(hub, east, [applicationItem(eastCase)])).status, 200);
    const rating = ratingItem({ type: 'case', caseNumber: eastCase }, 1, ['服务态度差', '多次跑动'], '跑了三趟才收材料');
    assert.deepEqual((await sendBatch(hub, east, [rating])).json.accepted, [rating.id]);
    const opened = (await adminCall(hub, 'GET', '/v1/workbench/rectifications')).json.items;
    assert.equal(opened.length, 1, 'the bad rating opened its 整改 as it arrived');
    rectificationId = opened[0].id;
    assert.equal((await adminCall(hub, 'PUT', '/v1/admin/townships/DONGSHENG', { sites: ['EAST', 'WEST'] })).status, 200);
    for (const account of [
      { username: 'li.clerk', displayName: '李文书', role: 'clerk', sites: ['EAST'], password: 'temporary-li-01' },
      { username: 'wang.sup', displayName: '王督办', role: 'supervisor', township: 'DONGSHENG', password: 'temporary-wang-1' },
      { username: 'bei.clerk', displayName: '贝文书', role: 'clerk', sites: ['NORTH'], password: 'temporary-bei-01' },
    ]) {
      assert.equal((await adminCall(hub, 'POST', '/v1/admin/accounts', account)).status, 201);
    }
    browser = await launchChromium();
  }, 300_000); // a hub, two kiosks and three accounts on a shared 2-core machine
  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await hub?.close();
  });

  test('the clerk opens the 整改 from the list: the rating with its reasons and words, and the linked case', async () => {
    const clerk = await loggedIn('li.clerk', 'temporary-li-01');
    const row = clerk.locator(`tr[data-rectification="${rectificationId}"]`);
    await row.waitFor();
    assert.match(await row.innerText(), /非常不满意：服务态度差、多次跑动[\s\S]*dibao[\s\S]*EAST[\s\S]*待核实[\s\S]*剩余 5 个工作日/);
    assert.match(await row.innerText(), new RegExp(`${formatCaseNumber(eastCase)} 最低生活保障申请`), 'the case number as receipts print it');
    await clerk.screenshot({ path: join(shots, '1-rectification-list.png'), fullPage: true });
    await row.getByRole('link', { name: rectificationId }).click();
    await clerk.getByRole('heading', { name: `整改 ${rectificationId}` }).waitFor();
    const rating = await clerk.locator('.details.rating').innerText();
    assert.match(rating, /非常不满意[\s\S]*服务态度差、多次跑动[\s\S]*跑了三趟才收材料/);
    assert.equal(await clerk.getByRole('link', { name: new RegExp(`${formatCaseNumber(eastCase)} 最低生活保障申请`) }).count(), 1);

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
    await clerk.screenshot({ path: join(shots, '2-clerk-answered.png'), fullPage: true });
  });

  test('the township supervisor finds it waiting for review and closes it; a clerk of another township sees none', async () => {
    const supervisor = await loggedIn('wang.sup', 'temporary-wang-1');
    const row = supervisor.locator(`tr[data-rectification="${rectificationId}"]`);
    await row.waitFor();
    assert.match(await row.innerText(), /待审核/);
    await row.getByRole('link', { name: rectificationId }).click();
    await supervisor.getByRole('button', { name: '办结' }).click();
    await supervisor.locator('[data-state]').getByText('已办结').waitFor();
    assert.equal(await supervisor.locator('.rectification-actions').count(), 0, 'a closed 整改 offers nothing');
    assert.match(await supervisor.locator('.steps').innerText(), /办结 → 已办结[^\n]*wang\.sup（督办员）/);
    await supervisor.screenshot({ path: join(shots, '3-supervisor-closed.png'), fullPage: true });
    const page = await adminCall(hub, 'GET', `/v1/workbench/rectifications/${rectificationId}`);
    assert.deepEqual([page.json.state, page.json.rating.level, page.json.rating.reasons], ['已办结', 1, ['服务态度差', '多次跑动']], 'the rating is as the resident gave it');

    const other = await loggedIn('bei.clerk', 'temporary-bei-01');
    await other.getByText('没有符合条件的整改。').waitFor();
    await other.goto(`${hub.url}/console/#/rectification/${rectificationId}`);
    await other.getByRole('alert').getByText('找不到该整改（或不在您的站点范围内）').waitFor();
  });

  test('no CSP violation happened on any 整改 page', () => {
    assert.deepEqual(cspViolations, []);
  });
});
