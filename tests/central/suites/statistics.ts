// Statistics (issue 23) against a dataset small enough to count by hand: two sites' kiosks in
// March 2026 (Asia/Shanghai), sessions either side of midnight, cases closed at known times,
// ratings of every kind, and heartbeats at set times for availability. Checked: the figures, the
// user's scope, the day's edges at the zone's midnight, and the CSV's bytes.
import { describe, test, beforeAll, afterAll } from 'vitest';
import assert from 'node:assert/strict';
import { ulid } from 'ulid';
import { adminCall, enrollTerminal, sendBatch, signedCall, type HubFactory, type HubUnderTest, type TestTerminal } from '../helpers/hub.ts';
import { accountReady, type ConsoleUser } from '../helpers/console-session.ts';
import { applicationItem, caseNumberOf, demandItem, queueTicketItem, ratingItem } from './case-items.ts';

/** A Beijing wall-clock time as the instant it is. */
const beijing = (local: string) => new Date(`${local}+08:00`);

function inSession<T extends { occurredAt: string; sessionId: string; seq: number }>(item: T, sessionId: string, seq: number, at: Date): T {
  return { ...item, sessionId, seq, occurredAt: at.toISOString() };
}

const healthyBeat = (at: Date, alerts: string[] = []) => ({
  at: at.toISOString(),
  softwareVersion: '0.2.0',
  devices: { printer: { state: 'ready' }, cardReader: { state: 'connected' } },
  sync: { pending: 0, oldestPendingAgeSeconds: null, lastSuccessAt: null, lastError: null },
  screen: { lastFrameAgeSeconds: 2, uptimeSeconds: 600 },
  alerts,
  freeDiskBytes: 20 * 1024 ** 3,
});

