// The hub's hot path under a fleet's load, today's hub beside the one before issue 27's rewrite
// (bench/hub-load/baseline-tree.ts), on PGlite in memory and on a local PostgreSQL 15, in one run.
// Each hub runs in a process of its own; the load generator (this process) sits beside it on the
// same machine, as a county's balancer would. Sizes: BENCH_HUB_TERMINALS, BENCH_HUB_SENDERS,
// BENCH_HUB_BEATS, BENCH_HUB_BATCHES, BENCH_HUB_ROUNDS (old and new alternate, A B A B).
import { postgresUnavailableReason, startPostgres, type PostgresServer } from '../tests/central/helpers/postgres.ts';
import { BASELINE_REF, currentRoot, exportBaseline } from './hub-load/baseline-tree.ts';
import { startHubProcess } from './hub-load/hub-process.ts';
import { batchLoad, enrollFleet, heartbeatLoad, percentile, queueCommands, type LoadResult } from './hub-load/load.ts';
import type { BenchTable } from './run.ts';
import { runFleet, type FleetResult } from './fleet-sim/fleet.ts';

const TERMINALS = Number(process.env.BENCH_HUB_TERMINALS ?? 300);
const SENDERS = Number(process.env.BENCH_HUB_SENDERS ?? 32);
const BEATS = Number(process.env.BENCH_HUB_BEATS ?? 3000);
const BATCHES = Number(process.env.BENCH_HUB_BATCHES ?? 30);
const BATCH_SIZE = 200;
const BATCH_SENDERS = 4;
const ROUNDS = Number(process.env.BENCH_HUB_ROUNDS ?? 1);
/** The fleet simulator's run: the enrolled terminals beating every FLEET_BEAT_SECONDS for FLEET_SECONDS. */
const FLEET_BEAT_SECONDS = Number(process.env.BENCH_HUB_FLEET_BEAT_SECONDS ?? 3);
const FLEET_SECONDS = Number(process.env.BENCH_HUB_FLEET_SECONDS ?? 20);

interface Version {
  label: string;
  root: string;
}

/** A load's result with the CPU seconds the hub process and the PostgreSQL server spent on it. */
interface Costed extends LoadResult {
  hubCpu: number;
  dbCpu: number | null;
}

interface Measured {
  quiet: Costed;
  busy: Costed;
  commands: number;
  ingest: Costed;
  fleet: FleetResult & { hubCpu: number; dbCpu: number | null; beats: number };
}

async function measure(version: Version, databaseUrl: string | undefined, postgres: PostgresServer | null): Promise<Measured> {
  const hub = await startHubProcess(version.root, { databaseUrl });
  const costed = async (load: () => Promise<LoadResult>): Promise<Costed> => {
    const [hub0, db0] = [await hub.cpuSeconds(), databaseUrl ? postgres?.cpuSeconds() ?? null : null];
    const result = await load();
    const [hub1, db1] = [await hub.cpuSeconds(), databaseUrl ? postgres?.cpuSeconds() ?? null : null];
    return { ...result, hubCpu: hub1 - hub0, dbCpu: db0 === null || db1 === null ? null : db1 - db0 };
  };
  try {
    const fleet = await enrollFleet(hub, TERMINALS);
    await heartbeatLoad(hub, fleet, Math.min(BEATS, TERMINALS), SENDERS); // warm-up: each terminal once
    const quiet = await costed(() => heartbeatLoad(hub, fleet, BEATS, SENDERS));
    await queueCommands(hub, fleet);
    const counts = { commands: 0, offers: 0 };
    const busy = await costed(() => heartbeatLoad(hub, fleet, BEATS, SENDERS, counts));
    const ingest = await costed(() => batchLoad(hub, fleet, BATCHES, BATCH_SIZE, BATCH_SENDERS));
    let simulated: FleetResult | null = null;
    const fleetCost = await costed(async () => {
      simulated = await runFleet(hub, fleet, { seconds: FLEET_SECONDS, beatSeconds: FLEET_BEAT_SECONDS, batchEverySeconds: 10, batchSize: 20 });
      return { requests: 0, seconds: simulated.seconds, latencies: [] };
    });
    const sim = simulated as unknown as FleetResult;
    return { quiet, busy, commands: counts.commands, ingest, fleet: { ...sim, hubCpu: fleetCost.hubCpu, dbCpu: fleetCost.dbCpu, beats: sim.beatsPerSecond * sim.seconds } };
  } finally {
    await hub.stop();
  }
}

/** CPU seconds per 1 000 units (beats or transactions), hub process + PostgreSQL server. */
const cpuPerThousand = (r: Pick<Costed, 'hubCpu' | 'dbCpu'>, units: number) => {
  const per = (seconds: number) => ((seconds / units) * 1000).toFixed(2);
  return [per(r.hubCpu), r.dbCpu === null ? '–' : per(r.dbCpu)];
};

