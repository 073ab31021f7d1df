// The greeting's "您有 N 件办理结果" (issue 21): after a card read the core asks the hub in the
// background, shows at once the count it last got for this resident, updates the greeting when the
// hub answers, and asks again with back-off while the visit lasts. Before, one ask with 4 s to
// answer and no retry: under load the count silently did not appear.
import { test, afterEach } from 'vitest';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { makeCaseNumber, type CaseLookupRequest, type CaseLookupResponse } from '../../shared/contract/cases.ts';
import type { SyncStatus } from '../../terminal/api.ts';
import { createCentralClient } from '../../terminal/sync/central-client.ts';
import { createProgressLinks, type CasesLink, type LookupAnswer } from '../../terminal/services/progress-query/cases-link.ts';
import { createCoreHarness } from '../support/core-harness.ts';
import { bothCases, testHub } from '../support/test-hub.ts';
import { startFakeCasesHub, type FakeCasesHub } from '../support/fake-cases-hub.ts';
import { hanResident } from '../support/fixtures.ts';

const online = (): SyncStatus => ({ state: 'online', pending: 0, oldestPendingAgeSeconds: null, lastSuccessAt: null, lastError: null });
/** Longer than any back-off step below, so only the retries' timing is in play. */
const LONG_VISIT = { session: { idleTimeoutSeconds: 3600, warningSeconds: 20 } };
/** The longest wait between two asks. */
const BACKOFF_CAP_MS = 30_000;

let h: ReturnType<typeof createCoreHarness> | undefined;
let hub: FakeCasesHub | undefined;
afterEach(async () => {
  h?.close();
  await hub?.close();
  h = undefined;
  hub = undefined;
});

/** The greeting's counts as the UI receives them (the progressNotice event). */
function greetingCounts(core: NonNullable<typeof h>): number[] {
  const seen: number[] = [];
  core.terminal.on('progressNotice', ({ count }) => seen.push(count));
  return seen;
}

/** Lets the core's pending continuations run (an answer handled, a retry scheduled). */
const settle = () => new Promise((r) => setImmediate(r));

/** A hub link the test answers by hand, one ask at a time. */
function handLink() {
  const asks: { request: CaseLookupRequest; reply(answer: LookupAnswer): void }[] = [];
  const waiting: ((n: number) => void)[] = [];
  const link: CasesLink = {
    lookup: (request) =>
      new Promise<LookupAnswer>((reply) => {
        asks.push({ request, reply });
        waiting.splice(0).forEach((w) => w(asks.length));
      }),
  };
  return {
    link,
    asks,
    /** The `n`th ask (1-based), once it has been made. */
    ask: async (n: number) => {
      while (asks.length < n) await new Promise<number>((r) => waiting.push(r));
      return asks[n - 1]!;
    },
  };
}

/** A hub answer naming `fresh` cases with a result the resident has not seen. */
function answer(fresh: number): LookupAnswer {
  const response: CaseLookupResponse = {
    checkedAt: '2026-11-23T01:30:00.000Z',
    cases: Array.from({ length: fresh }, (_, i) => ({
      caseNumber: makeCaseNumber(12, i + 1),
      kind: 'application' as const,
      title: '最低生活保障申请',
      status: '已办结' as const,
      steps: [{ status: '已接件' as const, at: '2026-11-02T02:00:00.000Z', reply: null }, { status: '已办结' as const, at: '2026-11-20T02:00:00.000Z', reply: '已通过' }],
      submittedAt: '2026-11-02T02:00:00.000Z',
      repliesHidden: false,
      newForResident: true,
    })),
  };
  return { ok: true, response };
}
const unreachable: LookupAnswer = { ok: false, reason: 'unreachable', detail: 'the hub answered 503 unavailable' };

