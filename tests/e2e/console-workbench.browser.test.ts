// A clerk's day in the console (issue 23), in a real Chromium against a hub on PGlite: the clerk
// logs in with the temporary password the admin gave, must choose their own, sees only their
// site's cases (names and phones masked), opens one (查看 shows them), takes it in (受理), replies and closes it
// (办结), and the resident's kiosk then reads the new status and the reply. A township's supervisor
// sees both of its sites' cases but no action buttons; an auditor sees no buttons and the hub
// refuses (403) the change even when the page is bypassed. Every page runs under the hub's CSP.
// Screenshots of each screen go to $CONSOLE_SHOTS (default: the OS temp dir) for a person to read.
import { describe, test, beforeAll, afterAll } from 'vitest';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from '../support/chromium.ts';
import { consolePage, logInToConsole } from '../support/console-page.ts';
import { zonedDay } from '../../config/zoned-time.ts';
import { startCentral, type RunningCentral } from '../../central/server.ts';
import { adminCall, enrollTerminal, signedCall, type TestTerminal } from '../central/helpers/hub.ts';
import { applicationItem, caseNumberOf, demandItem } from '../central/suites/case-items.ts';
import { formatCaseNumber } from '../../shared/contract/cases.ts';

const shots = process.env.CONSOLE_SHOTS ?? join(tmpdir(), 'console-workbench-shots');

