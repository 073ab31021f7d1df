// A fleet of light simulated terminals in one process (issue 27): each enrolled with its own key,
// beating every `beatSeconds` (spread evenly over the interval), acknowledging every command a beat
// hands it, and sending a batch of the kiosk's mixed backlog every `batchEverySeconds`. What a hub
// answers is timed per route; beats/s is what the hub kept up with, not what was asked of it.
import { signRequest } from '../../shared/contract/signing.ts';
import { beatBody, mixedBatch, percentile, type Hub, type SimTerminal } from '../hub-load/load.ts';

export interface FleetOptions {
  seconds: number;
  beatSeconds: number;
  batchEverySeconds: number;
  batchSize: number;
}

export interface RouteFigures {
  route: string;
  requests: number;
  failed: number;
  p50: number;
  p99: number;
}

export interface FleetResult {
  seconds: number;
  beatsPerSecond: number;
  transactionsPerSecond: number;
  routes: RouteFigures[];
  /** The simulator's own CPU seconds: it shares the machine with the hub. */
  simulatorCpuSeconds: number;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, Math.max(0, ms)));

export async function runFleet(hub: Hub, fleet: SimTerminal[], options: FleetOptions): Promise<FleetResult> {
  const timings = new Map<string, { latencies: number[]; failed: number }>();
  const timed = async (route: string, terminal: SimTerminal, path: string, body: string): Promise<unknown> => {
    const figures = timings.get(route) ?? { latencies: [], failed: 0 };
    timings.set(route, figures);
    const headers = signRequest(terminal.privateKey, { terminalId: terminal.terminalId, method: 'POST', path, body });
    const t0 = performance.now();
    try {
      const res = await fetch(`${hub.url}${path}`, { method: 'POST', headers: { ...headers, 'content-type': 'application/json' }, body });
      const answer = await res.json();
      figures.latencies.push(performance.now() - t0);
      if (res.status !== 200) figures.failed++;
      return res.status === 200 ? answer : null;
    } catch {
      figures.failed++;
      return null;
    }
  };
  let beats = 0;
  let transactions = 0;
  const cpu0 = process.cpuUsage();
  const started = performance.now();
  const endAt = started + options.seconds * 1000;

  async function live(terminal: SimTerminal, index: number): Promise<void> {
    const beatMs = options.beatSeconds * 1000;
    let nextBeat = started + (index / fleet.length) * beatMs;
    let nextBatch = started + Math.random() * options.batchEverySeconds * 1000;
    while (true) {
      const due = Math.min(nextBeat, nextBatch);
      if (due >= endAt) return;
      await sleep(due - performance.now());
      if (nextBatch <= nextBeat) {
        nextBatch += options.batchEverySeconds * 1000;
        const answer = (await timed('POST /v1/transactions/batch', terminal, '/v1/transactions/batch', mixedBatch(options.batchSize))) as { accepted: string[] } | null;
        transactions += answer?.accepted.length ?? 0;
        continue;
      }
      nextBeat += beatMs;
      const answer = (await timed('POST /v1/heartbeat', terminal, '/v1/heartbeat', beatBody())) as { commands: { envelope: { id: string } }[] } | null;
      if (answer) beats++;
      for (const command of answer?.commands ?? []) {
        const path = `/v1/commands/${command.envelope.id}/result`;
        await timed('POST /v1/commands/{id}/result', terminal, path, JSON.stringify({ status: 'done', detail: 'simulated' }));
      }
    }
  }

  await Promise.all(fleet.map((terminal, i) => live(terminal, i)));
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpu0);
  return {
    seconds,
    beatsPerSecond: beats / seconds,
    transactionsPerSecond: transactions / seconds,
    routes: [...timings].map(([route, { latencies, failed }]) => {
      const sorted = latencies.sort((a, b) => a - b);
      return { route, requests: sorted.length, failed, p50: percentile(sorted, 0.5), p99: percentile(sorted, 0.99) };
    }),
    simulatorCpuSeconds: (cpu.user + cpu.system) / 1e6,
  };
}