test('a hub that answers after the old 4 s: the greeting shows the count', { timeout: 30_000 }, async () => {
  hub = await startFakeCasesHub([
    {
      caseNumber: makeCaseNumber(12, 1), kind: 'application', title: '最低生活保障申请', status: '已办结', submittedAt: '2026-11-02T02:00:00.000Z',
      steps: [{ status: '已接件', at: '2026-11-02T02:00:00.000Z', reply: null }, { status: '已办结', at: '2026-11-20T02:00:00.000Z', reply: '已通过' }],
      idNumber: hanResident.idNumber, anonymous: false, queryCode: '11112222',
    },
  ]);
  hub.delayMs = 4_500; // a hub under load
  h = createCoreHarness({}, { syncStatus: online });
  const baseUrl = hub.url;
  const links = createProgressLinks((timeoutMs) => createCentralClient({ baseUrl, timeoutMs })); // as kiosk-sync wires them
  h.terminal.connectHub(testHub({ cases: links }));
  const counts = greetingCounts(h);
  const shown = new Promise<number>((resolve) => h!.terminal.on('progressNotice', ({ count }) => resolve(count)));
  const deadline = new Promise<'none'>((resolve) => setTimeout(() => resolve('none'), 15_000).unref());
  h.cardReader.place(hanResident);
  assert.equal(await Promise.race([shown, deadline]), 1, '您有 1 件办理结果');
  assert.deepEqual(counts, [1]);
  assert.equal((await h.terminal.progressNotice({})).count, 1);
});

test('a hub that fails first then answers: the greeting shows the count once it does', async () => {
  h = createCoreHarness(LONG_VISIT, { syncStatus: online });
  const hand = handLink();
  h.terminal.connectHub(testHub({ cases: bothCases(hand.link) }));
  const counts = greetingCounts(h);
  h.cardReader.place(hanResident);
  (await hand.ask(1)).reply(unreachable);
  await settle();
  assert.deepEqual(counts, [], 'nothing known yet');

  h.clock.advance(BACKOFF_CAP_MS); // the kiosk asks again by itself
  (await hand.ask(2)).reply(answer(2));
  await settle();
  assert.deepEqual(counts, [2], '您有 2 件办理结果');
  assert.equal((await h.terminal.progressNotice({})).count, 2);
  h.clock.advance(10 * BACKOFF_CAP_MS);
  assert.equal(hand.asks.length, 2, 'answered: not asked again');
});

test('the count last got for this resident shows at once; the hub\'s answer updates it', async () => {
  h = createCoreHarness(LONG_VISIT, { syncStatus: online });
  const hand = handLink();
  h.terminal.connectHub(testHub({ cases: bothCases(hand.link) }));
  h.cardReader.place(hanResident);
  (await hand.ask(1)).reply(answer(2));
  await settle();
  await h.terminal.endSession({});

  const counts = greetingCounts(h);
  h.cardReader.place(hanResident); // the next visit, the hub slow again
  assert.equal((await h.terminal.progressNotice({})).count, 2, 'the greeting does not wait for the hub');
  (await hand.ask(2)).reply(answer(3));
  await settle();
  assert.equal(counts.at(-1), 3, 'updated when the hub answers');
  assert.equal((await h.terminal.progressNotice({})).count, 3);

  // Kept under a keyed hash of the ID number: the number is nowhere in the store files.
  for (const file of readdirSync(h.dataDir).filter((f) => f.startsWith('kiosk.db'))) {
    assert.ok(!readFileSync(join(h.dataDir, file)).includes(Buffer.from(hanResident.idNumber)), `${file} holds the ID number in clear`);
  }
});

test('results seen in the list this visit are not announced again from memory next visit', async () => {
  h = createCoreHarness(LONG_VISIT, { syncStatus: online });
  const hand = handLink();
  h.terminal.connectHub(testHub({ cases: bothCases(hand.link) }));
  h.cardReader.place(hanResident);
  (await hand.ask(1)).reply(answer(2));
  await settle();
  const listed = h.terminal.myCases({});
  (await hand.ask(2)).reply(answer(2));
  await listed;
  await h.terminal.endSession({});

  h.cardReader.place(hanResident);
  assert.equal((await h.terminal.progressNotice({})).count, 0, 'seen: nothing new to say until the hub tells otherwise');
});

test('the asking stops when the visit ends', async () => {
  h = createCoreHarness(LONG_VISIT, { syncStatus: online });
  const hand = handLink();
  h.terminal.connectHub(testHub({ cases: bothCases(hand.link) }));
  h.cardReader.place(hanResident);
  (await hand.ask(1)).reply(unreachable);
  await settle();
  h.clock.advance(BACKOFF_CAP_MS);
  (await hand.ask(2)).reply(unreachable);
  await settle();
  await h.terminal.endSession({});
  h.clock.advance(20 * BACKOFF_CAP_MS);
  await settle();
  assert.equal(hand.asks.length, 2, 'no ask after the visit');
});
