// The holiday calendar (issue 23): an admin loads the year's file of days off (休) and adjusted
// working days (调休 班), and every due date is then counted by it — with the 2026 national
// arrangement (central/samples/holidays-2026.csv) a case that arrives before 春节 is due after it,
// and 元旦's 调休 Sunday counts. A bad file is refused naming its line, and nothing changes.
import { describe, test, beforeAll, afterAll } from 'vitest';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { adminCall, enrollTerminal, sendBatch, type HubFactory, type HubUnderTest } from '../helpers/hub.ts';
import { caseNumberOf, demandItem } from './case-items.ts';

const sample2026 = readFileSync(new URL('../../../central/samples/holidays-2026.csv', import.meta.url), 'utf8');

export function holidaysSuite(startHub: HubFactory): void {
  describe('holiday calendar', () => {
    let hub: HubUnderTest;
    const beforeSpring = caseNumberOf(1, 1); // Thursday 12 February 2026, 09:00 in Beijing
    const newYearsEve = caseNumberOf(1, 2); // Wednesday 31 December 2025

    beforeAll(async () => {
      hub = await startHub();
      const hall = await enrollTerminal(hub, 'EAST');
      const sent = await sendBatch(hub, hall, [
        demandItem(beforeSpring, { occurredAt: new Date('2026-02-12T01:00:00Z') }),
        demandItem(newYearsEve, { occurredAt: new Date('2025-12-31T01:00:00Z') }),
      ]);
      assert.equal(sent.status, 200, JSON.stringify(sent.json));
      hub.clockOffsetMs = Date.parse('2026-02-24T02:00:00Z') - Date.now(); // the Tuesday after 春节
    });
    afterAll(() => hub?.close());

    const clocks = async () => {
      const { cases } = (await adminCall(hub, 'GET', '/v1/workbench/cases')).json;
      return Object.fromEntries(cases.map((c: { caseNumber: string; clock: unknown }) => [c.caseNumber, c.clock]));
    };
    const load = (csv: string) => adminCall(hub, 'PUT', '/v1/admin/holidays', { csv });
    const days2026 = async () => (await adminCall(hub, 'GET', '/v1/admin/holidays?year=2026')).json;

    test('without a calendar only weekends are off', async () => {
      const before = await clocks();
      assert.equal(before[beforeSpring].dueDay, '2026-02-19', '5 working days after Thursday, weekends skipped');
      assert.equal(before[newYearsEve].dueDay, '2026-01-07');
      assert.deepEqual(await days2026(), []);
    });

    test('the 2026 national file loads, and due dates skip 春节 and count its 调休 Saturday', async () => {
      const loaded = await load(sample2026);
      assert.equal(loaded.status, 200, JSON.stringify(loaded.json));
      assert.deepEqual(loaded.json, { years: [2026], holidays: 33, workdays: 6 });
      const listed = await days2026();
      assert.equal(listed.length, 39);
      assert.deepEqual(listed.find((d: { day: string }) => d.day === '2026-02-14'), { day: '2026-02-14', kind: 'workday', name: '春节调休' });
      const after = await clocks();
      // Fri 13 (1), Sat 14 班 (2), 15–23 春节, Tue 24 (3), Wed 25 (4), Thu 26 (5).
      assert.deepEqual(after[beforeSpring], { state: 'running', phase: 'intake', dueDay: '2026-02-26', remainingWorkingDays: 2, overdue: false, nearlyDue: false });
      // 1–3 January off, Sunday 4 worked (1), then 5, 6, 7, 8.
      assert.equal(after[newYearsEve].dueDay, '2026-01-08');
      assert.equal(after[newYearsEve].overdue, true);
    });

    test('a bad file is refused naming its line, and the calendar stays as it was', async () => {
      const bad = [
        ['2026-01-01,休,元旦\n2026-01-02,休,元旦\n# 春节\n2026-02-30,休,春节', /line 4: "2026-02-30" is not a date/],
        ['date,kind,name\n2026-02-16,班,春节调休', /line 2: 2026-02-16 is a weekday/],
        ['2026-01-01,休,元旦\n2026-01-01,休,元旦', /line 2: 2026-01-01 is already on line 1/],
        ['2026-10-01,放假,国庆节', /line 1: the second column must be 休 \(holiday\) or 班 \(workday\)/],
        ['# nothing but a comment\n', /lists no day/],
      ] as const;
      for (const [csv, why] of bad) {
        const refused = await load(csv);
        assert.equal(refused.status, 400, csv);
        assert.equal(refused.json.error, 'invalid-holiday-file');
        assert.match(refused.json.message, why);
      }
      assert.equal((await days2026()).length, 39, 'nothing of 2026 was replaced');
      assert.equal((await clocks())[beforeSpring].dueDay, '2026-02-26');
    });

    test('a file replaces only the years it covers', async () => {
      const loaded = await load('\uFEFFdate,kind,name\r\n2027-01-01,休,元旦\r\n');
      assert.deepEqual(loaded.json, { years: [2027], holidays: 1, workdays: 0 });
      assert.equal((await days2026()).length, 39);
      assert.equal((await adminCall(hub, 'GET', '/v1/admin/holidays')).json.length, 40);
    });
  });
}
