import { test } from 'vitest';
import assert from 'node:assert/strict';
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { createSyncHarness, hubTransactions, compare } from './sync-harness.ts';
import { hanResident, tibetanResident } from '../../support/fixtures.ts';

test('journeys taken offline reach central exactly once, in order per session, after the link returns', async () => {
  const h = await createSyncHarness({ proxy: true });
  try {
    await h.proxy!.refuse();
    const agent = h.start();
    const ids: string[] = [];
    for (let i = 0; i < 6; i++) ids.push(await h.journey(i % 2 ? tibetanResident : hanResident));
    await new Promise((r) => setTimeout(r, 300));
    const offline = agent.status();
    assert.equal(offline.state, 'offline');
    assert.equal(offline.pending, 12, 'six tickets and six ratings wait in the outbox');
    assert.match(offline.lastError ?? '', /refused the connection/);
    const ticket = await (async () => {
      h.core.cardReader.place(hanResident);
      return h.core.terminal.takeQueueTicket({ serviceId: 'queue' });
    })();
    assert.equal(ticket.queuedForSync, true, 'the receipt says the ticket is queued while offline');
    await h.core.terminal.endSession({});

    await h.proxy!.accept();
    await h.drained();
    const hub = await hubTransactions(h.central);
    const kioskIds = h.core.transactions.list().map((t) => t.id);
    assert.equal(kioskIds.length, 13);
    const { lost, duplicated } = compare(kioskIds, hub);
    assert.deepEqual({ lost: lost.length, duplicated: duplicated.length }, { lost: 0, duplicated: 0 });
    // Per session, central received the transactions in seq order.
    const bySession = new Map<string, number[]>();
    for (const t of hub) bySession.set(t.sessionId, [...(bySession.get(t.sessionId) ?? []), t.seq]);
    for (const seqs of bySession.values()) assert.deepEqual(seqs, [...seqs].sort((a, b) => a - b));
    // The personal part travelled to central (it is central's record) …
    const first = hub.find((t) => t.id === ids[0])!;
    assert.deepEqual(first.payload.personal, { idNumber: hanResident.idNumber, name: hanResident.name });
    assert.equal((first.payload.data as { ticketNumber: string }).ticketNumber, 'A001');
    // … and is gone from the kiosk once acknowledged.
    const status = agent.status();
    assert.equal(status.state, 'online');
    assert.equal(status.pending, 0);
    assert.ok(status.lastSuccessAt);
  } finally {
    await h.close();
  }
});

test('after acknowledgement the sealed personal column is NULL and its bytes are nowhere in the database files', async () => {
  const h = await createSyncHarness();
  try {
    const id = await h.journey(hanResident);
    const sealed = (h.core.db.prepare('SELECT personal FROM transactions WHERE id = ?').get(id) as { personal: Buffer }).personal;
    assert.ok(sealed.length > 40, 'the personal part is stored sealed until central has it');
    // Put the sealed value into the main file first, so the purge must really erase it there.
    h.core.db.pragma('wal_checkpoint(TRUNCATE)');
    assert.ok(readFileSync(join(h.core.dataDir, 'kiosk.db')).includes(sealed.subarray(13, 45)), 'the check below can see sealed bytes');
    h.start();
    await h.drained();
    const row = h.core.db.prepare('SELECT personal, acknowledged_at FROM transactions WHERE id = ?').get(id) as { personal: Buffer | null; acknowledged_at: string | null };
    assert.equal(row.personal, null);
    assert.ok(row.acknowledged_at);
    h.core.db.pragma('wal_checkpoint(TRUNCATE)');
    const files = ['kiosk.db', 'kiosk.db-wal'].map((f) => join(h.core.dataDir, f)).filter(existsSync);
    for (const file of files) {
      const bytes = readFileSync(file);
      assert.ok(!bytes.includes(sealed.subarray(13, 45)), `${file} still holds the sealed personal bytes`);
      assert.ok(!bytes.includes(Buffer.from(hanResident.idNumber)), `${file} holds the ID number`);
      assert.ok(!bytes.includes(Buffer.from(hanResident.name)), `${file} holds the name`);
    }
    // The non-personal remainder stays for diagnostics.
    assert.equal(h.core.transactions.get(id)!.data.ticketNumber, 'A001');
  } finally {
    await h.close();
  }
});

test('a batch central refuses as invalid is parked and reported, and the rest keeps flowing', async () => {
  const h = await createSyncHarness();
  try {
    const good = await h.journey(hanResident);
    // A row an older version could have written: a kind central's contract refuses.
    h.core.db.prepare(`UPDATE transactions SET kind = 'Bad Kind' WHERE id = (SELECT id FROM transactions WHERE kind = 'rating')`).run();
    const after = await h.journey(tibetanResident);
    const agent = h.start();
    const until = Date.now() + 10_000;
    while (h.outbox.stats().pending !== h.outbox.stats().parked || h.outbox.stats().pending === 0) {
      assert.ok(Date.now() < until, `did not settle: ${JSON.stringify(h.outbox.stats())}`);
      await new Promise((r) => setTimeout(r, 25));
    }
    assert.equal(h.outbox.stats().parked, 1, 'only the invalid transaction is parked');
    const hubIds = new Set((await hubTransactions(h.central)).map((t) => t.id));
    assert.ok(hubIds.has(good) && hubIds.has(after));
    assert.equal(hubIds.size, 3);
    assert.match(agent.status().lastError ?? '', /refused 1 transaction/);
    assert.equal(agent.status().pending, 1, 'the parked one is still counted as not sent');
  } finally {
    await h.close();
  }
});

test('a refused transaction holds back the rest of its session, and both leave in order once unparked', async () => {
  const h = await createSyncHarness();
  try {
    const ticket = await h.journey(hanResident);
    // Central will refuse the ticket (a kind its contract does not know); its rating must not
    // arrive at central ahead of it.
    h.core.db.prepare(`UPDATE transactions SET kind = 'Bad Kind' WHERE id = ?`).run(ticket);
    const other = await h.journey(tibetanResident);
    const agent = h.start();
    const until = Date.now() + 10_000;
    while (!(await hubTransactions(h.central)).some((t) => t.id === other) || h.outbox.stats().parked === 0) {
      assert.ok(Date.now() < until, `did not settle: ${JSON.stringify(h.outbox.stats())}`);
      await new Promise((r) => setTimeout(r, 25));
    }
    await new Promise((r) => setTimeout(r, 300)); // a few more polls: the held rating must stay
    const session = h.core.transactions.get(ticket)!.sessionId;
    const atHub = await hubTransactions(h.central);
    assert.deepEqual(atHub.filter((t) => t.sessionId === session), [], 'nothing of the refused session reached central');
    assert.deepEqual(h.outbox.stats().pending, 2, 'the refused ticket and its held rating');
    assert.equal(h.outbox.stats().parked, 1);
    await agent.close();

    // A software update fixed what central refused: unpark, and the session leaves in order.
    h.core.db.prepare(`UPDATE transactions SET kind = 'queue-ticket' WHERE id = ?`).run(ticket);
    assert.equal(h.outbox.unparkAll(), 1);
    h.start();
    await h.drained();
    const sessionAtHub = (await hubTransactions(h.central)).filter((t) => t.sessionId === session);
    assert.deepEqual(sessionAtHub.map((t) => t.seq), [1, 2]);
  } finally {
    await h.close();
  }
});
