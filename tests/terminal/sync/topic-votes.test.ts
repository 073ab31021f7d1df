// 议题公告 votes through the outbox: two kiosks, one resident voting at both while offline. Each
// kiosk queues its vote; once the link is back both are delivered exactly once, and the hub counts
// one vote and refuses the second.
import { test } from 'vitest';
import assert from 'node:assert/strict';
import { mattersBodySchema } from '../../../shared/contract/public-matters.ts';
import { createCoreHarness } from '../../support/core-harness.ts';
import { hanResident } from '../../support/fixtures.ts';
import { createFieldCipher, loadOrCreateStoreKey } from '../../../terminal/store/field-cipher.ts';
import { createOutboxStore } from '../../../terminal/store/outbox.ts';
import { enroll } from '../../../terminal/sync/enroll.ts';
import { startSync } from '../../../terminal/sync/agent.ts';
import { createSyncHarness, fastTiming, hubTransactions } from './sync-harness.ts';
import { adminRequest, newEnrollmentCode } from '../../support/hub-admin.ts';
import { mattersBody } from '../../central/suites/public-matters.ts';
import { outcomeOf } from '../../support/outcome.ts';

// Two kiosks and a hub in one process: slow on a loaded machine, hence its own time limit.
test('one resident, two kiosks, both offline: both votes delivered once, one counted, one refused', { timeout: 120_000 }, async () => {
  const h = await createSyncHarness({ proxy: true });
  const second = createCoreHarness({ central: { url: h.proxy!.url } });
  let secondAgent: ReturnType<typeof startSync> | null = null;
  try {
    const body = mattersBody(h.core.clock.now());
    await adminRequest(h.central, 'PUT', '/v1/admin/documents/matters', { body });
    for (const core of [h.core, second]) core.terminal.applyMatters(mattersBodySchema.parse(body));
    const secondIdentity = await enroll({ centralUrl: h.central.url, code: await newEnrollmentCode(h.central), dataDir: second.dataDir, site: second.config.site });
    const secondOutbox = createOutboxStore(second.db, createFieldCipher(loadOrCreateStoreKey(second.dataDir)));

    await h.proxy!.refuse(); // the township's link is down
    for (const core of [h.core, second]) {
      core.cardReader.place(hanResident);
      const vote = await core.terminal.voteOnTopic({ topicId: 'road-lights', optionId: core === second ? 'no' : 'yes' });
      assert.equal(outcomeOf(vote), 'ok', 'offline, neither kiosk can know of the other');
    }
    h.start();
    secondAgent = startSync({ db: second.db, outbox: secondOutbox, centralUrl: h.proxy!.url, identity: secondIdentity, retentionDays: 30, timing: fastTiming });
    await new Promise((r) => setTimeout(r, 300));
    assert.equal(h.outbox.stats().pending, 1, 'still queued while the link is down');
    await h.proxy!.accept();
    await h.drained(60_000);
    const until = Date.now() + 60_000;
    while (secondOutbox.stats().pending > 0) {
      assert.ok(Date.now() < until, 'second kiosk did not drain');
      await new Promise((r) => setTimeout(r, 25));
    }
    const votes = (await hubTransactions(h.central)).filter((t) => t.kind === 'topic-vote');
    assert.equal(votes.length, 2, 'each kiosk delivered its vote exactly once');
    const results = (await adminRequest(h.central, 'GET', '/v1/admin/topics/road-lights/results')) as { total: number; refused: number };
    assert.equal(results.total, 1);
    assert.equal(results.refused, 1);
    assert.ok(!JSON.stringify(votes).includes(hanResident.idNumber), 'the hub kept no ID number');
  } finally {
    await secondAgent?.close();
    second.close();
    await h.close();
  }
});
