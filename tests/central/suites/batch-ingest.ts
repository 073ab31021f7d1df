import { describe, test, beforeAll, afterAll } from 'vitest';
import assert from 'node:assert/strict';
import { ulid } from 'ulid';
import {
  adminCall,
  enrollTerminal,
  sendBatch,
  tryEnroll,
  type HubFactory,
  type HubUnderTest,
  type TestTerminal,
} from '../helpers/hub.ts';

function item(seq: number, overrides: Record<string, unknown> = {}) {
  return {
    id: ulid(),
    sessionId: 'S-1',
    seq,
    kind: 'queue-ticket',
    occurredAt: new Date(Date.UTC(2026, 0, 5, 9, 0, seq)).toISOString(),
    payload: { queueId: 'general', ticket: `A${String(seq).padStart(3, '0')}` },
    ...overrides,
  };
}

async function storedIds(hub: HubUnderTest, terminal: TestTerminal): Promise<string[]> {
  const response = await adminCall(hub, 'GET', `/v1/admin/terminals/${terminal.terminalId}/transactions?limit=1000`);
  assert.equal(response.status, 200);
  return response.json.map((row: { id: string }) => row.id);
}

export function batchIngestSuite(startHub: HubFactory): void {
  describe('idempotent batch ingest', () => {
    let hub: HubUnderTest;
    beforeAll(async () => (hub = await startHub()));
    afterAll(() => hub?.close());

    test('the same batch twice: all accepted, then all duplicates, stored once', async () => {
      const terminal = await enrollTerminal(hub);
      const items = [item(0), item(1), item(2)];
      const first = await sendBatch(hub, terminal, items);
      assert.equal(first.status, 200);
      assert.deepEqual(first.json, { accepted: items.map((i) => i.id), duplicates: [] });
      const second = await sendBatch(hub, terminal, items);
      assert.deepEqual(second.json, { accepted: [], duplicates: items.map((i) => i.id) });
      assert.deepEqual(await storedIds(hub, terminal), items.map((i) => i.id));
    });

    test('after re-enrolling, what the old terminal delivered counts as duplicate and the old id is retired', async () => {
      const before = await enrollTerminal(hub);
      const delivered = [item(1), item(2)];
      assert.equal((await sendBatch(hub, before, delivered)).status, 200);
      const { response, terminal: after } = await tryEnroll(hub, { replaces: before });
      assert.equal(response.status, 201);

      // The kiosk never heard the answer for item 2, so it sends it again under its new id.
      const third = item(3);
      const resent = await sendBatch(hub, after, [delivered[1], third]);
      assert.equal(resent.status, 200);
      assert.deepEqual(resent.json, { accepted: [third.id], duplicates: [delivered[1].id] });
      assert.deepEqual(await storedIds(hub, after), [third.id]);
      assert.deepEqual(await storedIds(hub, before), delivered.map((i) => i.id));

      const old = await sendBatch(hub, before, [item(4)]);
      assert.equal(old.status, 401);
      assert.equal(old.json.error, 'terminal-replaced');
      const fleet = (await adminCall(hub, 'GET', '/v1/admin/terminals')).json as { terminalId: string; replacedBy: string | null }[];
      assert.equal(fleet.find((t) => t.terminalId === before.terminalId)?.replacedBy, after.terminalId);
      assert.equal(fleet.find((t) => t.terminalId === after.terminalId)?.replacedBy, null);
    });

    test('a hand-over not signed by the terminal it names is refused and retires nothing', async () => {
      const victim = await enrollTerminal(hub);
      const intruder = await enrollTerminal(hub);
      const { response } = await tryEnroll(hub, { replaces: victim, handOverSignedBy: intruder });
      assert.equal(response.status, 403);
      assert.equal(response.json.error, 'bad-replacement');
      assert.equal((await sendBatch(hub, victim, [item(1)])).status, 200, 'the named terminal keeps working');
    });

    test('a partially overlapping batch stores only the new items', async () => {
      const terminal = await enrollTerminal(hub);
      const [a, b, c] = [item(0), item(1), item(2)];
      await sendBatch(hub, terminal, [a, b]);
      const response = await sendBatch(hub, terminal, [b, c]);
      assert.deepEqual(response.json, { accepted: [c.id], duplicates: [b.id] });
      assert.deepEqual((await storedIds(hub, terminal)).sort(), [a.id, b.id, c.id].sort());
    });

    test('an id repeated inside one batch is stored and reported once', async () => {
      const terminal = await enrollTerminal(hub);
      const a = item(0);
      const response = await sendBatch(hub, terminal, [a, a]);
      assert.deepEqual(response.json, { accepted: [a.id], duplicates: [] });
      assert.deepEqual(await storedIds(hub, terminal), [a.id]);
    });

    test('the same batch sent concurrently is still stored exactly once', async () => {
      const terminal = await enrollTerminal(hub);
      const items = Array.from({ length: 50 }, (_, i) => item(i));
      const answers = await Promise.all([sendBatch(hub, terminal, items), sendBatch(hub, terminal, items), sendBatch(hub, terminal, items)]);
      const accepted = answers.flatMap((a) => a.json.accepted);
      assert.equal(accepted.length, 50);
      assert.equal(new Set(accepted).size, 50);
      assert.equal((await storedIds(hub, terminal)).length, 50);
    });

    test('stored fields round-trip, and one terminal cannot shadow another with the same id', async () => {
      const [one, two] = [await enrollTerminal(hub), await enrollTerminal(hub)];
      const shared = item(7, { kind: 'info-print', payload: { score: 5, comment: '办事很快' } });
      assert.deepEqual((await sendBatch(hub, one, [shared])).json.accepted, [shared.id]);
      assert.deepEqual((await sendBatch(hub, two, [shared])).json.accepted, [shared.id]);
      const [stored] = (await adminCall(hub, 'GET', `/v1/admin/transactions?terminalId=${two.terminalId}`)).json;
      assert.equal(stored.terminalId, two.terminalId);
      assert.deepEqual(
        { id: stored.id, sessionId: stored.sessionId, seq: stored.seq, kind: stored.kind, occurredAt: stored.occurredAt, payload: stored.payload },
        shared,
      );
      assert.ok(Date.now() - Date.parse(stored.receivedAt) < 10_000);
    });

    test('a bad item is refused naming the item and field, and nothing of the batch is stored', async () => {
      const terminal = await enrollTerminal(hub);
      const response = await sendBatch(hub, terminal, [item(0), item(1, { occurredAt: 'yesterday' })]);
      assert.equal(response.status, 400);
      assert.equal(response.json.error, 'invalid-body');
      assert.equal(response.json.issues[0].path, 'items.1.occurredAt');
      assert.match(response.json.message, /items\.1\.occurredAt/);
      assert.deepEqual(await storedIds(hub, terminal), []);
    });

    test('more than 500 items are refused; exactly 500 are taken', async () => {
      const terminal = await enrollTerminal(hub);
      const tooMany = await sendBatch(hub, terminal, Array.from({ length: 501 }, (_, i) => item(i)));
      assert.equal(tooMany.status, 400);
      assert.equal(tooMany.json.issues[0].path, 'items');
      const full = await sendBatch(hub, terminal, Array.from({ length: 500 }, (_, i) => item(i)));
      assert.equal(full.json.accepted.length, 500);
    });

    test('admin listing pages with after and limit in order of receipt', async () => {
      const terminal = await enrollTerminal(hub);
      const items = Array.from({ length: 5 }, (_, i) => item(i));
      await sendBatch(hub, terminal, items);
      const path = `/v1/admin/transactions?terminalId=${terminal.terminalId}`;
      const page1 = (await adminCall(hub, 'GET', `${path}&limit=2`)).json;
      const page2 = (await adminCall(hub, 'GET', `${path}&limit=2&after=${page1[1].cursor}`)).json;
      const page3 = (await adminCall(hub, 'GET', `${path}&limit=2&after=${page2[1].cursor}`)).json;
      assert.deepEqual([...page1, ...page2, ...page3].map((r: { id: string }) => r.id), items.map((i) => i.id));
      const bad = await adminCall(hub, 'GET', `${path}&limit=0`);
      assert.equal(bad.status, 400);
      assert.equal(bad.json.issues[0].path, 'limit');
    });
  });
}
