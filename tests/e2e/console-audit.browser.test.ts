// 查看, 转办 and the audit log in a real Chromium against a hub on PGlite (issue 23): a clerk opens a
// case whose personal fields are masked, presses 查看 and reads them in full; hands the case to
// another site (转办) after the page names a missing reason, and no longer has it; an auditor of
// the clerk's site then reads both in the 审计日志, filters it by action, and sees no resident's
// data in it. Every page runs under the hub's CSP. Screenshots go to $CONSOLE_SHOTS (default: the
// OS temp dir) for a person to read.
import { describe, test, beforeAll, afterAll } from 'vitest';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from '../support/chromium.ts';
import { closeConsoleTest, consolePage, logInToConsole } from '../support/console-page.ts';
import { startCentral, type RunningCentral } from '../../central/server.ts';
import { enrollTerminal, sendBatch } from '../central/helpers/hub.ts';
import { accountReady } from '../central/helpers/console-session.ts';
import { applicationItem, caseNumberOf } from '../central/suites/case-items.ts';
import { formatCaseNumber } from '../../shared/contract/cases.ts';

const shots = process.env.CONSOLE_SHOTS ?? join(tmpdir(), 'console-audit-shots');

describe('查看, 转办 and the audit log in Chromium', () => {
  let hub: RunningCentral;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const cspViolations: string[] = [];
  const eastCase = caseNumberOf(1, 1);

  async function loggedIn(username: string, password: string): Promise<Page> {
    const page = await consolePage(browser, cspViolations);
    contexts.push(page.context());
    await logInToConsole(page, hub.url, username, password);
    return page;
  }

  beforeAll(async () => {
    mkdirSync(shots, { recursive: true });
    hub = await startCentral({ port: 0, inMemory: true, logLevel: 'silent' });
    const east = await enrollTerminal(hub, 'EAST');
    await enrollTerminal(hub, 'WEST');
    assert.equal((await sendBatch(hub, east, [applicationItem(eastCase)])).status, 200);
    await accountReady(hub, { username: 'li.clerk', displayName: '李文书', role: 'clerk', sites: ['EAST'] }, 'li-own-password-2');
    await accountReady(hub, { username: 'xi.clerk', displayName: '席文书', role: 'clerk', sites: ['WEST'] }, 'xi-own-password-2');
    await accountReady(hub, { username: 'zhao.audit', displayName: '赵审计', role: 'auditor', sites: ['EAST'] }, 'zhao-own-password');
    browser = await launchChromium();
  }, 300_000); // a hub, two kiosks and three accounts on a shared 2-core machine
  afterAll(() => closeConsoleTest(contexts, browser, hub));

  let clerk: Page;

  test('the clerk\'s case page is masked until 查看, which shows the name and phone', async () => {
    clerk = await loggedIn('li.clerk', 'li-own-password-2');
    await clerk.getByRole('link', { name: formatCaseNumber(eastCase) }).click();
    await clerk.getByRole('heading', { name: /最低生活保障申请/ }).waitFor();
    const masked = await clerk.locator('.details').innerText();
    assert.match(masked, /张\*民[\s\S]*139\*\*\*\*5678/);
    assert.doesNotMatch(masked, /张三民|13912345678/);
    await clerk.getByRole('button', { name: '查看' }).click();
    await clerk.locator('.revealed').waitFor();
    assert.match(await clerk.locator('.details').innerText(), /张三民[\s\S]*13912345678/);
    await clerk.screenshot({ path: join(shots, '1-revealed.png'), fullPage: true });
  });

  test('转办 without a reason is refused with the hub\'s words; with one, the case goes to WEST and leaves the clerk\'s queue', async () => {
    // Sites and clerks are chosen, not typed: WEST is offered, and then WEST's clerk.
    await clerk.getByLabel('转至站点').selectOption('WEST');
    const clerkChoices = await clerk.getByLabel(/指定办事员账号/).locator('option').allInnerTexts();
    assert.deepEqual(clerkChoices, ['不指定', '席文书（xi.clerk）']);
    await clerk.getByRole('button', { name: '转办', exact: true }).click();
    await clerk.getByRole('alert').getByText('请检查填写的内容：转办理由').waitFor();
    assert.match(await clerk.locator('[data-status]').innerText(), /已接件/, 'nothing changed');
    await clerk.getByLabel(/转办理由/).fill('地点属西村辖区');
    await clerk.getByRole('button', { name: '转办', exact: true }).click();
    await clerk.getByRole('heading', { name: '办件' }).waitFor();
    await clerk.getByText(/没有符合条件的办件/).waitFor();
    assert.equal(await clerk.locator(`tr[data-case="${eastCase}"]`).count(), 0, 'the case is WEST\'s now');
    await clerk.screenshot({ path: join(shots, '2-after-transfer.png'), fullPage: true });
  });

  test('the auditor reads the 查看 and the 转办 in the audit log, filters by action, and sees no resident\'s data', async () => {
    const auditor = await loggedIn('zhao.audit', 'zhao-own-password');
    await auditor.getByRole('link', { name: '审计日志' }).click();
    await auditor.getByRole('heading', { name: '审计日志' }).waitFor();
    const reveal = auditor.locator('tr[data-action="case.reveal"]');
    await reveal.waitFor();
    assert.match(await reveal.innerText(), /li\.clerk[\s\S]*查看个人信息[\s\S]*case 00010000001/);
    const transfer = auditor.locator('tr[data-action="case.transfer"]');
    assert.match(await transfer.innerText(), /li\.clerk[\s\S]*转办[\s\S]*"site":"EAST"[\s\S]*"site":"WEST"[\s\S]*地点属西村辖区/);
    const table = await auditor.locator('table.audit').innerText();
    assert.doesNotMatch(table, /张三民|13912345678|login|account\./, 'no resident\'s data; logins and accounts are the admins\'');
    await auditor.screenshot({ path: join(shots, '3-audit-log.png'), fullPage: true });
    await auditor.locator('.filters select').selectOption('case.transfer');
    await auditor.waitForFunction(() => document.querySelectorAll('table.audit tbody tr').length === 1);
    assert.equal(await auditor.locator('tr[data-action="case.transfer"]').count(), 1);
    await auditor.getByLabel('起始日期').fill('2000-01-01');
    await auditor.getByLabel('截止日期').fill('2000-01-02');
    await auditor.getByText('没有符合条件的记录。').waitFor();
  });

  test('no CSP violation happened on any page', () => {
    assert.deepEqual(cspViolations, []);
  });
});
