// 办件 at the hub: application and demand transactions become cases at 已接件; forged, colliding and
// malformed ones are refused and change nothing; residents, numbers and codes see what the privacy
// rules allow; admins move cases only along the allowed transitions, with replies where needed.
import { describe, test, beforeAll, afterAll } from 'vitest';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { adminCall, enrollTerminal, sendBatch, signedCall, type HubFactory, type HubUnderTest, type TestTerminal } from '../helpers/hub.ts';
import { applicationItem, caseNumberOf, demandItem, NEIGHBOUR, RESIDENT } from './case-items.ts';

export function casesSuite(startHub: HubFactory): void {
  describe('办件: cases from transactions, lookups, admin', () => {
    let hub: HubUnderTest;
    let east: TestTerminal; // terminal number 1
    let west: TestTerminal; // terminal number 2
    const submitted = new Date(Date.now() - 3_600_000);
    const applied = caseNumberOf(1, 1);
    const complained = caseNumberOf(1, 2);
    const anonymous = caseNumberOf(1, 3);
    beforeAll(async () => {
      hub = await startHub();
      east = await enrollTerminal(hub, 'EAST');
      west = await enrollTerminal(hub, 'WEST');
    });
    afterAll(() => hub?.close());

    const send = (terminal: TestTerminal, ...items: unknown[]) => sendBatch(hub, terminal, items);
    const lookup = (terminal: TestTerminal, body: unknown) => signedCall(hub, terminal, 'POST', '/v1/cases/lookup', { body });
    const allCases = async () => (await adminCall(hub, 'GET', '/v1/admin/cases')).json as { caseNumber: string; status: string }[];
    const setStatus = (number: string, status: string, reply?: string) => adminCall(hub, 'POST', `/v1/admin/cases/${number}/status`, { status, ...(reply ? { reply } : {}) });

    test('an application and a demand become cases at 已接件, timed when the resident submitted them', async () => {
      const application = applicationItem(applied, { occurredAt: submitted });
      const response = await send(east, application, demandItem(complained), demandItem(anonymous, { anonymous: true, queryCode: '11112222' }));
      assert.equal(response.status, 200, JSON.stringify(response.json));
      assert.equal(response.json.accepted.length, 3);
      const one = await adminCall(hub, 'GET', `/v1/admin/cases/${applied}`);
      assert.equal(one.status, 200);
      assert.equal(one.json.status, '已接件');
      assert.equal(one.json.title, '最低生活保障申请');
      assert.equal(one.json.siteCode, 'EAST');
      assert.deepEqual(one.json.steps, [{ status: '已接件', at: submitted.toISOString(), reply: null }]);
      assert.deepEqual(one.json.allowed, ['已受理', '不予受理', '补正材料']);
      assert.deepEqual(one.json.details.fields, { name: '张三民', phone: '13912345678', household: 3 }, 'the clerk sees the form');
      const demand = (await adminCall(hub, 'GET', `/v1/admin/cases/${complained}`)).json;
      assert.equal(demand.details.description, '村口路灯坏了三个月');
      assert.equal(demand.details.callbackPhone, '13800001111');
    });

    test('the ID number and the 查询码 hash are kept neither in transactions nor in cases', async () => {
      const stored = await adminCall(hub, 'GET', '/v1/admin/transactions?limit=1000');
      const details = await Promise.all([applied, complained, anonymous].map((n) => adminCall(hub, 'GET', `/v1/admin/cases/${n}`)));
      const text = JSON.stringify(stored.json) + JSON.stringify(details.map((d) => d.json)) + JSON.stringify(await allCases());
      assert.ok(!text.includes(RESIDENT), 'ID number at the hub');
      assert.ok(!text.includes(createHash('sha256').update('12345678').digest('hex')), 'code hash at the hub');
      const application = stored.json.find((t: { kind: string }) => t.kind === 'application');
      assert.deepEqual(Object.keys(application.payload).sort(), ['data', 'serviceId']);
    });

    test('a resent transaction is a duplicate and makes no second case', async () => {
      const item = applicationItem(caseNumberOf(1, 4));
      assert.deepEqual((await send(east, item)).json, { accepted: [item.id], duplicates: [] });
      assert.deepEqual((await send(east, item)).json, { accepted: [], duplicates: [item.id] });
      assert.equal((await allCases()).filter((c) => c.caseNumber === caseNumberOf(1, 4)).length, 1);
    });

    test("another terminal's prefix, a wrong check digit or a taken number is refused naming the item; nothing of the batch is stored", async () => {
      const before = (await allCases()).length;
      const good = demandItem(caseNumberOf(1, 5));
      const forged = applicationItem(caseNumberOf(2, 1)); // west's number, sent by east
      const refused = await send(east, good, forged);
      assert.equal(refused.status, 422);
      assert.equal(refused.json.error, 'case-number-not-yours');
      assert.equal(refused.json.issues[0].path, 'items.1.payload.data.caseNumber', 'the kiosk parks item 1 and resends the rest');
      const digits = caseNumberOf(1, 6);
      const mistyped = applicationItem(digits.slice(0, 11) + String((Number(digits[11]) + 1) % 10));
      const badDigit = await send(east, mistyped);
      assert.equal(badDigit.status, 422);
      assert.equal(badDigit.json.issues[0].path, 'items.0.payload.data.caseNumber');
      // 0000 (made before enrolling) is accepted from any terminal, but only once.
      const early = caseNumberOf(0, 1);
      assert.equal((await send(west, demandItem(early))).status, 200);
      const taken = await send(east, applicationItem(early));
      assert.equal(taken.status, 422);
      assert.equal(taken.json.error, 'case-number-taken');
      assert.equal((await send(east, applicationItem(applied))).json.error, 'case-number-taken', 'a new transaction reusing a number');
      const badPersonal = applicationItem(caseNumberOf(1, 7));
      (badPersonal.payload.personal as { idNumber: unknown }).idNumber = 12;
      assert.equal((await send(east, badPersonal)).json.issues[0].path, 'items.0.payload.personal.idNumber');
      assert.equal((await allCases()).length, before + 1, 'only the 0000 case was stored');
      assert.equal((await adminCall(hub, 'GET', `/v1/admin/cases/${caseNumberOf(1, 5)}`)).status, 404, 'the good item of a refused batch waits for its resend');
      assert.equal((await send(east, good)).json.accepted[0], good.id);
    });

    test('by resident: their own non-anonymous cases with replies; new results until they look', async () => {
      assert.equal((await setStatus(applied, '已受理', '材料齐全，已受理')).status, 200);
      const greeting = await lookup(west, { by: 'resident', idNumber: RESIDENT, markSeen: false });
      assert.equal(greeting.status, 200);
      const numbers = greeting.json.cases.map((c: { caseNumber: string }) => c.caseNumber).sort();
      assert.ok(numbers.includes(applied) && numbers.includes(complained));
      assert.ok(!numbers.includes(anonymous), 'an anonymous demand is nobody’s');
      const mine = (n: string, r = greeting) => r.json.cases.find((c: { caseNumber: string }) => c.caseNumber === n);
      assert.equal(mine(applied).newForResident, true);
      assert.equal(mine(applied).steps[1].reply, '材料齐全，已受理');
      assert.equal(mine(complained).newForResident, false, 'its own submission is not news');
      const seen = await lookup(east, { by: 'resident', idNumber: RESIDENT, markSeen: true });
      assert.equal(mine(applied, seen).newForResident, true, 'still new on the screen that marks it seen');
      const after = await lookup(east, { by: 'resident', idNumber: RESIDENT, markSeen: false });
      assert.equal(mine(applied, after).newForResident, false);
      await new Promise((r) => setTimeout(r, 5));
      await setStatus(complained, '不予受理', '不属于本部门职责，请拨打12345');
      const again = await lookup(east, { by: 'resident', idNumber: RESIDENT.toLowerCase(), markSeen: false });
      assert.equal(mine(complained, again).newForResident, true);
      assert.deepEqual((await lookup(east, { by: 'resident', idNumber: NEIGHBOUR, markSeen: false })).json.cases, []);
    });

    test('by number: statuses without replies; the right 查询码 opens replies; anonymous needs the code', async () => {
      const bare = await lookup(west, { by: 'number', caseNumber: applied, queryCode: null });
      assert.equal(bare.status, 200);
      assert.equal(bare.json.cases[0].repliesHidden, true);
      assert.deepEqual(bare.json.cases[0].steps.map((s: { status: string; reply: unknown }) => [s.status, s.reply]), [['已接件', null], ['已受理', null]]);
      const opened = await lookup(west, { by: 'number', caseNumber: applied, queryCode: '12345678' });
      assert.equal(opened.json.cases[0].steps[1].reply, '材料齐全，已受理');
      const anon = await lookup(west, { by: 'number', caseNumber: anonymous, queryCode: null });
      assert.equal(anon.status, 403);
      assert.equal(anon.json.error, 'needs-query-code');
      assert.equal((await lookup(west, { by: 'number', caseNumber: anonymous, queryCode: '11112222' })).json.cases[0].kind, 'demand');
      assert.equal((await lookup(west, { by: 'number', caseNumber: caseNumberOf(9, 9), queryCode: null })).json.error, 'unknown-case');
      const bad = await lookup(west, { by: 'number', caseNumber: '123', queryCode: null });
      assert.equal(bad.status, 400);
      assert.equal(bad.json.issues[0].path, 'caseNumber');
    });

    test('wrong codes are refused, and after five for one case even the right one waits', async () => {
      for (let i = 0; i < 5; i++) {
        const wrong = await lookup(east, { by: 'number', caseNumber: anonymous, queryCode: `0000000${i}` });
        assert.equal(wrong.status, 403);
        assert.equal(wrong.json.error, 'wrong-query-code');
      }
      const blocked = await lookup(west, { by: 'number', caseNumber: anonymous, queryCode: '11112222' });
      assert.equal(blocked.status, 429);
      assert.equal(blocked.json.error, 'too-many-guesses');
      assert.ok(Number(blocked.headers.get('retry-after')) > 0);
      assert.equal((await lookup(east, { by: 'number', caseNumber: applied, queryCode: '12345678' })).status, 200, 'other cases still open');
      assert.equal((await fetch(`${hub.url}/progress/${anonymous}?code=11112222`)).status, 429, 'the phone page counts the same guesses');
      // A quarter of an hour later the case opens again (the page is unsigned, so the hub's clock may move).
      hub.clockOffsetMs = 16 * 60_000;
      try {
        assert.equal((await fetch(`${hub.url}/progress/${anonymous}?code=11112222`)).status, 200);
      } finally {
        hub.clockOffsetMs = 0;
      }
    });

    test("the receipt QR's page: statuses for anyone, replies with the code, anonymous needs it", async () => {
      const page = await fetch(`${hub.url}/progress/${complained}`);
      const html = await page.text();
      assert.equal(page.status, 200);
      assert.ok(html.includes('不予受理') && !html.includes('12345'), 'status shown, reply hidden');
      const withCode = await (await fetch(`${hub.url}/progress/${complained}?code=87654321`)).text();
      assert.ok(withCode.includes('不属于本部门职责，请拨打12345'));
      const wrong = await fetch(`${hub.url}/progress/${complained}?code=87654320`);
      assert.equal(wrong.status, 403);
      assert.ok((await wrong.text()).includes('查询码不正确'));
      const json = await fetch(`${hub.url}/progress/${complained}?code=87654321`, { headers: { accept: 'application/json' } });
      assert.equal((await json.json()).steps[1].reply, '不属于本部门职责，请拨打12345');
      assert.equal((await fetch(`${hub.url}/progress/${anonymous}`)).status, 403);
      assert.equal((await fetch(`${hub.url}/progress/123456789012`)).status, 400);
    });

    test('admins move a case only along the allowed transitions, with a reply where the resident needs one', async () => {
      const illegal = await setStatus(applied, '补正材料', '请补充户口本');
      assert.equal(illegal.status, 409);
      assert.equal(illegal.json.error, 'illegal-transition');
      assert.match(illegal.json.message, /办理中, 特别程序, 已办结/);
      const unknown = await setStatus(applied, '已完成');
      assert.equal(unknown.status, 400);
      assert.match(unknown.json.message, /已接件, 已受理, 不予受理, 补正材料, 办理中, 特别程序, 已办结/);
      const silent = await setStatus(applied, '已办结');
      assert.equal(silent.status, 400);
      assert.equal(silent.json.error, 'reply-required');
      assert.equal((await adminCall(hub, 'GET', `/v1/admin/cases/${applied}`)).json.steps.length, 2, 'refusals changed nothing');
      assert.equal((await setStatus(applied, '办理中')).status, 200);
      const done = await setStatus(applied, '已办结', '已批准，请到民政办领取');
      assert.equal(done.json.status, '已办结');
      assert.deepEqual(done.json.allowed, []);
      assert.deepEqual(done.json.steps.map((s: { status: string }) => s.status), ['已接件', '已受理', '办理中', '已办结']);
      assert.match((await setStatus(applied, '办理中')).json.message, /final/);
      assert.equal((await setStatus(caseNumberOf(9, 9), '已受理')).status, 404);
      assert.equal((await setStatus('123456789012', '已受理')).json.error, 'invalid-case-number');
    });

    test('the case list filters by status, kind and site; an unknown status filter is named', async () => {
      const done = (await adminCall(hub, 'GET', `/v1/admin/cases?status=${encodeURIComponent('已办结')}`)).json;
      assert.deepEqual(done.map((c: { caseNumber: string }) => c.caseNumber), [applied]);
      const west = (await adminCall(hub, 'GET', '/v1/admin/cases?site=WEST')).json;
      assert.deepEqual(west.map((c: { caseNumber: string }) => c.caseNumber), [caseNumberOf(0, 1)]);
      const demands = (await adminCall(hub, 'GET', '/v1/admin/cases?kind=demand')).json;
      assert.ok(demands.length >= 3 && demands.every((c: { kind: string }) => c.kind === 'demand'));
      assert.ok(!('details' in demands[0]), 'the list carries nothing personal');
      const bad = await adminCall(hub, 'GET', '/v1/admin/cases?status=done');
      assert.equal(bad.status, 400);
      assert.match(bad.json.message, /valid: 已接件/);
    });

    test('the case list pages newest first: pages of `limit` follow each other by the last case shown, each case exactly once', async () => {
      // Five more cases in one second: ties in time are ordered by number, so no page boundary loses one.
      const sameSecond = new Date(Date.now() - 60_000);
      const more = [10, 11, 12, 13, 14].map((seq) => caseNumberOf(1, seq));
      assert.equal((await send(east, ...more.map((n) => demandItem(n, { occurredAt: sameSecond })))).status, 200);
      const everything = (await allCases()).map((c) => c.caseNumber);
      assert.ok(everything.length >= 8, `expected at least 8 cases, got ${everything.length}`);
      const paged: string[] = [];
      let after: string | undefined;
      for (let pages = 0; pages < 10; pages++) {
        const page = (await adminCall(hub, 'GET', `/v1/admin/cases?limit=3${after ? `&after=${after}` : ''}`)).json as { caseNumber: string }[];
        paged.push(...page.map((c) => c.caseNumber));
        if (page.length < 3) break;
        after = page.at(-1)!.caseNumber;
      }
      assert.deepEqual(paged, everything, 'the pages together are the whole list, in order');
      assert.equal(new Set(paged).size, paged.length);
      const unknown = await adminCall(hub, 'GET', `/v1/admin/cases?after=${caseNumberOf(9, 9)}`);
      assert.equal(unknown.status, 400);
      assert.equal(unknown.json.error, 'unknown-case');
      assert.equal((await adminCall(hub, 'GET', '/v1/admin/cases?limit=501')).status, 400, 'a page is at most 500');
    });
  });
}
