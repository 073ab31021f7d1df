// The due day the database keeps for each running case (hub migration 22) against the workbench's
// clock as the hub counted it in JavaScript before (tests/central/helpers/reference-clock.ts), case
// by case on the hub's API: the 剩余/超期 of every case, the "只看超期" filter, the queue's order and
// the statistics' 超期 must all agree. Cases: 即办, N working days, an item without a guide, a
// 特别程序 pause, 补正, a closed case, a demand ingested on a Saturday; then the guides published
// after the cases exist, a holiday calendar loaded after them (a holiday inside the windows and a
// worked Saturday), a case ingested after it, and a case closed. December 2026, Asia/Shanghai.
import { describe, test, beforeAll, afterAll } from 'vitest';
import assert from 'node:assert/strict';
import type { CaseStep } from '../../../shared/contract/cases.ts';
import type { TimeLimit } from '../../../shared/contract/info-documents.ts';
import type { Clock } from '../../../central/routes/workbench/time-limits.ts';
import type { WorkingCalendar } from '../../../central/routes/workbench/working-days.ts';
import { adminCall, enrollTerminal, signedCall, type HubFactory, type HubUnderTest, type TestTerminal } from '../helpers/hub.ts';
import { referenceClock } from '../helpers/reference-clock.ts';
import { sampleGuides, sampleGuidesRaw } from '../../support/info-samples.ts';
import { applicationItem, caseNumberOf, demandItem } from './case-items.ts';

const ZONE = 'Asia/Shanghai';
/** A Beijing wall-clock time as the instant it is. */
const beijing = (local: string) => new Date(`${local}+08:00`);

interface ListedCase {
  caseNumber: string;
  kind: 'application' | 'demand';
  status: string;
  submittedAt: string;
  clock: Clock;
}

