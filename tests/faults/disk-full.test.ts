// A full disk: the kiosk refuses new tickets with a message a resident can act on, keeps every
// ticket it already issued, and delivers them all once space is back. The store runs on a tiny
// tmpfs when this process may mount one (root); otherwise SQLite's max_page_count stands in.
import { test } from 'vitest';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseConfig } from '../../config/load.ts';
import { defaultCatalog } from '../../config/default-catalog.ts';
import { KioskError } from '../../terminal/api.ts';
import { openStore } from '../../terminal/store/open-store.ts';
import { createFieldCipher, loadOrCreateStoreKey } from '../../terminal/store/field-cipher.ts';
import { createTransactionStore } from '../../terminal/store/transactions.ts';
import { createPrintJobStore } from '../../terminal/store/print-jobs.ts';
import { createOutboxStore } from '../../terminal/store/outbox.ts';
import { createTerminal } from '../../terminal/terminal.ts';
import { startCentral } from '../../central/server.ts';
import { enroll } from '../../terminal/sync/enroll.ts';
import { startSync } from '../../terminal/sync/agent.ts';
import { FakeCardReader, FakePrinter } from '../support/fake-devices.ts';
import { ManualClock } from '../support/manual-clock.ts';
import { hanResident } from '../support/fixtures.ts';
import { compare, fastTiming, hubTransactions } from '../terminal/sync/sync-harness.ts';
import { newEnrollmentCode } from '../support/hub-admin.ts';

function tryMountTmpfs(dir: string, size: string): boolean {
  if (process.getuid?.() !== 0) return false;
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', dir], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

test('a full disk refuses new tickets with a clear message and loses none already taken', { timeout: 120_000 }, async () => {
  const root = mkdtempSync(join(tmpdir(), 'kiosk-full-'));
  const dataDir = join(root, 'data');
  mkdirSync(dataDir);
  const mounted = tryMountTmpfs(dataDir, '2m');
  // Ballast filling part of the disk, removed later to give the kiosk room again.
  if (mounted) writeFileSync(join(dataDir, 'ballast'), Buffer.alloc(200 * 1024));
  const central = await startCentral({ port: 0, inMemory: true, logLevel: 'silent' });
  const config = parseConfig({ central: { url: central.url } }, 'test');
  const clock = new ManualClock();
  let db = openStore(dataDir);
  if (!mounted) db.pragma(`max_page_count = ${(db.pragma('page_count', { simple: true }) as number) + 120}`);
  const cipher = createFieldCipher(loadOrCreateStoreKey(dataDir));
  const printer = new FakePrinter();
  const cardReader = new FakeCardReader();
  const terminal = createTerminal({
    config,
    catalog: defaultCatalog,
    devices: { cardReader, printer },
    clock,
    db,
    transactions: createTransactionStore(db, cipher),
    printJobs: createPrintJobStore(db, () => new Date(clock.now())),
  });
  try {
    const issued: string[] = [];
    let refusal: unknown = null;
    cardReader.place(hanResident);
    for (let i = 0; i < 20_000 && !refusal; i++) {
      try {
        issued.push((await terminal.takeQueueTicket({ serviceId: 'queue' })).transactionId);
      } catch (err) {
        refusal = err;
      }
    }
    console.log(`disk-full (${mounted ? 'tmpfs 2 MiB' : 'max_page_count'}): ${issued.length} tickets issued before the store was full`);
    assert.ok(refusal instanceof KioskError, `expected a KioskError, got ${String(refusal)}`);
    assert.equal(refusal.code, 'storage-full');
    assert.match(refusal.message, /存储空间不足.*已办理的业务不受影响/);
    assert.ok(issued.length > 10);
    terminal.close();
    db.close();

    // Space back (ballast removed), kiosk restarted: every ticket issued is there and gets delivered.
    rmSync(join(dataDir, 'ballast'), { force: true });
    db = openStore(dataDir);
    const kept = db.prepare(`SELECT t.id FROM transactions t JOIN outbox o ON o.transaction_id = t.id WHERE t.kind = 'queue-ticket'`).pluck().all() as string[];
    assert.deepEqual(new Set(kept), new Set(issued), 'every issued ticket is still in the store and its outbox');
    const identity = await enroll({ centralUrl: central.url, code: await newEnrollmentCode(central), dataDir, site: config.site });
    const outbox = createOutboxStore(db, cipher);
    const agent = startSync({ db, outbox, centralUrl: central.url, identity, retentionDays: 30, timing: { ...fastTiming, batchSize: 200 } });
    const until = Date.now() + 60_000;
    while (outbox.stats().pending > 0) {
      assert.ok(Date.now() < until, `not drained: ${JSON.stringify(outbox.stats())}`);
      await new Promise((r) => setTimeout(r, 50));
    }
    await agent.close();
    const { lost, duplicated } = compare(issued, await hubTransactions(central));
    console.log(`disk-full: lost ${lost.length}, duplicated ${duplicated.length}`);
    assert.deepEqual({ lost, duplicated }, { lost: [], duplicated: [] });
  } finally {
    if (db.open) db.close();
    await central.close();
    if (mounted) execFileSync('umount', [dataDir]);
    rmSync(root, { recursive: true, force: true });
  }
});
