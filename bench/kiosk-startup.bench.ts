// How long a kiosk takes from being started to `kiosk ready:` (the UI can be used), and what it
// holds in memory then: the first start of a new terminal, an ordinary restart (the supervisor's
// after a crash, the daily one), a restart with a week of unsent transactions in the store, and a
// restart while something else keeps both cores busy — the loaded terminal PC on which start-up
// once passed 30 s. Started exactly as `npm start` runs it (node + tsx, cli/kiosk.ts) with the
// simulated devices and no shell, so the figures are the core's own, not Chromium's.
// KIOSK_STARTUP_RUNS=5 BENCH_STARTUP_BACKLOG=10000 npm run bench -- startup  to vary it.
import { Worker } from 'node:worker_threads';
import { cpus, loadavg, tmpdir } from 'node:os';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { startKioskProcess } from '../tests/support/kiosk-process.ts';
import { openStore } from '../terminal/store/open-store.ts';
import { createFieldCipher, loadOrCreateStoreKey } from '../terminal/store/field-cipher.ts';
import { recordUnsentBacklog } from './unsent-backlog.ts';
import type { BenchTable } from './run.ts';

const RUNS = Number(process.env.KIOSK_STARTUP_RUNS ?? 5);
const BACKLOG = Number(process.env.BENCH_STARTUP_BACKLOG ?? 10_000);

interface Start {
  ms: number;
  rssMiB: number;
}

/** Resident memory of the kiosk process at the moment it said it was ready. */
function rssMiB(pid: number): number {
  const line = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return line ? Number(line[1]) / 1024 : NaN;
}

async function startOnce(dataDir: string): Promise<Start> {
  const started = performance.now();
  const kiosk = await startKioskProcess({ dataDir, args: ['--standalone'], timeoutMs: 180_000 });
  const ms = performance.now() - started;
  const rss = rssMiB(kiosk.child.pid!);
  const code = await kiosk.stop();
  if (code !== 0) throw new Error(`kiosk start-up bench: the kiosk exited with ${code}\n${kiosk.stderr()}`);
  return { ms, rssMiB: rss };
}

/** A week offline at a busy hall: unsent tickets and ratings, sealed as the kiosk seals them. */
function fillBacklog(dataDir: string): void {
  const db = openStore(dataDir);
  try {
    recordUnsentBacklog(db, createFieldCipher(loadOrCreateStoreKey(dataDir)), BACKLOG);
  } finally {
    db.close();
  }
}

/** Both cores kept busy by spinning workers, as another program on the terminal PC would. */
function busyCores(): { stop(): Promise<void> } {
  const workers = cpus().map(() => new Worker('for (;;) {}', { eval: true }));
  return { stop: async () => void (await Promise.all(workers.map((w) => w.terminate()))) };
}

function summary(name: string, starts: Start[]): (string | number)[] {
  const ms = starts.map((s) => s.ms).sort((a, b) => a - b);
  const median = ms[Math.floor(ms.length / 2)]!;
  const rss = Math.max(...starts.map((s) => s.rssMiB));
  return [name, starts.length, (median / 1000).toFixed(2), (ms.at(-1)! / 1000).toFixed(2), rss.toFixed(0)];
}

export async function run(): Promise<BenchTable[]> {
  const root = mkdtempSync(join(tmpdir(), 'bench-startup-'));
  const rows: (string | number)[][] = [];
  try {
    const firsts: Start[] = [];
    for (let i = 0; i < RUNS; i++) firsts.push(await startOnce(join(root, `new-${i}`)));
    rows.push(summary('first start of a new terminal (keys, store created)', firsts));

    const dir = join(root, 'kept');
    await startOnce(dir);
    const restarts: Start[] = [];
    for (let i = 0; i < RUNS; i++) restarts.push(await startOnce(dir));
    rows.push(summary('restart, same data dir', restarts));

    fillBacklog(dir);
    const backlogged: Start[] = [];
    for (let i = 0; i < RUNS; i++) backlogged.push(await startOnce(dir));
    rows.push(summary(`restart with ${BACKLOG.toLocaleString('en')} unsent transactions`, backlogged));

    const load = busyCores();
    const loaded: Start[] = [];
    try {
      for (let i = 0; i < RUNS; i++) loaded.push(await startOnce(dir));
    } finally {
      await load.stop();
    }
    rows.push(summary(`restart while ${cpus().length} cores are kept busy`, loaded));
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
  return [
    {
      title: 'Kiosk start-up: started → `kiosk ready:` (s), simulated devices, no shell',
      columns: ['start', 'runs', 'median s', 'worst s', 'RSS at ready MiB'],
      rows,
      note:
        'As `npm start` runs it: node + tsx compiling the TypeScript at each start. The supervisor gives a starting kiosk 120 s (KIOSK_SUPERVISOR_START_GRACE_SECONDS); the tests wait up to 60 s. ' +
        `Load average at the end: ${loadavg().map((l) => l.toFixed(1)).join(' ')} on ${cpus().length} cores.`,
    },
  ];
}
