// The statistics page in a real Chromium (issue 23), under the hub's CSP: a township's supervisor
// opens 统计, sees this month's counts of the kiosks' visits, each chart drawing exactly its
// table's numbers, and downloads the CSV, whose rows are the page's.
import { describe, test, beforeAll, afterAll } from 'vitest';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from '../support/chromium.ts';
import { consolePage, logInToConsole } from '../support/console-page.ts';
import { startCentral, type RunningCentral } from '../../central/server.ts';
import { adminCall, enrollTerminal, sendBatch } from '../central/helpers/hub.ts';
import { applicationItem, caseNumberOf, queueTicketItem } from '../central/suites/case-items.ts';
import { zonedDay } from '../../config/zoned-time.ts';

const shots = process.env.CONSOLE_SHOTS ?? join(tmpdir(), 'console-statistics-shots');

describe('the statistics page in Chromium', () => {
  let hub: RunningCentral;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const cspViolations: string[] = [];

  beforeAll(async () => {
    mkdirSync(shots, { recursive: true });
    hub = await startCentral({ port: 0, inMemory: true, logLevel: 'silent' });
    const east = await enrollTerminal(hub, 'EAST');
    const west = await enrollTerminal(hub, 'WEST');
    // EAST: one visit with two tickets and an application; WEST: one visit with a ticket.
    const visit = (items: ReturnType<typeof queueTicketItem>[]) => items.map((item, seq) => ({ ...item, sessionId: items[0]!.sessionId, seq }));
    assert.equal((await sendBatch(hub, east, visit([queueTicketItem('A001', 'EAST'), queueTicketItem('A002', 'EAST'), applicationItem(caseNumberOf(1, 1))]))).status, 200);
    assert.equal((await sendBatch(hub, west, visit([queueTicketItem('B001', 'WEST')]))).status, 200);
    assert.equal((await adminCall(hub, 'PUT', '/v1/admin/townships/DONGSHENG', { sites: ['EAST', 'WEST'] })).status, 200);
    const created = await adminCall(hub, 'POST', '/v1/admin/accounts', { username: 'wang.sup', displayName: '王督办', role: 'supervisor', township: 'DONGSHENG', sites: [], password: 'temporary-wang-1' });
    assert.equal(created.status, 201);
    browser = await launchChromium();
    page = await consolePage(browser, cspViolations, { viewport: { width: 1280, height: 900 }, acceptDownloads: true });
    context = page.context();
  }, 300_000); // a hub and two kiosks on a shared 2-core machine
  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await hub?.close();
  });

  test('the supervisor sees the month\'s counts, each chart matches its table, and the CSV holds the same rows', async () => {
    await logInToConsole(page, hub.url, 'wang.sup', 'temporary-wang-1');
    await page.getByLabel('临时密码').fill('temporary-wang-1');
    await page.getByLabel('新密码', { exact: true }).fill('wang-own-password-2');
    await page.getByLabel('再次输入新密码').fill('wang-own-password-2');
    await page.getByRole('button', { name: '保存新密码' }).click();
    await page.getByRole('link', { name: '统计' }).click();

    const services = page.getByRole('table', { name: '各项服务的访问与业务量（表）' });
    await services.waitFor();
    const rows = await services.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((cell) => cell.textContent)));
    assert.deepEqual(rows, [
      ['取号排队', '2', '3'],
      ['事项办理', '1', '1'],
    ]);
    const totals = await page.getByRole('table', { name: '合计（表）' }).innerText();
    assert.match(totals, /访问人次\s+2\n/);
    assert.match(totals, /收件\s+1\n/);

    // Every chart (Observable Plot's SVG) draws its table's numbers: bars the value column, bar for
    // bar with the value written at its end; the days' chart a dot per day and column.
    for (const section of await page.locator('section.statistic').all()) {
      const id = await section.getAttribute('data-table');
      const table = await section.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((cell) => cell.textContent ?? '')));
      const chart = section.locator('svg.console-plot');
      if (id === 'totals' || table.length === 0) {
        assert.equal(await chart.count(), 0, `${id}: the totals are a table only, and no figures no chart`);
        continue;
      }
      await chart.waitFor();
      assert.match((await chart.getAttribute('aria-label')) ?? '', /（图）$/, `${id}: the chart is named for screen readers`);
      assert.ok(await chart.getAttribute('aria-description'), `${id}: and described`);
      assert.equal(await chart.getAttribute('role'), 'img');
      if (id === 'days') {
        const columns = await section.locator('thead th').allTextContents();
        const dots = await chart.locator('.chart-dots circle').evaluateAll((cs) => cs.map((c) => c.getAttribute('aria-label')));
        assert.deepEqual(dots, columns.slice(1).flatMap((column, c) => table.map((row) => `${column} ${row[0]}: ${row[c + 1]}`)), 'a dot per day and series');
        assert.deepEqual(await section.locator('.console-plot-swatch').allTextContents(), columns.slice(1), 'the legend names each line');
        continue;
      }
      const bars = await chart.locator('.chart-bars rect').evaluateAll((rs) => rs.map((r) => r.getAttribute('aria-label') ?? ''));
      const written = await chart.locator('.chart-values text').allTextContents();
      assert.equal(bars.length, table.length, `one bar per row in ${id}`);
      for (const [i, bar] of bars.entries()) {
        const [label, value] = [bar.slice(0, bar.lastIndexOf(': ')), bar.slice(bar.lastIndexOf(': ') + 2)];
        assert.ok(table[i]!.includes(value), `bar ${bar} shows a number of its row ${table[i]!.join(' ')}`);
        assert.ok(label.startsWith(table[i]![0]!), `bar ${label} names row ${table[i]![0]}`);
        assert.equal(written[i], value, `the bar ${label} has its value written as text`);
      }
      assert.ok((await chart.locator('text').allTextContents()).includes(table[0]![0]!), `${id}: the labels are SVG text`);
    }
    const days = await page.getByRole('table', { name: '逐日业务量、收件与办结（表）' }).locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((cell) => cell.textContent)));
    const today = days.find((row) => row[0] === zonedDay(new Date(), 'Asia/Shanghai'));
    assert.deepEqual(today, [today![0], '4', '1', '0'], 'today: the four transactions and the application received');
    assert.equal(days.reduce((n, row) => n + Number(row[1]), 0), 4, 'no transaction on any other day');
    await page.screenshot({ path: join(shots, 'statistics-zh.png'), fullPage: true });
    const sites = await page.getByRole('table', { name: '各站点（表）' }).locator('tbody th').allTextContents();
    assert.deepEqual(sites, ['EAST', 'WEST']);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: '下载 CSV' }).click()]);
    const bytes = readFileSync((await download.path())!);
    assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'a BOM, so Excel reads UTF-8');
    const lines = bytes.subarray(3).toString('utf8').split('\r\n');
    for (const row of rows) assert.ok(lines.includes(`"${row[0]}",${row[1]},${row[2]}`), `the CSV has the page's row ${row.join(',')}`);
    for (const row of days) assert.ok(lines.includes(`"${row[0]}",${row.slice(1).join(',')}`), `the CSV has the page's day ${row.join(',')}`);
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('table', { name: 'Transactions, cases received and closed per day (table)' }).waitFor();
    await page.locator('section[data-table="days"] svg.console-plot').waitFor();
    await page.screenshot({ path: join(shots, 'statistics-en.png'), fullPage: true });
    assert.deepEqual(cspViolations, []);
  });
});
