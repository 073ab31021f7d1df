// Draining 10 000 queued transactions to a hub (in-process, PGlite in memory, over loopback HTTP
// with signed requests) in batches, versus one request per transaction, side by side in one run.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startCentral } from '../central/server.ts';
import { openStore } from '../terminal/store/open-store.ts';
import { createFieldCipher, loadOrCreateStoreKey } from '../terminal/store/field-cipher.ts';
import { createOutboxStore } from '../terminal/store/outbox.ts';
import { createCentralClient } from '../terminal/sync/central-client.ts';
import { createDrainer } from '../terminal/sync/drainer.ts';
import { enroll } from '../terminal/sync/enroll.ts';
import { recordUnsentBacklog } from './unsent-backlog.ts';

const TRANSACTIONS = Number(process.env.BENCH_SYNC_TRANSACTIONS ?? 10_000);

async function drainAll(batchSize: number): Promise<{ seconds: number; requests: number; atHub: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-sync-'));
  const central = await startCentral({ port: 0, inMemory: true, logLevel: 'silent' });
  const db = openStore(dir);
  try {
    const cipher = createFieldCipher(loadOrCreateStoreKey(dir));
    recordUnsentBacklog(db, cipher, TRANSACTIONS);
    const codeRes = await fetch(`${central.url}/v1/admin/enrollment-codes`, {
      method: 'POST',
      headers: { authorization: `Bearer ${central.adminToken}`, 'content-type': 'application/json' },
      body: '{}',
    });
    const { code } = (await codeRes.json()) as { code: string };
    const identity = await enroll({ centralUrl: central.url, code, dataDir: dir, site: { code: 'BENCH', name: '基准测试' } });
    const outbox = createOutboxStore(db, cipher);
    const drainer = createDrainer({ outbox, client: createCentralClient({ baseUrl: central.url, identity }), batchSize });
    let requests = 0;
    const start = performance.now();
    for (;;) {
      const step = await drainer.step();
      if (step.kind === 'idle') break;
      requests++;
      if (step.kind === 'failed') throw new Error(`drain failed: ${step.error}`);
    }
    const seconds = (performance.now() - start) / 1000;
    return { seconds, requests, atHub: TRANSACTIONS - outbox.stats().pending };
  } finally {
    db.close();
    await central.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function run() {
  const rows: (string | number)[][] = [];
  for (const [label, size] of [
    ['batches of 500', 500],
    ['batches of 200 (kiosk default)', 200],
    ['one request per transaction', 1],
  ] as const) {
    const r = await drainAll(size);
    rows.push([label, r.requests, r.atHub, r.seconds.toFixed(1), Math.round(r.atHub / r.seconds)]);
  }
  return [
    {
      title: `Draining ${TRANSACTIONS} queued transactions to the hub`,
      columns: ['mode', 'requests', 'acknowledged', 'seconds', 'transactions/s'],
      rows,
      note: 'Same kiosk store and hub code in each row; every request is signed and every acknowledgement purges personal data in one SQLite commit.',
    },
  ];
}