export function dueDaysSuite(startHub: HubFactory): void {
  describe('due days kept by the database agree with the workbench\'s clock', () => {
    let hub: HubUnderTest;
    let hall: TestTerminal;
    let published = false;
    const promisedByItem = new Map<string, TimeLimit>(sampleGuides().items.map((item) => [item.id, item.promisedTimeLimit]));
    const n = (serial: number) => caseNumberOf(1, serial);
    const immediate = n(1); // 即办 (yanglao-canbao), taken in on the day
    const tenDays = n(2); // 10 working days (yanglao-daiyu), taken in the next day
    const noGuide = n(3); // an item no guide names: 20 working days; 3 working days in 特别程序
    const intake = n(4); // a demand left at 已接件
    const closed = n(5); // a demand taken in and closed
    const correction = n(6); // a demand waiting for 补正
    const saturday = n(7); // a demand ingested on Saturday 12 December
    const afterCalendar = n(8); // a demand ingested after the calendar was loaded

    const setClock = (local: string) => (hub.clockOffsetMs = beijing(local).getTime() - Date.now());
    const send = async (items: unknown[]) => {
      const sent = await signedCall(hub, hall, 'POST', '/v1/transactions/batch', { body: { items }, timestamp: String(Date.now() + hub.clockOffsetMs) });
      assert.equal(sent.status, 200, JSON.stringify(sent.json));
    };
    const move = async (caseNumber: string, status: string, local: string, reply?: string) => {
      setClock(local);
      const moved = await adminCall(hub, 'POST', `/v1/admin/cases/${caseNumber}/status`, reply ? { status, reply } : { status });
      assert.equal(moved.status, 200, JSON.stringify(moved.json));
    };
    const application = (caseNumber: string, itemId: string, local: string) => {
      const item = applicationItem(caseNumber, { occurredAt: beijing(local) });
      return { ...item, payload: { ...item.payload, data: { ...(item.payload.data as object), itemId } } };
    };

    /** What the reference clock says of every case now, checked against the hub's every answer. */
    const agree = async (local: string): Promise<Map<string, Clock>> => {
      setClock(local);
      const now = beijing(local).getTime();
      const loaded: { day: string; kind: string }[] = (await adminCall(hub, 'GET', '/v1/admin/holidays')).json;
      const calendar: WorkingCalendar = { holidays: new Set(loaded.filter((d) => d.kind === 'holiday').map((d) => d.day)), workdays: new Set(loaded.filter((d) => d.kind === 'workday').map((d) => d.day)) };
      const list = (await adminCall(hub, 'GET', '/v1/workbench/cases?limit=200')).json;
      const expected = new Map<string, Clock>();
      for (const listed of list.cases as ListedCase[]) {
        const page = (await adminCall(hub, 'GET', `/v1/workbench/cases/${listed.caseNumber}`)).json;
        const itemId = page.service as string;
        const promised = listed.kind === 'application' && published ? (promisedByItem.get(itemId) ?? null) : null;
        const steps: CaseStep[] = page.steps.map((s: CaseStep) => ({ status: s.status, at: s.at, reply: s.reply }));
        const clock = referenceClock({ kind: listed.kind, status: page.status, submittedAt: page.submittedAt, steps, promised }, now, ZONE, calendar);
        assert.deepEqual(page.clock, clock, `case ${listed.caseNumber} (${page.status}) on its page, ${local}`);
        assert.deepEqual(listed.clock, clock, `case ${listed.caseNumber} in the queue, ${local}`);
        expected.set(listed.caseNumber, clock);
      }
      const running = (list.cases as ListedCase[]).filter((c) => expected.get(c.caseNumber)!.state === 'running');
      const remaining = (c: ListedCase) => (expected.get(c.caseNumber) as Extract<Clock, { state: 'running' }>).remainingWorkingDays;
      const overdue = (c: ListedCase) => (expected.get(c.caseNumber) as Extract<Clock, { state: 'running' }>).overdue;
      const order = [...running].sort((a, b) => Number(overdue(b)) - Number(overdue(a)) || remaining(a) - remaining(b) || b.submittedAt.localeCompare(a.submittedAt));
      assert.deepEqual(list.cases.slice(0, running.length).map((c: ListedCase) => c.caseNumber), order.map((c) => c.caseNumber), `the queue's order, ${local}`);
      const late = running.filter(overdue).map((c) => c.caseNumber).sort();
      const filtered = (await adminCall(hub, 'GET', '/v1/workbench/cases?overdue=true&limit=200')).json;
      assert.deepEqual(filtered.cases.map((c: ListedCase) => c.caseNumber).sort(), late, `只看超期, ${local}`);
      assert.equal(filtered.total, late.length);
      const month = (await adminCall(hub, 'GET', '/v1/workbench/statistics?period=month&date=2026-12-01')).json;
      assert.equal(month.total.overdue, late.length, `the month's 超期, ${local}`);
      assert.deepEqual(month.sites.map((s: { site: string; overdue: number }) => [s.site, s.overdue]), [['EAST', late.length]]);
      // A week counts the cases submitted in it: Monday 7 to Sunday 13 December.
      const week = (await adminCall(hub, 'GET', '/v1/workbench/statistics?period=week&date=2026-12-09')).json;
      const inWeek = running.filter((c) => overdue(c) && c.submittedAt < beijing('2026-12-14T00:00:00').toISOString());
      assert.equal(week.total.overdue, inWeek.length, `the week's 超期, ${local}`);
      return expected;
    };
    const dueDay = (clocks: Map<string, Clock>, caseNumber: string) => {
      const clock = clocks.get(caseNumber);
      return clock?.state === 'running' ? clock.dueDay : clock?.state;
    };

    beforeAll(async () => {
      hub = await startHub({ timeZone: ZONE });
      hall = await enrollTerminal(hub, 'EAST');
      setClock('2026-12-07T09:00:00');
      // Monday 7 December, a minute apart (the queue breaks ties by arrival).
      await send([
        application(immediate, 'yanglao-canbao', '2026-12-07T09:00:00'),
        application(tenDays, 'yanglao-daiyu', '2026-12-07T09:01:00'),
        application(noGuide, 'dibao', '2026-12-07T09:02:00'),
        demandItem(intake, { occurredAt: beijing('2026-12-07T09:03:00') }),
        demandItem(closed, { occurredAt: beijing('2026-12-07T09:04:00') }),
        demandItem(correction, { occurredAt: beijing('2026-12-07T09:05:00') }),
      ]);
      await move(immediate, '已受理', '2026-12-07T10:00:00');
      await move(noGuide, '已受理', '2026-12-07T11:00:00');
      await move(closed, '已受理', '2026-12-07T11:30:00');
      await move(tenDays, '已受理', '2026-12-08T09:00:00');
      await move(correction, '补正材料', '2026-12-08T09:30:00', '请补交身份证复印件');
      await move(closed, '已办结', '2026-12-08T10:00:00', '已处理');
      await move(noGuide, '特别程序', '2026-12-09T10:00:00');
      await move(noGuide, '办理中', '2026-12-14T10:00:00'); // Thursday, Friday, Monday in 特别程序
      setClock('2026-12-12T10:00:00');
      await send([demandItem(saturday, { occurredAt: beijing('2026-12-12T10:00:00') })]);
    });
    afterAll(() => hub?.close());

    test('without guides or a calendar: 已接件 5 working days, a Saturday\'s case from the Monday, 20 days for an unknown item plus its pause', async () => {
      const clocks = await agree('2026-12-15T10:00:00'); // Tuesday
      assert.equal(dueDay(clocks, intake), '2026-12-14', 'Monday 7 → Monday 14: overdue on Tuesday');
      assert.equal(dueDay(clocks, saturday), '2026-12-18', 'ingested on Saturday: Monday to Friday');
      assert.equal(dueDay(clocks, noGuide), '2027-01-07', '20 working days after Monday 7, plus the 3 in 特别程序');
      assert.equal(dueDay(clocks, immediate), '2027-01-04', 'no guide published yet: 20 working days');
      assert.deepEqual([dueDay(clocks, closed), dueDay(clocks, correction)], ['stopped', 'paused']);
    });

    test('guides published after the cases: 即办 is due the day it was taken in, 10 working days from Tuesday', async () => {
      setClock('2026-12-15T10:30:00');
      const publishing = await adminCall(hub, 'PUT', '/v1/admin/documents/guides', { body: sampleGuidesRaw() });
      assert.equal(publishing.status, 200, JSON.stringify(publishing.json));
      published = true;
      const clocks = await agree('2026-12-15T11:00:00');
      assert.equal(dueDay(clocks, immediate), '2026-12-07');
      assert.equal(dueDay(clocks, tenDays), '2026-12-22');
      assert.deepEqual(clocks.get(immediate), { state: 'running', phase: 'handling', dueDay: '2026-12-07', remainingWorkingDays: -6, overdue: true, nearlyDue: false });
    });

    test('a calendar loaded after the cases: a holiday inside the windows and a worked Saturday move the due days; a case ingested after it', async () => {
      setClock('2026-12-15T12:00:00');
      const loaded = await adminCall(hub, 'PUT', '/v1/admin/holidays', { csv: 'date,kind,name\n2026-12-16,休,测试假日\n2026-12-17,休,测试假日\n2026-12-19,班,测试调休\n' });
      assert.equal(loaded.status, 200, JSON.stringify(loaded.json));
      await send([demandItem(afterCalendar, { occurredAt: beijing('2026-12-15T12:00:00') })]);
      const clocks = await agree('2026-12-18T10:00:00'); // Friday
      assert.equal(dueDay(clocks, saturday), '2026-12-21', 'Monday, Tuesday, Friday, the worked Saturday, Monday');
      assert.equal(dueDay(clocks, tenDays), '2026-12-23');
      assert.equal(dueDay(clocks, afterCalendar), '2026-12-23');
      await agree('2026-12-22T10:00:00');
    });

    test('a case closed leaves the 超期 count and the filter', async () => {
      await agree('2026-12-24T10:00:00');
      await move(tenDays, '已办结', '2026-12-24T10:30:00', '已办结');
      const clocks = await agree('2026-12-24T11:00:00');
      assert.equal(dueDay(clocks, tenDays), 'stopped');
    });
  });
}
