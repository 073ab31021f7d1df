// `kioskctl cases / case / ratings / rating` as a clerk or admin uses them against a running hub:
// the case list and one case, moving a case on with a reply (and the refusals naming the valid
// choices), the bad ratings with item, site, time, reason and follow-up, and setting a follow-up.
import { describe, test, beforeAll, afterAll } from 'vitest';
import assert from 'node:assert/strict';
import { formatCaseNumber } from '../../shared/contract/cases.ts';
import { enrollTerminal, hubFactory, sendBatch, type HubUnderTest, type TestTerminal } from './helpers/hub.ts';
import { runKioskctl } from './helpers/processes.ts';
import { applicationItem, caseNumberOf, demandItem, ratingItem } from './suites/case-items.ts';

describe('kioskctl cases and ratings', { timeout: 120_000 }, () => {
  let hub: HubUnderTest;
  let terminal: TestTerminal;
  const applied = caseNumberOf(1, 1); // the hub's first terminal is number 1
  const complained = caseNumberOf(1, 2);
  const ctl = (...args: string[]) => runKioskctl(['--url', hub.url, ...args], { CENTRAL_ADMIN_TOKEN: hub.adminToken });

  beforeAll(async () => {
    hub = await hubFactory(() => null)();
    terminal = await enrollTerminal(hub, { siteCode: 'HX-01', siteName: '虎形山瑶族乡' });
    const items = [applicationItem(applied), demandItem(complained), ratingItem({ type: 'case', caseNumber: complained }, 1, '办事效率低', '等了一个月没人管')];
    const sent = await sendBatch(hub, terminal, items);
    assert.equal(sent.status, 200, JSON.stringify(sent.json));
  });
  afterAll(() => hub?.close());

  test('cases lists each case with its status, site and title; --json has the same; a bad --status names the valid ones', async () => {
    const [table, json, bad] = await Promise.all([ctl('cases'), ctl('cases', '--json', '--kind', 'demand'), ctl('cases', '--status', 'done')]);
    assert.equal(table.code, 0, table.stderr);
    const line = table.stdout.split('\n').find((l) => l.startsWith(formatCaseNumber(applied)));
    assert.ok(line, table.stdout);
    assert.match(line, /application\s+已接件\s+HX-01\s+.*最低生活保障申请/);
    assert.equal(json.code, 0, json.stderr);
    assert.deepEqual(JSON.parse(json.stdout).map((c: { caseNumber: string; status: string }) => [c.caseNumber, c.status]), [[complained, '已接件']]);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /--status must be one of 已接件, 已受理, 不予受理, 补正材料, 办理中, 特别程序, 已办结, not "done"/);
  });

  test('cases --limit shows one page and says how to see the next; the next page is the rest; a bad --limit is named', async () => {
    const first = await ctl('cases', '--limit', '1');
    assert.equal(first.code, 0, first.stderr);
    const more = /more: kioskctl cases --limit 1 --after (\d{12})/.exec(first.stdout);
    assert.ok(more, first.stdout);
    const second = await ctl('cases', '--limit', '1', '--after', more[1]!);
    assert.equal(second.code, 0, second.stderr);
    const shown = [first.stdout, second.stdout].map((out) => out.split('\n').find((l) => /^\d{4}-\d{7}-\d/.test(l))?.slice(0, 14));
    assert.deepEqual(shown.sort(), [formatCaseNumber(applied), formatCaseNumber(complained)].sort(), 'two pages of one: both cases, once each');
    const bad = await ctl('cases', '--limit', '0');
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /--limit must be a whole number from 1 to 500, not "0"/);
  });

  test('case NUMBER shows what the clerk needs and the steps; a mistyped number is caught before sending', async () => {
    const [shown, typo] = await Promise.all([ctl('case', formatCaseNumber(complained)), ctl('case', applied.slice(0, 11) + String((Number(applied[11]) + 1) % 10))]);
    assert.equal(shown.code, 0, shown.stderr);
    assert.match(shown.stdout, /status:\s+已接件\s+\(next: 已受理, 不予受理, 补正材料\)/);
    assert.match(shown.stdout, /description: 村口路灯坏了三个月/);
    assert.match(shown.stdout, /callbackPhone: 13800001111/);
    assert.match(shown.stdout, /steps:\n\s+\d{4}-\d{2}-\d{2} \d{2}:\d{2}\s+已接件/);
    assert.equal(typo.code, 2);
    assert.match(typo.stderr, /check digit is wrong/);
  });

  test('case NUMBER status moves it on with a reply; a missing reply or an illegal move is refused naming what is allowed', async () => {
    const moved = await ctl('case', applied, 'status', '已受理', '--reply', '材料齐全，已受理');
    assert.equal(moved.code, 0, moved.stderr);
    assert.match(moved.stdout, /status:\s+已受理\s+\(next: 办理中, 特别程序, 已办结\)/);
    assert.match(moved.stdout, /已受理\s+— 材料齐全，已受理/);
    const [silent, illegal] = await Promise.all([ctl('case', applied, 'status', '已办结'), ctl('case', applied, 'status', '补正材料', '--reply', '请补户口本')]);
    assert.equal(silent.code, 1);
    assert.match(silent.stderr, /reply-required/);
    assert.equal(illegal.code, 1);
    assert.match(illegal.stderr, /illegal-transition.*办理中, 特别程序, 已办结/);
    const json = JSON.parse((await ctl('case', applied, '--json')).stdout);
    assert.deepEqual(json.steps.map((s: { status: string }) => s.status), ['已接件', '已受理'], 'the refusals changed nothing');
  });

  test('ratings --bad shows item, site, time, reason, the resident’s words and its 整改\'s state; rating ID follow-up points to the 整改 page', async () => {
    const bad = await ctl('ratings', '--bad');
    assert.equal(bad.code, 0, bad.stderr);
    const [header, row, words] = bad.stdout.split('\n');
    assert.match(header!, /^ID\s+RATED\s+LEVEL\s+SITE\s+ITEM\s+REASON\s+FOLLOW-UP$/);
    assert.match(row!, new RegExp(`^1\\s+\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}\\s+非常不满意\\s+HX-01\\s+demand ${complained} 投诉\\s+办事效率低\\s+待核实$`));
    assert.match(words!, /“等了一个月没人管”/);
    const retired = await ctl('rating', '1', 'follow-up', '整改中', '--note', '已督办东村');
    assert.equal(retired.code, 2);
    assert.match(retired.stderr, /followed up by its 整改 .* in the console's 整改 page/);
    const json = JSON.parse((await ctl('ratings', '--bad', '--json')).stdout);
    assert.deepEqual(json[0].followUp.state, '待核实');
    assert.match(json[0].followUp.rectificationId, /^[1-9][0-9]*$/);
    assert.equal(json[0].reason, '办事效率低');
  });
});