const ms = (n: number) => n.toFixed(1);

export async function run(): Promise<BenchTable[]> {
  const baseline = exportBaseline();
  const versions: Version[] = [...('root' in baseline ? [{ label: `before (${BASELINE_REF.slice(0, 8)})`, root: baseline.root }] : []), { label: 'today', root: currentRoot }];
  const pgUnavailable = postgresUnavailableReason();
  let postgres: PostgresServer | null = null;
  const beatRows: (string | number)[][] = [];
  const ingestRows: (string | number)[][] = [];
  const fleetRows: (string | number)[][] = [];
  let databases = 0;
  try {
    if (!pgUnavailable) postgres = await startPostgres();
    for (const database of ['PGlite', ...(postgres ? ['PostgreSQL'] : [])]) {
      for (let round = 0; round < ROUNDS; round++) {
        for (const version of versions) {
          const url = database === 'PostgreSQL' ? await postgres!.createDatabase(`bench_hub_${process.pid}_${++databases}`) : undefined;
          console.error(`bench: hub ${version.label} on ${database}, round ${round + 1}…`);
          const m = await measure(version, url, postgres);
          const beat = (label: string, r: Costed) => [version.label, database, label, Math.round(r.requests / r.seconds), ms(percentile(r.latencies, 0.5)), ms(percentile(r.latencies, 0.99)), Math.floor((r.requests / r.seconds) * 30), ...cpuPerThousand(r, r.requests)];
          beatRows.push(beat('no open commands', m.quiet), beat(`an open command each (${m.commands} delivered)`, m.busy));
          const tx = m.ingest.requests * BATCH_SIZE;
          ingestRows.push([version.label, database, Math.round(tx / m.ingest.seconds), ms(percentile(m.ingest.latencies, 0.5)), ms(percentile(m.ingest.latencies, 0.99)), ...cpuPerThousand(m.ingest, tx)]);
          const route = (name: string) => m.fleet.routes.find((r) => r.route.includes(name));
          const figures = (name: string) => (route(name) ? `${ms(route(name)!.p50)} / ${ms(route(name)!.p99)}` : '–');
          fleetRows.push([version.label, database, m.fleet.beatsPerSecond.toFixed(1), Math.round(m.fleet.transactionsPerSecond), figures('heartbeat'), figures('batch'),
            m.fleet.routes.reduce((n, r) => n + r.failed, 0), ...cpuPerThousand(m.fleet, m.fleet.beats)]);
        }
      }
    }
  } finally {
    await postgres?.stop();
    if ('remove' in baseline) baseline.remove();
  }
  const missing = [...('unavailable' in baseline ? [baseline.unavailable] : []), ...(pgUnavailable ? [`no PostgreSQL: ${pgUnavailable}`] : [])];
  return [
    {
      title: `Hub heartbeats: ${TERMINALS} enrolled terminals, ${BEATS} signed heartbeats from ${SENDERS} concurrent senders, hub in its own process`,
      columns: ['hub', 'database', 'case', 'heartbeats/s', 'p50 ms', 'p99 ms', 'terminals at one beat per 30 s', 'hub CPU s / 1 000 beats', 'PostgreSQL CPU s / 1 000 beats'],
      rows: beatRows,
      note: `50 000 terminals at a 30 s beat need 1 667/s. CPU is process time (fairer than wall-clock on a shared machine); PGlite's runs inside the hub process.${missing.length ? ` ${missing.join('; ')}.` : ''}`,
    },
    {
      title: `Hub batch ingest: ${BATCHES} batches of ${BATCH_SIZE} (a queue ticket and its rating per visit) from ${BATCH_SENDERS} terminals at once`,
      columns: ['hub', 'database', 'transactions/s', 'batch p50 ms', 'batch p99 ms', 'hub CPU s / 1 000 tx', 'PostgreSQL CPU s / 1 000 tx'],
      rows: ingestRows,
      note: 'Every item is checked accepted; each rating resolves the ticket it rates at the hub.',
    },
    {
      title: `Fleet simulator (npm run fleet-sim): the ${TERMINALS} terminals beating every ${FLEET_BEAT_SECONDS} s for ${FLEET_SECONDS} s, a batch of 20 from each every 10 s, commands acknowledged`,
      columns: ['hub', 'database', 'beats/s', 'transactions/s', 'heartbeat p50 / p99 ms', 'batch p50 / p99 ms', 'failed', 'hub CPU s / 1 000 beats (all routes)', 'PostgreSQL CPU s / 1 000 beats'],
      rows: fleetRows,
      note: `Offered: ${Math.round(TERMINALS / FLEET_BEAT_SECONDS)} beats/s; a hub that keeps up answers them all within the run.`,
    },
  ];
}
