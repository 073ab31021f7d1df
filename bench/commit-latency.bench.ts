// Durable commit latency of one transaction on the kiosk's store: the same WAL + synchronous=FULL
// settings the kiosk runs with, measured per commit (each one is fsynced before it returns).
// synchronous=NORMAL is shown beside it only as the price of durability, not as an option.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '../terminal/store/open-store.ts';
import { createFieldCipher, loadOrCreateStoreKey } from '../terminal/store/field-cipher.ts';
import { createTransactionStore } from '../terminal/store/transactions.ts';
import { createPrintJobStore } from '../terminal/store/print-jobs.ts';
import { nextTicketNumber } from '../terminal/services/queue-ticket/ticket-counter.ts';

const COMMITS = 400;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

function measure(synchronous: 'FULL' | 'NORMAL', withTicket: boolean): number[] {
  const dir = mkdtempSync(join(tmpdir(), 'bench-commit-'));
  const db = openStore(dir);
  db.pragma(`synchronous = ${synchronous}`);
  const transactions = createTransactionStore(db, createFieldCipher(loadOrCreateStoreKey(dir)));
  const printJobs = createPrintJobStore(db, () => new Date());
  const receipt = new Uint8Array(1200).fill(0x41);
  const times: number[] = [];
  try {
    for (let i = 0; i < COMMITS; i++) {
      const start = process.hrtime.bigint();
      const commit = db.transaction(() => {
        const ticketNumber = withTicket ? nextTicketNumber(db, 'general', 'A', new Date(), 'Asia/Shanghai') : `A${i}`;
        const id = transactions.record({
          sessionId: 'bench-session',
          seq: i,
          kind: 'queue-ticket',
          serviceId: 'queue',
          occurredAt: new Date(),
          data: { ticketNumber, queueId: 'general' },
          personal: { idNumber: '510122195603070013', name: '张伟民' },
        });
        if (withTicket) printJobs.create(id, receipt);
      });
      commit();
      times.push(Number(process.hrtime.bigint() - start) / 1e6);
    }
  } finally {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  }
  return times.sort((a, b) => a - b);
}

export async function run() {
  const cases: [string, 'FULL' | 'NORMAL', boolean][] = [
    ['transaction + outbox (kiosk setting: WAL, synchronous=FULL)', 'FULL', false],
    ['queue ticket: counter + transaction + outbox + print job (FULL)', 'FULL', true],
    ['transaction + outbox, synchronous=NORMAL (not durable; reference)', 'NORMAL', false],
  ];
  const rows = cases.map(([label, sync, ticket]) => {
    const t = measure(sync, ticket);
    return [label, COMMITS, percentile(t, 50).toFixed(2), percentile(t, 99).toFixed(2), t[t.length - 1].toFixed(2)];
  });
  return [
    {
      title: 'Durable commit latency of one transaction (kiosk SQLite store)',
      columns: ['commit', 'n', 'p50 ms', 'p99 ms', 'max ms'],
      rows,
      note: `Each commit returns only after fsync (synchronous=FULL): what the resident waits for before the ticket prints. Data dir: ${tmpdir()} (its file system decides the fsync cost).`,
    },
  ];
}
