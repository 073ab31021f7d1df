import { test } from 'vitest';
import assert from 'node:assert/strict';
import { createSyncHarness, hubTransactions, compare } from './sync-harness.ts';
import { onlyPath, type Fault } from '../../support/fault-proxy.ts';
import { hanResident, tibetanResident } from '../../support/fixtures.ts';

const batches = onlyPath('/v1/transactions/batch');

test('every fault on the link ends with each transaction at central exactly once', async () => {
  const h = await createSyncHarness({ proxy: true });
  try {
    h.start();
    const faults: Fault[][] = [
      [{ kind: 'status', status: 500 }, { kind: 'status', status: 503 }],
      [{ kind: 'too-many', retryAfter: 0 }],
      [{ kind: 'delay', ms: 2_500 }], // longer than the 1.5 s request timeout
      [{ kind: 'reset-mid-response' }], // central stored the batch; the answer was cut
      [{ kind: 'drop-answer' }], // central stored the batch; the kiosk never heard
      [{ kind: 'drop-answer' }, { kind: 'reset-mid-response' }, { kind: 'drop-answer' }],
      Array.from({ length: 4 }, (): Fault => ({ kind: 'corrupt-request' })), // central cannot read the JSON, 4× in a row
    ];
    for (const [round, script] of faults.entries()) {
      h.proxy!.next(script, batches);
      const before = h.proxy!.log.filter((e) => batches(e.method, e.path)).length;
      await h.journey(round % 2 ? tibetanResident : hanResident);
      await h.journey(hanResident);
      await h.drained();
      const attempts = h.proxy!.log.filter((e) => batches(e.method, e.path)).length - before;
      assert.ok(attempts > script.length, `round ${round}: the faults were met (${attempts} batch requests)`);
    }
    const kioskIds = h.core.transactions.list().map((t) => t.id);
    const hub = await hubTransactions(h.central);
    const { lost, duplicated } = compare(kioskIds, hub);
    console.log(`faults: ${kioskIds.length} transactions, lost ${lost.length}, duplicated ${duplicated.length}`);
    assert.equal(kioskIds.length, faults.length * 4);
    assert.deepEqual({ lost, duplicated }, { lost: [], duplicated: [] });
    assert.equal(hub.length, kioskIds.length);
    assert.equal(h.outbox.stats().parked, 0, 'nothing good was parked because the link damaged it');
    const unpurged = h.core.db.prepare('SELECT COUNT(*) AS n FROM transactions WHERE personal IS NOT NULL').get() as { n: number };
    assert.equal(unpurged.n, 0, 'nothing personal is left once central has everything');
  } finally {
    await h.close();
  }
});

test('a 429 with Retry-After holds the next attempt back for the stated time', async () => {
  const h = await createSyncHarness({ proxy: true });
  try {
    h.proxy!.next([{ kind: 'too-many', retryAfter: 2 }], batches);
    await h.journey();
    const agent = h.start();
    // While it waits out the 429, the sync state says why (what a technician would see).
    const until = Date.now() + 1_500;
    while (!/429/.test(agent.status().lastError ?? '') && Date.now() < until) await new Promise((r) => setTimeout(r, 20));
    assert.match(agent.status().lastError ?? '', /429/);
    await h.drained();
    const tries = h.proxy!.log.filter((e) => batches(e.method, e.path));
    assert.equal(tries[0].fault, 'too-many');
    const gap = tries[1].at - tries[0].at;
    assert.ok(gap >= 1_950, `retried after ${gap} ms, Retry-After asked for 2000 ms (backoff alone would be ≤ 200 ms)`);
  } finally {
    await h.close();
  }
});

test('a Retry-After given as an HTTP date is honoured too', async () => {
  const h = await createSyncHarness({ proxy: true });
  try {
    // HTTP dates have whole seconds: ask for a moment 3 s ahead, expect at least ~2 s.
    h.proxy!.next([{ kind: 'too-many', retryAfter: new Date(Date.now() + 3_000).toUTCString() }], batches);
    await h.journey();
    h.start();
    await h.drained();
    const tries = h.proxy!.log.filter((e) => batches(e.method, e.path));
    assert.ok(tries[1].at - tries[0].at >= 1_900, `retried after ${tries[1].at - tries[0].at} ms`);
  } finally {
    await h.close();
  }
});
