// The hub's heartbeat throughput with many simulated terminals: each enrolled with its own key,
// each heartbeat signed and sent over loopback HTTP, the hub on PGlite in memory (the default
// embedded store; PostgreSQL spreads the work over its own processes). Once with no commands
// waiting, once with an open command for every terminal (each answer then carries a signed
// command). A fleet of 1 000 terminals beating every 30 s needs 33 heartbeats a second.
import { createPublicKey, generateKeyPairSync, randomBytes } from 'node:crypto';
import { sha256HexOf, signManifest } from '../shared/contract/releases.ts';
import { startCentral, type RunningCentral } from '../central/server.ts';
import { publicKeyToBase64, signRequest } from '../shared/contract/signing.ts';
import type { BenchTable } from './run.ts';
import { beatBody } from './hub-load/load.ts';

const TERMINALS = Number(process.env.BENCH_HUB_TERMINALS ?? 200);
const BEATS = Number(process.env.BENCH_HUB_BEATS ?? 3000);
const CONCURRENCY = 16;

interface SimTerminal {
  terminalId: string;
  privateKey: ReturnType<typeof generateKeyPairSync>['privateKey'];
}

async function admin(hub: RunningCentral, method: string, path: string, body: unknown): Promise<{ code?: string }> {
  const res = await fetch(`${hub.url}${path}`, { method, headers: { authorization: `Bearer ${hub.adminToken}`, 'content-type': 'application/json' }, body: JSON.stringify(body) });
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
  return (await res.json()) as { code?: string };
}

async function enrollFleet(hub: RunningCentral): Promise<SimTerminal[]> {
  const fleet: SimTerminal[] = [];
  for (let i = 0; i < TERMINALS; i++) {
    const { code } = await admin(hub, 'POST', '/v1/admin/enrollment-codes', {});
    const { privateKey, publicKey } = generateKeyPairSync('ed25519');
    const res = await fetch(`${hub.url}/v1/enroll`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ code, publicKey: publicKeyToBase64(publicKey), siteCode: `SITE-${i}`, siteName: '示例镇便民服务中心', softwareVersion: '0.1.0' }),
    });
    fleet.push({ terminalId: ((await res.json()) as { terminalId: string }).terminalId, privateKey });
  }
  return fleet;
}

async function beatAll(hub: RunningCentral, fleet: SimTerminal[]): Promise<{ perSecond: number; p50: number; p99: number; commandsSeen: number; releasesOffered: number }> {
  const latencies: number[] = [];
  let next = 0;
  let commandsSeen = 0;
  let releasesOffered = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < BEATS) {
        const terminal = fleet[next++ % fleet.length]!;
        const body = beatBody();
        const headers = signRequest(terminal.privateKey, { terminalId: terminal.terminalId, method: 'POST', path: '/v1/heartbeat', body });
        const t0 = performance.now();
        const res = await fetch(`${hub.url}/v1/heartbeat`, { method: 'POST', headers: { ...headers, 'content-type': 'application/json' }, body });
        const answer = (await res.json()) as { commands: unknown[]; release?: unknown };
        if (res.status !== 200) throw new Error(`heartbeat ${res.status}`);
        commandsSeen += answer.commands.length;
        if (answer.release) releasesOffered++;
        latencies.push(performance.now() - t0);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return { perSecond: BEATS / seconds, p50: latencies[Math.floor(latencies.length / 2)]!, p99: latencies[Math.floor(latencies.length * 0.99)]!, commandsSeen, releasesOffered };
}

export async function run(): Promise<BenchTable[]> {
  const releaseKey = generateKeyPairSync('ed25519').privateKey;
  const hub = await startCentral({ port: 0, inMemory: true, logLevel: 'silent', releasePublicKey: publicKeyToBase64(createPublicKey(releaseKey)) });
  try {
    const fleet = await enrollFleet(hub);
    const quiet = await beatAll(hub, fleet);
    for (const terminal of fleet) await admin(hub, 'POST', `/v1/admin/terminals/${terminal.terminalId}/commands`, { command: { type: 'set-volume', percent: 50 } });
    const busy = await beatAll(hub, fleet);
    // Updates (issue 12): a rollout at 50 %: about half the answers carry the signed manifest.
    const bundle = randomBytes(1024);
    const signed = signManifest(releaseKey, { version: '0.2.0', bundle: { sha256: sha256HexOf(bundle), size: bundle.length }, minFromVersion: '0.1.0', storeSchema: { version: 5, readableFrom: 5 }, created: new Date().toISOString() });
    await admin(hub, 'POST', '/v1/admin/releases', { ...signed, bundleBase64: bundle.toString('base64') });
    await admin(hub, 'POST', '/v1/admin/rollouts', { version: '0.2.0', stages: [50, 100] });
    const rolling = await beatAll(hub, fleet);
    const row = (label: string, r: typeof quiet) => [label, Math.round(r.perSecond), r.p50.toFixed(1), r.p99.toFixed(1), r.commandsSeen, r.releasesOffered, Math.floor(r.perSecond * 30)];
    return [
      {
        title: `Hub heartbeats: ${TERMINALS} simulated terminals, ${BEATS} signed heartbeats, ${CONCURRENCY} in flight (PGlite in memory)`,
        columns: ['case', 'heartbeats/s', 'p50 ms', 'p99 ms', 'commands delivered', 'releases offered', 'terminals at one beat per 30 s'],
        rows: [row('no open commands', quiet), row('one open command per terminal', busy), row('… and a rollout at 50 %', rolling)],
        note: 'Each heartbeat: signature check (the key remembered), then two statements: the nonce (with whether the terminal was replaced), and the terminal\'s update with its open commands and the rollout\'s offer (central/routes/heartbeat-statement.ts). 1 000 terminals every 30 s need 33/s; bench/hub-scale compares with the hub before.',
      },
    ];
  } finally {
    await hub.close();
  }
}
