// 议题公告 at the hub: one vote per resident per topic across kiosks, keyed by a pseudonym; the ID
// number is not kept; resends count once; closed topics and unknown options change nothing.
import { describe, test, beforeAll, afterAll } from 'vitest';
import assert from 'node:assert/strict';
import { ulid } from 'ulid';
import { adminCall, enrollTerminal, sendBatch, signedCall, type HubFactory, type HubUnderTest, type TestTerminal } from '../helpers/hub.ts';

const HOUR = 3_600_000;
const RESIDENT = '510722196803121230';
const NEIGHBOUR = '51072219720405002X';

export function mattersBody(now = Date.now()) {
  const at = (h: number) => new Date(now + h * HOUR).toISOString();
  return {
    documents: [
      { id: 'caiwu-2026-q3', section: 'finance', title: '2026年第三季度村财务收支公开', text: '收入：……\n支出：……', publishedAt: at(-48) },
      { id: 'dangwu-fazhan', section: 'party', title: '发展党员公示', text: '拟发展对象：……', publishedAt: at(-24) },
    ],
    topics: [
      {
        id: 'road-lights',
        question: '是否在东村主路安装路灯？',
        options: [
          { id: 'yes', label: '同意' },
          { id: 'no', label: '不同意' },
        ],
        opensAt: at(-1),
        closesAt: at(48),
        results: 'live',
      },
      {
        id: 'square-name',
        question: '新广场命名',
        options: [
          { id: 'a', label: '和谐广场' },
          { id: 'b', label: '红星广场' },
        ],
        opensAt: at(-1),
        closesAt: at(48),
        results: 'after-close',
      },
      { id: 'old-poll', question: '已结束的议题', options: [{ id: 'x', label: '甲' }, { id: 'y', label: '乙' }], opensAt: at(-72), closesAt: at(-48), results: 'live' },
    ],
  };
}

export function voteItem(topicId: string, optionId: string, idNumber: string, comment?: string, occurredAt = new Date()) {
  return {
    id: ulid(),
    sessionId: `s-${ulid()}`,
    seq: 0,
    kind: 'topic-vote',
    occurredAt: occurredAt.toISOString(),
    payload: { serviceId: 'matters', data: { topicId, optionId }, personal: { idNumber, ...(comment ? { comment } : {}) } },
  };
}

