// 好差评 at the hub: one rating per item however it is named; a bad rating needs a reason; bad ones
// are listed for follow-up with item, site, time and reason, and admins set their follow-up state.
import { describe, test, beforeAll, afterAll } from 'vitest';
import assert from 'node:assert/strict';
import { ulid } from 'ulid';
import { adminCall, enrollTerminal, sendBatch, type HubFactory, type HubUnderTest, type TestTerminal } from '../helpers/hub.ts';
import { applicationItem, caseNumberOf, queueTicketItem, ratingItem } from './case-items.ts';

interface Rating {
  id: string;
  itemKind: string;
  item: string;
  level: number;
  reason: string | null;
  reasons: string[];
  reasonText: string | null;
  siteCode: string;
  ratedAt: string;
  followUp: { state: string; note: string | null; rectificationId: string | null } | null;
}

export function ratingsSuite(startHub: HubFactory): void {
  describe('好差评: ratings and their follow-up', () => {
    let hub: HubUnderTest;
    let east: TestTerminal; // terminal number 1
    let west: TestTerminal;
    const caseNumber = caseNumberOf(1, 1);
    const application = applicationItem(caseNumber);
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
    beforeAll(async () => {
      hub = await startHub();
      east = await enrollTerminal(hub, 'EAST');
      west = await enrollTerminal(hub, 'EAST');
      assert.equal((await send(east, application, queueTicketItem('A012', 'EAST'))).status, 200);
    });
    afterAll(() => hub?.close());

    const send = (terminal: TestTerminal, ...items: unknown[]) => sendBatch(hub, terminal, items);
    const ratings = async (bad = false): Promise<Rating[]> => (await adminCall(hub, 'GET', `/v1/admin/ratings${bad ? '?bad=true' : ''}`)).json;

    test('a case is rated once, whether named by its number or by the transaction that made it', async () => {
      const first = ratingItem({ type: 'case', caseNumber }, 5);
      assert.deepEqual((await send(west, first)).json, { accepted: [first.id], duplicates: [] });
      const second = ratingItem({ type: 'transaction', transactionId: application.id }, 1, '结果不满意');
      assert.deepEqual((await send(east, second)).json, { accepted: [second.id], duplicates: [] }, 'delivered, so the kiosk does not resend it');
      const all = await ratings();
      assert.equal(all.length, 1);
      assert.equal(all[0]!.level, 5);
      assert.equal(all[0]!.itemKind, 'application');
      assert.match(all[0]!.item, new RegExp(`${caseNumber} 最低生活保障申请`));
      assert.equal(all[0]!.followUp, null, 'a good rating is not followed up');
    });

    test('a bad rating without a reason is refused naming the field, and nothing is stored', async () => {
      const before = (await ratings()).length;
      const noReason = ratingItem({ type: 'ticket', ticketNumber: 'A012', date: today }, 2);
      const refused = await send(east, noReason);
      assert.equal(refused.status, 422);
      assert.equal(refused.json.issues[0].path, 'items.0.payload.data.reason');
      const unknownCase = await send(east, ratingItem({ type: 'case', caseNumber: caseNumberOf(7, 7) }, 4));
      assert.equal(unknownCase.json.error, 'unknown-case');
      assert.equal((await ratings()).length, before);
      const stored = (await adminCall(hub, 'GET', '/v1/admin/transactions?limit=1000')).json;
      assert.ok(!stored.some((t: { id: string }) => t.id === noReason.id));
    });

    test('a ticket is rated by its number that day at the site; one the hub never saw is a counter visit', async () => {
      const ticket = ratingItem({ type: 'ticket', ticketNumber: 'A012', date: today }, 2, '等候时间长', '排了两个小时');
      const counter = ratingItem({ type: 'ticket', ticketNumber: 'B007', date: today }, 1, '服务态度差');
      assert.equal((await send(west, ticket, counter)).status, 200);
      const bad = await ratings(true);
      const byItem = new Map(bad.map((r) => [r.itemKind, r]));
      assert.equal(byItem.get('queue-ticket')?.reason, '等候时间长');
      assert.equal(byItem.get('queue-ticket')?.reasonText, '排了两个小时');
      assert.equal(byItem.get('queue-ticket')?.siteCode, 'EAST');
      assert.equal(byItem.get('counter-visit')?.item, `B007 (${today})`);
      assert.ok(bad.every((r) => r.level <= 2 && r.followUp?.state === '待核实' && r.followUp.rectificationId !== null));
      // The same ticket by its transaction id, from the kiosk that issued it: already rated.
      const ticketTx = (await adminCall(hub, 'GET', '/v1/admin/transactions?limit=1000')).json.find((t: { kind: string }) => t.kind === 'queue-ticket');
      await send(east, ratingItem({ type: 'transaction', transactionId: ticketTx.id }, 5));
      assert.equal((await ratings()).filter((r) => r.itemKind === 'queue-ticket').length, 1);
      const transactions = JSON.stringify((await adminCall(hub, 'GET', '/v1/admin/transactions?limit=1000')).json);
      assert.ok(!transactions.includes('排了两个小时'), "the resident's words are kept with the rating only");
    });

    test('several reasons reach the follow-up list, all of them; a one-reason rating lists its one', async () => {
      const several = queueTicketItem('A031', 'EAST');
      const one = queueTicketItem('A032', 'EAST');
      assert.equal((await send(east, several, one)).status, 200);
      const both = ratingItem({ type: 'transaction', transactionId: several.id }, 1, ['服务态度差', '等候时间长']);
      const single = ratingItem({ type: 'transaction', transactionId: one.id }, 2, '多次跑动');
      assert.equal((await send(east, both, single)).status, 200);
      const bad = await ratings(true);
      const of = (ticket: string) => bad.find((r) => r.item.startsWith(ticket))!;
      assert.deepEqual([of('A031').reasons, of('A031').reason], [['服务态度差', '等候时间长'], '服务态度差']);
      assert.deepEqual([of('A032').reasons, of('A032').reason], [['多次跑动'], '多次跑动']);
      assert.equal((await send(east, ratingItem({ type: 'ticket', ticketNumber: 'A099', date: today }, 2, ['多次跑动', '多次跑动']))).status, 422, 'each reason once');
    });

    test('an old rating with only ratesTransactionId is still accepted', async () => {
      const ticket = queueTicketItem('A013', 'EAST');
      const old = { id: ulid(), sessionId: 's-old', seq: 1, kind: 'rating', occurredAt: new Date().toISOString(), payload: { serviceId: 'queue', data: { ratesTransactionId: ticket.id, level: 4, label: '满意' } } };
      assert.equal((await send(east, ticket, old)).status, 200);
      assert.ok((await ratings()).some((r) => r.item === 'A013' && r.level === 4));
    });

    test('a bad rating’s follow-up is the 整改 it opened; the retired follow-up route answers 410 and changes nothing', async () => {
      const [target] = await ratings(true);
      assert.equal(target!.followUp?.state, '待核实', 'the 整改 opened with the rating, waiting for the clerk');
      assert.match(target!.followUp?.rectificationId ?? '', /^[1-9][0-9]*$/);
      const good = (await ratings()).find((r) => r.level >= 3)!;
      assert.equal(good.followUp, null, 'a good rating has nothing to follow up');
      for (const id of [target!.id, good.id, '999999']) {
        const retired = await adminCall(hub, 'POST', `/v1/admin/ratings/${id}/follow-up`, { state: '已整改', note: '已约谈窗口负责人' });
        assert.equal(retired.status, 410);
        assert.equal(retired.json.error, 'follow-up-is-rectification');
        assert.match(retired.json.message, /整改/);
      }
      assert.deepEqual((await ratings(true)).find((r) => r.id === target!.id)?.followUp, target!.followUp, 'nothing changed: one record of what was done');
    });

    test('a kiosk that enrolled again keeps its old number for cases, and rates what it sent before', async () => {
      const ticket = queueTicketItem('A020', 'EAST');
      assert.equal((await send(east, ticket)).status, 200);
      const renewed = await enrollTerminal(hub, { siteCode: 'EAST', siteName: '东村服务站', replaces: east });
      const late = applicationItem(caseNumberOf(1, 2)); // made offline under its old number
      const rating = ratingItem({ type: 'transaction', transactionId: ticket.id }, 3);
      assert.deepEqual((await send(renewed, late, rating)).json.accepted, [late.id, rating.id]);
      assert.equal((await adminCall(hub, 'GET', `/v1/admin/cases/${caseNumberOf(1, 2)}`)).status, 200);
      assert.ok((await ratings()).some((r) => r.item === 'A020' && r.level === 3));
      assert.equal((await send(renewed, applicationItem(caseNumberOf(2, 1)))).json.error, 'case-number-not-yours', "west's number is still not its own");
    });

    test('the rating list pages newest first by the last id shown, each rating exactly once', async () => {
      const tickets = ['B001', 'B002', 'B003', 'B004'].map((n) => queueTicketItem(n, 'EAST'));
      assert.equal((await send(west, ...tickets)).status, 200);
      assert.equal((await send(west, ...tickets.map((t) => ratingItem({ type: 'transaction', transactionId: t.id }, 4)))).status, 200);
      const everything = (await ratings()).map((r) => r.id);
      assert.ok(everything.length >= 6, `expected at least 6 ratings, got ${everything.length}`);
      const paged: string[] = [];
      let after: string | undefined;
      for (let pages = 0; pages < 10; pages++) {
        const page = (await adminCall(hub, 'GET', `/v1/admin/ratings?limit=2${after ? `&after=${after}` : ''}`)).json as Rating[];
        paged.push(...page.map((r) => r.id));
        if (page.length < 2) break;
        after = page.at(-1)!.id;
      }
      assert.deepEqual(paged, everything);
      assert.equal((await adminCall(hub, 'GET', '/v1/admin/ratings?after=999999')).json.error, 'unknown-rating');
    });
  });
}
