// The other side of a power cut: the hub (a real `npm run central` process on embedded PGlite)
// killed with SIGKILL at random moments while a kiosk drains into it, and restarted on the same
// data dir and port. Whatever the hub acknowledged must still be there, and nothing twice.
import { test } from 'vitest';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RunningCentral } from '../../central/server.ts';
import { startCentralProcess, type CentralProcess } from '../central/helpers/processes.ts';
import { freePort } from '../central/helpers/free-port.ts';
import { createCoreHarness } from '../support/core-harness.ts';
import { hanResident, tibetanResident } from '../support/fixtures.ts';
import { createFieldCipher, loadOrCreateStoreKey } from '../../terminal/store/field-cipher.ts';
import { createOutboxStore } from '../../terminal/store/outbox.ts';
import { enroll } from '../../terminal/sync/enroll.ts';
import { startSync } from '../../terminal/sync/agent.ts';
import { compare, fastTiming, hubTransactions } from '../terminal/sync/sync-harness.ts';
import { newEnrollmentCode } from '../support/hub-admin.ts';

/** At least this many; more while the hub is still being killed. */
const JOURNEYS = 60;
const KILLS = 4;
const ADMIN_TOKEN = 'hub-kill9-admin-token-0123456789';

test(`the hub killed -9 ${KILLS}× while a kiosk drains journeys into it: 0 lost, 0 duplicated`, { timeout: 180_000 }, async () => {
  const root = mkdtempSync(join(tmpdir(), 'hub-kill9-'));
  const port = await freePort();
  const start = () =>
    startCentralProcess(['--port', String(port), '--data-dir', join(root, 'hub'), '--log-level', 'silent'], { CENTRAL_ADMIN_TOKEN: ADMIN_TOKEN });
  let hubProcess: CentralProcess = await start();
  const hub = { url: hubProcess.url, adminToken: ADMIN_TOKEN } as RunningCentral;
  const core = createCoreHarness({ central: { url: hub.url } });
  const identity = await enroll({ centralUrl: hub.url, code: await newEnrollmentCode(hub), dataDir: core.dataDir, site: core.config.site });
  const outbox = createOutboxStore(core.db, createFieldCipher(loadOrCreateStoreKey(core.dataDir)));
  const agent = startSync({ db: core.db, outbox, centralUrl: hub.url, identity, retentionDays: 30, timing: { ...fastTiming, pollMs: 20 } });
  try {
    let kills = 0;
    const killer = (async () => {
      while (kills < KILLS) {
        await new Promise((r) => setTimeout(r, 300 + Math.random() * 1_200));
        const exited = new Promise((r) => hubProcess.child.once('close', r));
        hubProcess.child.kill('SIGKILL');
        await exited;
        kills++;
        await new Promise((r) => setTimeout(r, 200 + Math.random() * 600)); // the hub is down a moment
        hubProcess = await start();
      }
    })();
    // Journeys keep coming until the last kill: every kill lands while the outbox is being drained.
    let killerDone = false;
    void killer.then(() => (killerDone = true));
    let journeys = 0;
    for (let i = 0; i < JOURNEYS || !killerDone; i++, journeys++) {
      core.cardReader.place(i % 2 ? tibetanResident : hanResident);
      const ticket = await core.terminal.takeQueueTicket({ serviceId: 'queue' });
      await core.terminal.rateTransaction({ transactionId: ticket.transactionId, level: 4 });
      await core.terminal.endSession({});
      await new Promise((r) => setTimeout(r, 100)); // residents arrive one after another
    }
    await killer;

    const until = Date.now() + 60_000;
    while (outbox.stats().pending > 0) {
      assert.ok(Date.now() < until, `kiosk did not drain: ${JSON.stringify(outbox.stats())}`);
      await new Promise((r) => setTimeout(r, 50));
    }
    const kioskIds = core.transactions.list().map((t) => t.id);
    const atHub = await hubTransactions(hub);
    const { lost, duplicated } = compare(kioskIds, atHub);
    console.log(`hub-kill9: ${kills} hub kills during ${journeys} journeys, ${kioskIds.length} kiosk transactions, ${atHub.length} at hub; lost ${lost.length}, duplicated ${duplicated.length}`);
    assert.equal(kills, KILLS);
    assert.equal(kioskIds.length, journeys * 2);
    assert.deepEqual({ lost, duplicated }, { lost: [], duplicated: [] });
    assert.equal(atHub.length, kioskIds.length);
  } finally {
    await agent.close();
    core.close();
    await hubProcess.stop();
    rmSync(root, { recursive: true, force: true });
  }
});
