// The 办件 queue's search and paging (issue 23): one search box takes a case number (or part), a
// masked name as lists show it (张*民), a surname, or a phone's last 4 digits; filters by 事项 and
// by the day range submitted on the hub's clock; pages with a size and the total; overdue and
// nearly-due first across pages, paused cases after every running one.
import { describe, test, beforeAll, afterAll } from 'vitest';
import assert from 'node:assert/strict';
import { formatCaseNumber } from '../../../shared/contract/cases.ts';
import { adminCall, enrollTerminal, sendBatch, type HubFactory, type HubUnderTest } from '../helpers/hub.ts';
import { applicationItem, caseNumberOf, demandItem } from './case-items.ts';

function application(caseNumber: string, at: string, name: string, phone: string, itemId = 'dibao') {
  const item = applicationItem(caseNumber, { occurredAt: new Date(at) });
  const payload = item.payload as { data: Record<string, unknown>; personal: Record<string, unknown> };
  payload.data.itemId = itemId;
  payload.personal.fields = { name, phone, household: 2 };
  return item;
}

export function workbenchSearchSuite(startHub: HubFactory): void {
  describe('workbench case search and paging', () => {
    let hub: HubUnderTest;
    const [zhangSanmin, callback, zhangWei, liSimin, anonymous] = [1, 2, 3, 4, 5].map((n) => caseNumberOf(1, n)) as [string, string, string, string, string];

    beforeAll(async () => {
      hub = await startHub();
      const hall = await enrollTerminal(hub, 'EAST');
      const sent = await sendBatch(hub, hall, [
        application(zhangSanmin, '2026-12-01T01:00:00Z', '张三民', '13912345678'), // Tuesday
        demandItem(callback, { occurredAt: new Date('2026-12-02T01:00:00Z') }), // callback 13800001111
        application(zhangWei, '2026-12-03T01:00:00Z', '张伟', '13700002222'),
        application(liSimin, '2026-12-03T16:30:00Z', '李四民', '13600003333', 'gaoling'), // Friday 00:30 in Beijing
        demandItem(anonymous, { occurredAt: new Date('2026-12-07T01:00:00Z'), anonymous: true }),
      ]);
      assert.equal(sent.status, 200, JSON.stringify(sent.json));
      hub.clockOffsetMs = Date.parse('2026-12-10T02:00:00Z') - Date.now(); // Thursday 10 December
    });
    afterAll(() => hub?.close());

    const list = async (query: string) => {
      const answer = await adminCall(hub, 'GET', `/v1/workbench/cases?${query}`);
      assert.equal(answer.status, 200, JSON.stringify(answer.json));
      return answer.json;
    };
    const found = async (query: string) => (await list(query)).cases.map((c: { caseNumber: string }) => c.caseNumber).sort();
    const q = (text: string) => `q=${encodeURIComponent(text)}`;

    test('by a phone\'s last 4 digits, a form\'s phone or a demand\'s callback', async () => {
      assert.deepEqual(await found(q('5678')), [zhangSanmin]);
      assert.deepEqual(await found(q('1111')), [callback]);
      assert.deepEqual(await found(q('9999')), []);
    });

    test('by masked name as lists show it, or by surname', async () => {
      assert.deepEqual(await found(q('张*民')), [zhangSanmin]);
      assert.deepEqual(await found(q('李*民')), [liSimin]);
      assert.deepEqual(await found(q('张*')), [zhangWei], 'two characters: 张伟 only');
      assert.deepEqual(await found(q('张')), [zhangSanmin, zhangWei].sort());
      assert.deepEqual(await found(q('王')), []);
      const listed = await list(q('张*民'));
      assert.doesNotMatch(JSON.stringify(listed), /张三民|13912345678/, 'the answer stays masked');
    });

    test('by case number, as printed or in part', async () => {
      assert.deepEqual(await found(q(formatCaseNumber(zhangWei))), [zhangWei]);
      assert.deepEqual(await found(q(zhangWei.slice(4, 11))), [zhangWei]);
    });

    test('by 事项 and by the day range submitted, on the hub\'s clock', async () => {
      assert.deepEqual(await found('service=gaoling'), [liSimin]);
      assert.deepEqual(await found('from=2026-12-02&to=2026-12-03'), [callback, zhangWei].sort(), '16:30 UTC on the 3rd is the 4th in Beijing');
      assert.deepEqual(await found('from=2026-12-04'), [liSimin, anonymous].sort());
      assert.deepEqual(await found(`from=2026-12-01&to=2026-12-03&${q('张')}`), [zhangSanmin, zhangWei].sort());
      assert.equal((await adminCall(hub, 'GET', '/v1/workbench/cases?from=2026-13-01')).status, 400);
    });

    test('pages keep the order overdue → nearly due → the rest → paused, each case once, with the total', async () => {
      const paused = await adminCall(hub, 'POST', `/v1/workbench/cases/${zhangWei}/status`, { status: '补正材料', reply: '请补交户口簿' });
      assert.equal(paused.status, 200, JSON.stringify(paused.json));
      const pages = [];
      for (let page = 1; page <= 3; page++) pages.push(await list(`limit=2&page=${page}`));
      assert.deepEqual(
        pages.map((p) => p.cases.map((c: { caseNumber: string }) => c.caseNumber)),
        [[zhangSanmin, callback], [liSimin, anonymous], [zhangWei]],
        '2 and 1 working days overdue, 1 and 2 left, then the paused one',
      );
      assert.deepEqual(pages.map((p) => [p.total, p.page, p.pageSize]), [[5, 1, 2], [5, 2, 2], [5, 3, 2]]);
      assert.deepEqual(pages[0].cases.map((c: { clock: { remainingWorkingDays: number } }) => c.clock.remainingWorkingDays), [-2, -1]);
      assert.deepEqual((await list('limit=2&page=4')).cases, []);
      const overdue = await list('overdue=true&limit=1&page=2');
      assert.deepEqual([overdue.total, overdue.cases.map((c: { caseNumber: string }) => c.caseNumber)], [2, [callback]]);
      assert.deepEqual(await found(`status=${encodeURIComponent('补正材料')}`), [zhangWei]);
    });
  });
}