export function statisticsSuite(startHub: HubFactory): void {
  describe('statistics: figures per period and scope, CSV and xlsx', () => {
    let hub: HubUnderTest;
    let east: TestTerminal; // terminal number 1, site EAST
    let west: TestTerminal; // terminal number 2, site WEST
    let westClerk: ConsoleUser;
    let northSupervisor: ConsoleUser;
    const applicationNumber = caseNumberOf(1, 1);
    const complaintNumber = caseNumberOf(2, 1);
    const application = inSession(applicationItem(applicationNumber), 's1', 1, beijing('2026-03-02T00:30:00'));
    const complaint = inSession(demandItem(complaintNumber), 's3', 0, beijing('2026-03-02T10:00:00'));
    const suggestion = (() => {
      const item = inSession(demandItem(caseNumberOf(1, 2)), 's4', 0, beijing('2026-03-03T09:00:00'));
      return { ...item, payload: { ...item.payload, data: { ...(item.payload.data as object), category: '建议' } } };
    })();
    const ticket = inSession(queueTicketItem('A001', 'EAST'), 's1', 0, beijing('2026-03-02T00:30:00'));

    const at = (local: string) => (hub.clockOffsetMs = beijing(local).getTime() - Date.now());
    const move = async (caseNumber: string, status: string, local: string, reply?: string) => {
      at(local);
      const moved = await adminCall(hub, 'POST', `/v1/admin/cases/${caseNumber}/status`, reply ? { status, reply } : { status });
      hub.clockOffsetMs = 0;
      assert.equal(moved.status, 200, JSON.stringify(moved.json));
    };
    const statistics = async (query: string, user?: ConsoleUser) => {
      const response = user ? await user.call('GET', `/v1/workbench/statistics?${query}`) : await adminCall(hub, 'GET', `/v1/workbench/statistics?${query}`);
      assert.equal(response.status, 200, JSON.stringify(response.json));
      return response.json;
    };

    beforeAll(async () => {
      hub = await startHub();
      east = await enrollTerminal(hub, 'EAST');
      west = await enrollTerminal(hub, 'WEST');
      // s2: the evening before (23:30 on 1 March, Beijing); s1 half an hour after midnight, two
      // tickets and an application; s3 a complaint at WEST; s4 a suggestion at EAST the day after.
      const s2 = inSession(queueTicketItem('A099', 'EAST'), 's2', 0, beijing('2026-03-01T23:30:00'));
      const secondTicket = inSession(queueTicketItem('A002', 'EAST'), 's1', 2, beijing('2026-03-02T00:40:00'));
      assert.equal((await sendBatch(hub, east, [s2, ticket, application])).status, 200);
      assert.equal((await sendBatch(hub, east, [secondTicket, suggestion])).status, 200, 'a session delivered in two batches still counts as one visit');
      assert.equal((await sendBatch(hub, west, [complaint])).status, 200);
      const rate = (item: ReturnType<typeof ratingItem>, sessionId: string, seq: number, local: string) => inSession(item, sessionId, seq, beijing(local));
      assert.equal((await sendBatch(hub, east, [rate(ratingItem({ type: 'case', caseNumber: applicationNumber }, 5), 's1', 3, '2026-03-02T00:45:00'),
        rate(ratingItem({ type: 'transaction', transactionId: s2.id }, 3), 's2', 1, '2026-03-01T23:35:00')])).status, 200);
      const bad = await sendBatch(hub, west, [rate(ratingItem({ type: 'case', caseNumber: complaintNumber }, 2, '服务态度差'), 's3', 1, '2026-03-02T10:05:00')]);
      assert.equal(bad.status, 200, JSON.stringify(bad.json));
      // Handling: the application 14 h (00:30 → 14:30), the complaint 24 h (10:00 → 10:00 next day).
      await move(applicationNumber, '已受理', '2026-03-02T09:00:00');
      await move(applicationNumber, '已办结', '2026-03-02T14:30:00', '已发放');
      await move(complaintNumber, '已受理', '2026-03-02T11:00:00');
      await move(complaintNumber, '已办结', '2026-03-03T10:00:00', '已处理');
      westClerk = await accountReady(hub, { username: 'west-clerk', role: 'clerk', sites: ['WEST'] }, 'west-clerk-password-1');
      northSupervisor = await accountReady(hub, { username: 'north-sup', role: 'supervisor', sites: ['NORTH'] }, 'north-sup-password-1');
    });
    afterAll(() => hub?.close());

    test('a month: visits and transactions per service and site, cases, handling times, 满意率, bad ratings, demands', async () => {
      const month = await statistics('period=month&date=2026-03-15');
      assert.deepEqual(month.period, { kind: 'month', firstDay: '2026-03-01', lastDay: '2026-03-31' });
      assert.deepEqual(month.services, [
        { service: 'queue-ticket', visits: 2, transactions: 3 },
        { service: 'rating', visits: 3, transactions: 3 },
        { service: 'demand', visits: 2, transactions: 2 },
        { service: 'application', visits: 1, transactions: 1 },
      ]);
      const east = month.sites.find((s: { site: string }) => s.site === 'EAST');
      const west = month.sites.find((s: { site: string }) => s.site === 'WEST');
      assert.deepEqual(east, { site: 'EAST', visits: 3, transactions: 7, received: 2, closed: 1, overdue: 1, averageHandlingHours: 14, p90HandlingHours: 14, ratings: 2, satisfactionRate: 100, badRatings: 0 });
      assert.deepEqual(west, { site: 'WEST', visits: 1, transactions: 2, received: 1, closed: 1, overdue: 0, averageHandlingHours: 24, p90HandlingHours: 24, ratings: 1, satisfactionRate: 0, badRatings: 1 });
      // Over both sites: average (14 + 24) / 2; the 90th percentile 14 + 0.9 × 10; 2 of 3 satisfied.
      assert.deepEqual(month.total, { visits: 4, transactions: 9, received: 3, closed: 2, overdue: 1, averageHandlingHours: 19, p90HandlingHours: 23, ratings: 3, satisfactionRate: 66.7, badRatings: 1 });
      assert.deepEqual(month.ratingLevels, [{ level: 5, ratings: 1 }, { level: 3, ratings: 1 }, { level: 2, ratings: 1 }]);
      assert.deepEqual(month.badRatings, [{ site: 'WEST', state: '待核实', ratings: 1 }], 'its 整改 waits for the site to check it');
      // Sorted here: the database's collation orders Chinese its own way.
      const demands = [...month.demands].sort((a: { site: string }, b: { site: string }) => a.site.localeCompare(b.site));
      assert.deepEqual(demands, [{ type: '建议', site: 'EAST', demands: 1 }, { type: '投诉', site: 'WEST', demands: 1 }]);
    });

    test('day by day: every day of the month, quiet ones as zeros, closings on the zone\'s calendar', async () => {
      const month = await statistics('period=month&date=2026-03-15');
      assert.equal(month.days.length, 31);
      assert.deepEqual(month.days.slice(0, 4), [
        { day: '2026-03-01', transactions: 2, received: 0, closed: 0 }, // s2 at 23:30 and its rating
        { day: '2026-03-02', transactions: 6, received: 2, closed: 1 }, // the application closed at 14:30
        { day: '2026-03-03', transactions: 1, received: 1, closed: 1 }, // the complaint closed at 10:00
        { day: '2026-03-04', transactions: 0, received: 0, closed: 0 },
      ]);
      const sum = (key: 'transactions' | 'received' | 'closed') => month.days.reduce((n: number, d: Record<string, number>) => n + d[key]!, 0);
      assert.deepEqual([sum('transactions'), sum('received'), sum('closed')], [month.total.transactions, month.total.received, month.total.closed], 'the days add up to the month');
      const westDays = (await statistics('period=custom&from=2026-03-02&to=2026-03-03', westClerk)).days;
      assert.deepEqual(westDays, [{ day: '2026-03-02', transactions: 2, received: 1, closed: 0 }, { day: '2026-03-03', transactions: 0, received: 0, closed: 1 }], 'a clerk\'s days are the own site\'s');
    });

    test('a day runs from the zone\'s midnight: 23:30 belongs to the day before, 00:30 to the day', async () => {
      const first = await statistics('period=day&date=2026-03-01');
      assert.deepEqual(first.services, [{ service: 'queue-ticket', visits: 1, transactions: 1 }, { service: 'rating', visits: 1, transactions: 1 }]);
      assert.equal(first.total.received, 0);
      const second = await statistics('period=day&date=2026-03-02');
      assert.deepEqual(second.services.find((s: { service: string }) => s.service === 'queue-ticket'), { service: 'queue-ticket', visits: 1, transactions: 2 });
      assert.equal(second.total.received, 2);
      assert.equal(second.total.closed, 1, 'the complaint closed on the 3rd');
      const custom = await statistics('period=custom&from=2026-03-02&to=2026-03-03');
      assert.equal(custom.total.received, 3);
      assert.equal(custom.total.closed, 2);
      const week = await statistics('period=week&date=2026-03-04');
      assert.deepEqual([week.period.firstDay, week.period.lastDay], ['2026-03-02', '2026-03-08'], 'Monday to Sunday');
      assert.equal(week.total.visits, 3);
    });

    test('each user sees only their sites\' figures; a site outside every scope shows nothing', async () => {
      const clerk = await statistics('period=month&date=2026-03-01', westClerk);
      assert.deepEqual(clerk.sites.map((s: { site: string }) => s.site), ['WEST']);
      assert.equal(clerk.total.transactions, 2);
      assert.equal(clerk.total.satisfactionRate, 0);
      assert.deepEqual(clerk.demands, [{ type: '投诉', site: 'WEST', demands: 1 }]);
      assert.deepEqual(clerk.terminals.map((t: { site: string }) => t.site), ['WEST']);
      const outsider = await statistics('period=month&date=2026-03-01', northSupervisor);
      assert.deepEqual([outsider.sites, outsider.services, outsider.terminals, outsider.total.visits, outsider.total.satisfactionRate], [[], [], [], 0, null]);
    });

    test('a bad period is refused with the reason', async () => {
      const backwards = await adminCall(hub, 'GET', '/v1/workbench/statistics?period=custom&from=2026-03-05&to=2026-03-01');
      assert.equal(backwards.status, 400);
      assert.match(backwards.json.message, /before/);
      assert.equal((await adminCall(hub, 'GET', '/v1/workbench/statistics?period=custom&from=2026-03-01')).status, 400);
      assert.equal((await adminCall(hub, 'GET', '/v1/workbench/statistics?period=day&date=2026-02-30')).status, 400);
    });

    test('the CSV is UTF-8 with a BOM, numbers bare, the page\'s tables in order; the xlsx is a zip workbook', async () => {
      const response = await fetch(`${hub.url}/v1/workbench/statistics/export?format=csv&period=day&date=2026-03-02`, { headers: { authorization: `Bearer ${hub.adminToken}` } });
      assert.equal(response.status, 200);
      assert.match(response.headers.get('content-type') ?? '', /^text\/csv; charset=utf-8/);
      assert.match(response.headers.get('content-disposition') ?? '', /statistics-2026-03-02_2026-03-02\.csv/);
      const bytes = new Uint8Array(await response.arrayBuffer());
      assert.deepEqual([...bytes.slice(0, 3)], [0xef, 0xbb, 0xbf]);
      const lines = new TextDecoder().decode(bytes.slice(3)).split('\r\n');
      assert.equal(lines[0], '"统计 2026-03-02 至 2026-03-02（Asia/Shanghai）"');
      assert.ok(lines.includes('"取号排队",1,2'), lines.join('\n'));
      assert.ok(lines.includes('"满意率（%）",50'), 'one 满意 of the day\'s two ratings');
      assert.ok(lines.includes('"EAST",1,4,1,1,0,14,14,1,100,0'), lines.join('\n'));
      const xlsx = await fetch(`${hub.url}/v1/workbench/statistics/export?format=xlsx&period=day&date=2026-03-02&lang=en`, { headers: { authorization: `Bearer ${hub.adminToken}` } });
      assert.equal(xlsx.status, 200);
      const zip = new Uint8Array(await xlsx.arrayBuffer());
      assert.deepEqual([...zip.slice(0, 2)], [0x50, 0x4b], 'a zip');
      const { unzipSync, strFromU8 } = await import('fflate');
      const parts = unzipSync(zip);
      assert.match(strFromU8(parts['xl/worksheets/sheet2.xml']!), /<t xml:space="preserve">Queue ticket<\/t><\/is><\/c><c r="B3"><v>1<\/v><\/c><c r="C3"><v>2<\/v>/);
    });

    test('availability: the share of the hall\'s open hours passed that each terminal served, from its heartbeats', async () => {
      const beat = async (local: string, alerts: string[] = []) => {
        at(local);
        const response = await signedCall(hub, east, 'POST', '/v1/heartbeat', { body: healthyBeat(beijing(local), alerts), timestamp: String(Date.now() + hub.clockOffsetMs) });
        assert.equal(response.status, 200, JSON.stringify(response.json));
      };
      // Wednesday 4 March: heard from 10:00:00; serving 150 s; then 120 s heard but out of paper.
      await beat('2026-03-04T10:00:00');
      await beat('2026-03-04T10:02:30');
      await beat('2026-03-04T10:04:30', ['paper-out']);
      // At 11:30 the open hours passed are 08, 09 and 10 o'clock: 3 h, 150 s of them serving.
      at('2026-03-04T11:30:00');
      const day = await statistics('period=day&date=2026-03-04');
      hub.clockOffsetMs = 0;
      assert.deepEqual(day.terminals, [
        { terminalId: east.terminalId, site: 'EAST', openHours: 3, servingHours: 0, availability: 1.4 },
        { terminalId: west.terminalId, site: 'WEST', openHours: 3, servingHours: 0, availability: 0 },
      ]);
      const sunday = await statistics('period=day&date=2026-03-08');
      assert.deepEqual(sunday.terminals.map((t: { openHours: number; availability: number | null }) => [t.openHours, t.availability]), [[0, null], [0, null]], 'the hall is closed on Sunday');
    });
  });

  describe('statistics in another zone: the days are the hub zone\'s, before and after its first report', () => {
    let hub: HubUnderTest;
    beforeAll(async () => {
      hub = await startHub({ timeZone: 'Asia/Urumqi' });
    });
    afterAll(() => hub?.close());

    test('a session at 22:30 Urumqi time (00:30 in Beijing) counts on the Urumqi day, stored before or after the roll-ups move to the zone', async () => {
      const kiosk = await enrollTerminal(hub, 'KASHGAR');
      const urumqi = (local: string) => new Date(`${local}+06:00`);
      const before = inSession(queueTicketItem('A001', 'KASHGAR'), 'u1', 0, urumqi('2026-03-01T22:30:00'));
      assert.equal((await sendBatch(hub, kiosk, [before])).status, 200);
      const day = async (date: string) => (await adminCall(hub, 'GET', `/v1/workbench/statistics?period=day&date=${date}`)).json.total.visits;
      assert.deepEqual([await day('2026-03-01'), await day('2026-03-02')], [1, 0]);
      const after = inSession(queueTicketItem('A002', 'KASHGAR'), 'u2', 0, urumqi('2026-03-01T23:50:00'));
      const nextMorning = inSession(queueTicketItem('A003', 'KASHGAR'), 'u3', 0, urumqi('2026-03-02T00:10:00'));
      assert.equal((await sendBatch(hub, kiosk, [after, nextMorning])).status, 200);
      assert.deepEqual([await day('2026-03-01'), await day('2026-03-02')], [2, 1]);
    });
  });
}