describe('the 办件 workbench in Chromium', () => {
  let hub: RunningCentral;
  let east: TestTerminal;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const cspViolations: string[] = [];
  const eastCase = caseNumberOf(1, 1);
  const westCase = caseNumberOf(2, 1);
  const northCase = caseNumberOf(3, 1);

  async function newPage(): Promise<Page> {
    const page = await consolePage(browser, cspViolations);
    contexts.push(page.context());
    return page;
  }

  async function logIn(page: Page, username: string, password: string): Promise<void> {
    await logInToConsole(page, hub.url, username, password);
  }

  /** The first-login screen: the temporary password, then the user's own, twice. */
  async function chooseOwnPassword(page: Page, temporary: string, own: string): Promise<void> {
    await page.getByLabel('临时密码').fill(temporary);
    await page.getByLabel('新密码', { exact: true }).fill(own);
    await page.getByLabel('再次输入新密码').fill(own);
    await page.getByRole('button', { name: '保存新密码' }).click();
  }

  const makeAccount = async (body: Record<string, unknown>) => assert.equal((await adminCall(hub, 'POST', '/v1/admin/accounts', body)).status, 201);

  beforeAll(async () => {
    mkdirSync(shots, { recursive: true });
    hub = await startCentral({ port: 0, inMemory: true, logLevel: 'silent' });
    east = await enrollTerminal(hub, 'EAST');
    const west = await enrollTerminal(hub, 'WEST');
    const north = await enrollTerminal(hub, 'NORTH');
    const send = (t: TestTerminal, item: unknown) => signedCall(hub, t, 'POST', '/v1/transactions/batch', { body: { items: [item] } });
    assert.equal((await send(east, applicationItem(eastCase))).status, 200);
    assert.equal((await send(west, demandItem(westCase))).status, 200);
    assert.equal((await send(north, demandItem(northCase))).status, 200);
    assert.equal((await adminCall(hub, 'PUT', '/v1/admin/townships/DONGSHENG', { sites: ['EAST', 'WEST'] })).status, 200);
    await makeAccount({ username: 'li.clerk', displayName: '李文书', role: 'clerk', sites: ['EAST'], password: 'temporary-li-01' });
    await makeAccount({ username: 'wang.sup', displayName: '王督办', role: 'supervisor', township: 'DONGSHENG', password: 'temporary-wang-1' });
    await makeAccount({ username: 'zhao.audit', displayName: '赵审计', role: 'auditor', sites: ['EAST'], password: 'temporary-zhao-1' });
    browser = await launchChromium();
  }, 300_000); // a hub, three kiosks and three accounts on a shared 2-core machine
  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await hub?.close();
  });

  let clerk: Page;

  test('the clerk must change the temporary password first, then sees only the own site\'s cases, masked', async () => {
    clerk = await newPage();
    await logIn(clerk, 'li.clerk', 'temporary-li-01');
    await clerk.getByRole('heading', { name: '请设置您自己的密码' }).waitFor();
    await clerk.screenshot({ path: join(shots, '1-change-password.png') });
    assert.equal(await clerk.getByText(formatCaseNumber(eastCase)).count(), 0, 'no case before the password is the clerk\'s own');
    await chooseOwnPassword(clerk, 'temporary-li-01', 'li-own-password-2');
    const row = clerk.locator(`tr[data-case="${eastCase}"]`);
    await row.waitFor();
    const text = await row.innerText();
    assert.match(text, /最低生活保障申请/);
    assert.match(text, /张\*民 · 尾号5678/);
    assert.match(text, /已接件/);
    assert.match(text, /剩余 \d 个工作日|今日到期/);
    const page = await clerk.locator('main').innerText();
    assert.doesNotMatch(page, /张三民|13912345678/, 'no full name or phone in the list');
    assert.equal(await clerk.locator(`tr[data-case="${westCase}"], tr[data-case="${northCase}"]`).count(), 0, 'other sites\' cases are absent');
    assert.equal(await clerk.getByRole('link', { name: '终端' }).count(), 0, 'the fleet pages (终端, in the Chinese nav) are the admin\'s');
    await clerk.screenshot({ path: join(shots, '2-case-queue.png'), fullPage: true });
  });

  test('the clerk opens the case (in full after 查看), takes it in, then replies and closes it; each step names the clerk', async () => {
    await clerk.getByRole('link', { name: formatCaseNumber(eastCase) }).click();
    await clerk.getByRole('heading', { name: /最低生活保障申请/ }).waitFor();
    assert.doesNotMatch(await clerk.locator('.details').innerText(), /张三民|13912345678/, 'masked until the clerk presses 查看');
    await clerk.getByRole('button', { name: '查看' }).click();
    await clerk.locator('.revealed').waitFor();
    assert.match(await clerk.locator('.details').innerText(), /张三民[\s\S]*13912345678/, 'the clerk handling it sees the name and phone');
    await clerk.screenshot({ path: join(shots, '3-case-page.png'), fullPage: true });
    await clerk.getByRole('button', { name: '受理', exact: true }).click();
    await clerk.getByRole('status').getByText('已受理：已受理').waitFor();
    assert.match(await clerk.locator('.steps').innerText(), /已受理[^\n]*li\.clerk（办事员）/);
    await clerk.getByRole('button', { name: '办结' }).click();
    await clerk.getByRole('alert').getByText('请填写给申请人的答复').waitFor();
    await clerk.getByLabel(/给申请人的答复/).fill('低保申请已审批通过，请于下月起查收');
    await clerk.getByRole('button', { name: '办结' }).click();
    await clerk.locator('[data-status]').getByText('已办结').waitFor();
    assert.equal(await clerk.locator('.case-actions button').count(), 0, 'a closed case offers no action');
    assert.match(await clerk.locator('.steps').innerText(), /已办结[^\n]*li\.clerk[\s\S]*答复：低保申请已审批通过/);
    await clerk.screenshot({ path: join(shots, '4-case-closed.png'), fullPage: true });
    // What the resident reads at the kiosk: the hub's progress data, not the page.
    const seen = await signedCall(hub, east, 'POST', '/v1/cases/lookup', { body: { by: 'number', caseNumber: eastCase, queryCode: '12345678' } });
    assert.equal(seen.json.cases[0].status, '已办结');
    assert.equal(seen.json.cases[0].steps.at(-1).reply, '低保申请已审批通过，请于下月起查收');
  });

  test('the clerk finds a case by the phone\'s last 4 digits (only in the own sites), and reads the queue in English', async () => {
    await clerk.getByRole('link', { name: '办件', exact: true }).click();
    const search = clerk.getByRole('search');
    await search.getByLabel(/手机尾号/).fill('1111'); // the WEST demand's callback phone: not the clerk's
    await search.getByRole('button', { name: '搜索' }).click();
    await clerk.getByText('没有符合条件的办件。').waitFor();
    await search.getByLabel(/手机尾号/).fill('5678');
    await search.getByRole('button', { name: '搜索' }).click();
    await clerk.locator(`tr[data-case="${eastCase}"]`).waitFor();
    assert.equal(await clerk.locator('tr[data-case]').count(), 1);
    assert.match(await clerk.locator('.pager').innerText(), /第 1 页，共 1 页（1 件）/);
    await clerk.getByRole('button', { name: 'English' }).click();
    await clerk.getByRole('heading', { name: 'Cases' }).waitFor();
    assert.match(await clerk.locator(`tr[data-case="${eastCase}"]`).innerText(), /application[\s\S]*closed/);
    assert.match(await clerk.locator('.pager').innerText(), /Page 1 of 1 \(1 case\)/);
    await clerk.screenshot({ path: join(shots, '4b-search-english.png'), fullPage: true });
    await clerk.getByRole('button', { name: '中文' }).click();
    await clerk.getByRole('heading', { name: '办件' }).waitFor();
  });

  test('the township supervisor sees both of its sites\' cases, not another township\'s, and no action buttons', async () => {
    const supervisor = await newPage();
    await logIn(supervisor, 'wang.sup', 'temporary-wang-1');
    await chooseOwnPassword(supervisor, 'temporary-wang-1', 'wang-own-password');
    await supervisor.locator(`tr[data-case="${westCase}"]`).waitFor();
    assert.equal(await supervisor.locator(`tr[data-case="${eastCase}"]`).count(), 1);
    assert.equal(await supervisor.locator(`tr[data-case="${northCase}"]`).count(), 0);
    await supervisor.screenshot({ path: join(shots, '5-supervisor-queue.png'), fullPage: true });
    await supervisor.getByRole('link', { name: formatCaseNumber(westCase) }).click();
    await supervisor.getByRole('heading', { name: /投诉/ }).waitFor();
    assert.match(await supervisor.locator('main').innerText(), /已脱敏/);
    assert.equal(await supervisor.locator('.case-actions').count(), 0);
    // 督办 with a day: the case is marked with that day, on its page and in the queue.
    const dueDay = zonedDay(new Date(), 'Asia/Shanghai');
    await supervisor.getByLabel(/督办意见/).fill('群众反映较急，请尽快办结');
    await supervisor.getByLabel(/要求办结日期/).fill(dueDay);
    await supervisor.getByRole('button', { name: '督办', exact: true }).click();
    await supervisor.locator('.supervised-mark').getByText(`督办 · 限 ${dueDay} 前`).waitFor();
    await supervisor.screenshot({ path: join(shots, '5b-supervised-case.png'), fullPage: true });
  });

  test('an auditor sees the case without buttons, and the hub refuses (403) a change sent around the page', async () => {
    const auditor = await newPage();
    await logIn(auditor, 'zhao.audit', 'temporary-zhao-1');
    await chooseOwnPassword(auditor, 'temporary-zhao-1', 'zhao-own-password');
    await auditor.getByRole('link', { name: formatCaseNumber(eastCase) }).click();
    await auditor.locator('[data-status]').getByText('已办结').waitFor();
    assert.equal(await auditor.locator('.case-actions').count(), 0);
    assert.doesNotMatch(await auditor.locator('.details').innerText(), /张三民|13912345678/, 'masked for an auditor');
    await auditor.screenshot({ path: join(shots, '6-auditor-case.png'), fullPage: true });
    // As a script on the page would: the session's CSRF token, then the change the page never offers.
    const sendAround = (caseNumber: string) =>
      auditor.evaluate(async (number) => {
        const session = await (await fetch('/v1/console/session')).json();
        const headers = { 'content-type': 'application/json', 'x-csrf-token': session.csrfToken };
        return (await fetch(`/v1/workbench/cases/${number}/status`, { method: 'POST', headers, body: '{"status":"办理中"}' })).status;
      }, caseNumber);
    assert.equal(await sendAround(westCase), 404, 'another site\'s case: not even its existence');
    const own = await sendAround(eastCase);
    assert.equal(own, 403);
  });

  test('no CSP violation happened on any workbench page', () => {
    assert.deepEqual(cspViolations, []);
  });
});