export function publicMattersSuite(startHub: HubFactory): void {
  describe('议题公告: votes', () => {
    let hub: HubUnderTest;
    let east: TestTerminal;
    let west: TestTerminal;
    beforeAll(async () => {
      hub = await startHub();
      east = await enrollTerminal(hub, 'EAST');
      west = await enrollTerminal(hub, 'WEST');
      assert.equal((await adminCall(hub, 'PUT', '/v1/admin/documents/matters', { body: mattersBody() })).status, 200);
    });
    afterAll(() => hub?.close());

    const send = (terminal: TestTerminal, ...items: unknown[]) => sendBatch(hub, terminal, items);
    const results = async (topicId: string) => (await adminCall(hub, 'GET', `/v1/admin/topics/${topicId}/results`)).json;
    const check = (terminal: TestTerminal, topicId: string, idNumber: string) =>
      signedCall(hub, terminal, 'POST', `/v1/topics/${topicId}/voter-check`, { body: { idNumber } });

    test('a vote counts once, however often its transaction is resent', async () => {
      const vote = voteItem('road-lights', 'yes', RESIDENT, '晚上太黑了');
      assert.deepEqual((await send(east, vote)).json, { accepted: [vote.id], duplicates: [] });
      assert.deepEqual((await send(east, vote)).json, { accepted: [], duplicates: [vote.id] });
      const counted = await results('road-lights');
      assert.deepEqual(counted.options.map((o: { votes: number }) => o.votes), [1, 0]);
      assert.equal(counted.total, 1);
      assert.deepEqual(counted.comments.map((c: { comment: string }) => c.comment), ['晚上太黑了']);
    });

    test('the same resident voting again from another kiosk is refused; the count does not move', async () => {
      assert.deepEqual((await check(west, 'road-lights', RESIDENT)).json, { voted: true });
      assert.deepEqual((await check(west, 'road-lights', NEIGHBOUR)).json, { voted: false });
      const again = voteItem('road-lights', 'no', RESIDENT);
      assert.deepEqual((await send(west, again)).json, { accepted: [again.id], duplicates: [] }, 'delivered (the kiosk may forget it) but not counted');
      const neighbour = voteItem('road-lights', 'no', NEIGHBOUR.toLowerCase());
      await send(west, neighbour);
      const counted = await results('road-lights');
      assert.deepEqual(counted.options.map((o: { votes: number }) => o.votes), [1, 1]);
      assert.equal(counted.refused, 1);
      assert.deepEqual((await check(east, 'road-lights', NEIGHBOUR)).json, { voted: true }, 'a final x is the same resident as X');
    });

    test('the ID number is kept neither with the vote nor in the stored transaction', async () => {
      const stored = await adminCall(hub, 'GET', '/v1/admin/transactions?limit=1000');
      const text = JSON.stringify(stored.json) + JSON.stringify(await results('road-lights'));
      assert.ok(stored.json.some((t: { kind: string }) => t.kind === 'topic-vote'));
      for (const id of [RESIDENT, NEIGHBOUR, NEIGHBOUR.toLowerCase()]) assert.ok(!text.includes(id), `${id} at the hub`);
    });

    test('a vote for a closed topic, an unknown option or an unknown topic counts nothing', async () => {
      await send(east, voteItem('old-poll', 'x', '110101199001011234'), voteItem('road-lights', 'maybe', '110101199001011234'), voteItem('no-such-topic', 'x', '110101199001011234'));
      assert.equal((await results('old-poll')).total, 0);
      assert.equal((await results('old-poll')).refused, 1);
      const lights = await results('road-lights');
      assert.equal(lights.total, 2);
      assert.equal(lights.refused, 2);
      // Cast while open, delivered after closing (the kiosk was offline): it counts.
      const late = voteItem('old-poll', 'y', '110101199001011234', undefined, new Date(Date.now() - 60 * HOUR));
      await send(east, late);
      assert.equal((await results('old-poll')).total, 1);
    });

    test('terminals see live results, and after-close results only after closing; bad requests are named', async () => {
      const live = await signedCall(hub, east, 'GET', '/v1/topics/road-lights/results');
      assert.equal(live.status, 200);
      assert.equal(live.json.total, 2);
      assert.equal(live.json.comments, undefined, 'comments are for the admin');
      const hidden = await signedCall(hub, east, 'GET', '/v1/topics/square-name/results');
      assert.equal(hidden.status, 409);
      assert.equal(hidden.json.error, 'results-after-close');
      assert.equal((await signedCall(hub, east, 'GET', '/v1/topics/nope/results')).status, 404);
      const bad = await check(east, 'road-lights', '12345');
      assert.equal(bad.status, 400);
      assert.equal(bad.json.issues[0].path, 'idNumber');
      assert.equal((await adminCall(hub, 'GET', '/v1/admin/topics/nope/results')).json.error, 'unknown-topic');
    });

    test('a topic with one option, or closing before it opens, is refused at publishing', async () => {
      const body = mattersBody();
      body.topics[0]!.options = body.topics[0]!.options.slice(0, 1);
      body.topics[1]!.closesAt = body.topics[1]!.opensAt;
      const refused = await adminCall(hub, 'PUT', '/v1/admin/documents/matters', { body });
      assert.equal(refused.status, 400);
      assert.deepEqual(refused.json.issues.map((i: { path: string }) => i.path).sort(), ['body.topics.0.options', 'body.topics.1.closesAt']);
    });
  });
}
