// A kiosk re-enrolled (new code, new key) while central held a batch whose answer never came
// back: the outbox sends it again under the new terminal id, and central must still store each
// transaction once, because the new terminal carries the old one's signed hand-over.
import { test } from 'vitest';
import assert from 'node:assert/strict';
import { compare, createSyncHarness, hubTransactions } from './sync-harness.ts';
import { newEnrollmentCode } from '../../support/hub-admin.ts';
import { onlyPath } from '../../support/fault-proxy.ts';
import { enroll } from '../../../terminal/sync/enroll.ts';
import { tibetanResident } from '../../support/fixtures.ts';

const batches = onlyPath('/v1/transactions/batch');

test('re-enrolling after a lost acknowledgement stores nothing twice', async () => {
  const h = await createSyncHarness({ proxy: true });
  try {
    const before = await h.journey();
    h.proxy!.setDefault((method, path) => (batches(method, path) ? { kind: 'drop-answer' } : { kind: 'pass' }));
    const agent = h.start();
    const until = Date.now() + 10_000;
    while ((await hubTransactions(h.central)).length < 2) {
      assert.ok(Date.now() < until, 'central never received the batch');
      await new Promise((r) => setTimeout(r, 50));
    }
    await agent.close();
    assert.equal(h.outbox.stats().pending, 2, 'the kiosk still thinks both are unsent');

    const renewed = await enroll({ centralUrl: h.central.url, code: await newEnrollmentCode(h.central), dataDir: h.core.dataDir, site: h.core.config.site });
    assert.notEqual(renewed.terminalId, h.identity.terminalId);
    h.proxy!.setDefault({ kind: 'pass' });
    const after = await h.journey(tibetanResident);
    h.start({ identity: renewed });
    await h.drained();

    const kioskIds = h.core.transactions.list().map((t) => t.id);
    assert.ok(kioskIds.includes(before) && kioskIds.includes(after));
    const hub = await hubTransactions(h.central);
    assert.deepEqual(compare(kioskIds, hub), { lost: [], duplicated: [] });
    assert.equal(hub.length, 4);
  } finally {
    await h.close();
  }
});
