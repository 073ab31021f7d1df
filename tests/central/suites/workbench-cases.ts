// A clerk's 办件 through the workbench API, on one hub (PGlite and PostgreSQL): the queue with filters and
// counts, names and phones masked in lists and on the case page (in full after 查看), 受理 → 补正 → reply → 办结
// along caseTransitions with each step's clerk recorded, what the resident then reads at the kiosk,
// and the time limits from the reference rules (5 working days to take in, the item's 承诺时限,
// a demand's 5 working days, 特别程序 pausing the clock) counted on the county's clock.
import { describe, test, beforeAll, afterAll } from 'vitest';
import assert from 'node:assert/strict';
import { enrollTerminal, signedCall, type HubUnderTest, type TestTerminal, type HubFactory } from '../helpers/hub.ts';
import { accountReady, logIn, type ConsoleUser } from '../helpers/console-session.ts';
import { applicationItem, caseNumberOf, demandItem } from './case-items.ts';

// Monday 7 December 2026, 09:00 in Beijing: the cases arrive then.
const monday = new Date('2026-12-07T01:00:00Z');

export function workbenchCasesSuite(startHub: HubFactory): void {
  describe('the clerk\'s 办件 workbench', () => {
    let hub: HubUnderTest;
    let hall: TestTerminal;
    let clerk: ConsoleUser | undefined;
    const applied = caseNumberOf(1, 1);
    const complained = caseNumberOf(1, 2);
    /** Moves the hub's clock to `at` (the kiosk's signatures follow it); a day later the clerk logs in again. */
    const setClock = async (at: string) => {
      hub.clockOffsetMs = Date.parse(at) - Date.now();
      if (clerk) clerk = await logIn(hub, 'li.clerk', 'clerk-password-1');
    };
    const kioskCall = (path: string, body: unknown) => signedCall(hub, hall, 'POST', path, { body, timestamp: String(Date.now() + hub.clockOffsetMs) });

    beforeAll(async () => {
      hub = await startHub();
      hall = await enrollTerminal(hub, 'EAST');
      await setClock('2026-12-07T01:30:00Z');
      const sent = await kioskCall('/v1/transactions/batch', { items: [applicationItem(applied, { occurredAt: monday }), demandItem(complained, { occurredAt: monday })] });
      assert.equal(sent.status, 200, JSON.stringify(sent.json));
      clerk = await accountReady(hub, { username: 'li.clerk', role: 'clerk', sites: ['EAST'], displayName: '李文书' }, 'clerk-password-1');
    });
    afterAll(() => hub?.close());

    const queue = async (query = '') => (await clerk!.call('GET', `/v1/workbench/cases${query}`)).json;
    const act = (number: string, status: string, reply?: string) => clerk!.call('POST', `/v1/workbench/cases/${number}/status`, reply ? { status, reply } : { status });

    test('the queue masks names and phones, filters by status, service, site and kind, and counts per status', async () => {
      const all = await queue();
      assert.equal(all.total, 2);
      const application = all.cases.find((c: { caseNumber: string }) => c.caseNumber === applied);
      assert.equal(application.resident, '张*民 · 尾号5678');
      assert.equal(application.service, 'dibao');
      assert.doesNotMatch(JSON.stringify(all), /张三民|13912345678|13800001111|村口路灯/, 'no full name, phone or words in the list');
      assert.deepEqual(all.counts, { 已接件: 2 });
      assert.deepEqual((await queue('?service=dibao')).cases.map((c: { caseNumber: string }) => c.caseNumber), [applied]);
      assert.deepEqual((await queue('?service=投诉')).cases.map((c: { caseNumber: string }) => c.caseNumber), [complained]);
      assert.deepEqual((await queue('?kind=demand')).cases.map((c: { caseNumber: string }) => c.caseNumber), [complained]);
      assert.equal((await queue('?status=已受理')).total, 0);
      assert.equal((await queue('?site=EAST')).total, 2);
      assert.equal((await clerk!.call('GET', '/v1/workbench/cases?status=pending')).status, 400, 'an unknown status is named');
    });

    test('a new case is due 5 working days after it arrived (Monday → next Monday), and shows the working days left', async () => {
      await setClock('2026-12-09T02:00:00Z'); // Wednesday
      const application = (await queue()).cases.find((c: { caseNumber: string }) => c.caseNumber === applied);
      assert.deepEqual(application.clock, { state: 'running', phase: 'intake', dueDay: '2026-12-14', remainingWorkingDays: 3, overdue: false, nearlyDue: false });
    });

    test('the case page shows the clerk what the resident submitted, masked until 查看 shows it in full', async () => {
      const page = (await clerk!.call('GET', `/v1/workbench/cases/${applied}`)).json;
      assert.equal(page.detailsMasked, true);
      assert.deepEqual(page.details.fields, { name: '张*民', phone: '139****5678', household: 3 });
      assert.equal(page.may.reveal, true);
      const shown = await clerk!.call('POST', `/v1/workbench/cases/${applied}/reveal`);
      assert.equal(shown.status, 200, JSON.stringify(shown.json));
      assert.deepEqual(shown.json.details.fields, { name: '张三民', phone: '13912345678', household: 3 });
      assert.deepEqual(page.allowed, ['已受理', '不予受理', '补正材料']);
      assert.deepEqual(page.steps, [{ status: '已接件', at: monday.toISOString(), reply: null, by: null }]);
    });

    test('补正 needs a reply, stops the clerk\'s clock, and the resident reads it at the kiosk', async () => {
      const missing = await act(applied, '补正材料');
      assert.equal(missing.status, 400);
      assert.equal(missing.json.error, 'reply-required');
      const asked = await act(applied, '补正材料', '请补交户口簿复印件一份');
      assert.equal(asked.status, 200, JSON.stringify(asked.json));
      assert.deepEqual(asked.json.clock, { state: 'paused', why: '补正材料' });
      assert.deepEqual(asked.json.steps[1].by, { username: 'li.clerk', role: 'clerk' });
      const seen = await kioskCall('/v1/cases/lookup', { by: 'number', caseNumber: applied, queryCode: '12345678' });
      assert.equal(seen.status, 200, JSON.stringify(seen.json));
      assert.equal(seen.json.cases[0].status, '补正材料');
      assert.equal(seen.json.cases[0].steps[1].reply, '请补交户口簿复印件一份');
    });

    test('taken in on Thursday, an item without a published guide is due in 20 working days; 特别程序 pauses and extends it', async () => {
      await setClock('2026-12-10T02:00:00Z'); // Thursday
      const accepted = await act(applied, '已受理');
      assert.equal(accepted.status, 200);
      assert.equal(accepted.json.clock.dueDay, '2027-01-07', '20 working days after Thursday 10 December');
      assert.equal((await act(applied, '特别程序')).json.clock.state, 'paused');
      await setClock('2026-12-15T02:00:00Z'); // the next Tuesday: 3 working days later
      const back = await act(applied, '办理中');
      assert.equal(back.json.clock.dueDay, '2027-01-12', 'the 3 working days in 特别程序 are added');
    });

    test('a demand not taken in within 5 working days is overdue and tops the queue; the overdue filter finds it', async () => {
      await setClock('2026-12-15T02:00:00Z'); // Tuesday after: due Monday 14
      const all = await queue();
      assert.equal(all.cases[0].caseNumber, complained, 'the overdue case comes first');
      assert.equal(all.cases[0].clock.overdue, true);
      assert.equal(all.cases[0].clock.remainingWorkingDays, -1);
      assert.deepEqual((await queue('?overdue=true')).cases.map((c: { caseNumber: string }) => c.caseNumber), [complained]);
    });

    test('a transition caseTransitions forbids is refused and changes nothing; 办结 needs the reply the resident will read', async () => {
      const illegal = await act(complained, '已办结', '已修好');
      assert.equal(illegal.status, 409);
      assert.equal(illegal.json.error, 'illegal-transition');
      assert.equal((await act(complained, '已受理')).status, 200);
      await setClock('2026-12-16T02:00:00Z');
      assert.equal((await act(complained, '已办结')).json.error, 'reply-required');
      const closed = await act(complained, '已办结', '路灯已于今日修复，感谢反映');
      assert.equal(closed.status, 200);
      assert.equal(closed.json.status, '已办结');
      assert.deepEqual(closed.json.allowed, []);
      assert.deepEqual(closed.json.clock, { state: 'stopped' });
      assert.deepEqual(closed.json.steps.map((s: { status: string; by: { username: string } | null }) => [s.status, s.by?.username ?? null]), [
        ['已接件', null],
        ['已受理', 'li.clerk'],
        ['已办结', 'li.clerk'],
      ]);
      const closedAt = Date.parse(closed.json.steps[2].at) - Date.parse('2026-12-16T02:00:00Z');
      assert.ok(closedAt >= 0 && closedAt < 120_000, `when, on the hub's clock (${closed.json.steps[2].at})`);
      const seen = await kioskCall('/v1/cases/lookup', { by: 'number', caseNumber: complained, queryCode: '87654321' });
      assert.equal(seen.json.cases[0].status, '已办结');
      assert.equal(seen.json.cases[0].steps.at(-1).reply, '路灯已于今日修复，感谢反映');
      assert.deepEqual((await queue()).counts, { 办理中: 1, 已办结: 1 });
    });
  });
}
