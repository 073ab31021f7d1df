// The load a fleet puts on a hub, generated from the bench process: enrolled terminals with their
// own keys, signed heartbeats from M concurrent senders, signed transaction batches (a ticket and
// its rating per visit, the mixed backlog of bench/unsent-backlog.ts) in the kiosk's batch size.
import { generateKeyPairSync, type KeyObject } from 'node:crypto';
import { ulid } from 'ulid';
import { publicKeyToBase64, signRequest } from '../../shared/contract/signing.ts';

export interface Hub {
  url: string;
  adminToken: string;
}

export interface SimTerminal {
  terminalId: string;
  privateKey: KeyObject;
}

export interface LoadResult {
  requests: number;
  seconds: number;
  /** Milliseconds, sorted. */
  latencies: number[];
}

export const percentile = (sorted: number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? NaN;

async function admin(hub: Hub, method: string, path: string, body: unknown): Promise<unknown> {
  const res = await fetch(`${hub.url}${path}`, { method, headers: { authorization: `Bearer ${hub.adminToken}`, 'content-type': 'application/json' }, body: JSON.stringify(body) });
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
  return res.json();
}

/** `count` terminals enrolled, `parallel` at a time (a simulated fleet of thousands enrolls in parallel). */
export async function enrollFleet(hub: Hub, count: number, parallel = 1): Promise<SimTerminal[]> {
  const fleet: SimTerminal[] = [];
  let next = 0;
  await Promise.all(Array.from({ length: parallel }, async () => {
    while (next < count) await enrollOne(next++);
  }));
  return fleet;

  async function enrollOne(i: number): Promise<void> {
    const { code } = (await admin(hub, 'POST', '/v1/admin/enrollment-codes', {})) as { code: string };
    const { privateKey, publicKey } = generateKeyPairSync('ed25519');
    const res = await fetch(`${hub.url}/v1/enroll`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ code, publicKey: publicKeyToBase64(publicKey), siteCode: `SITE-${i % 50}`, siteName: '示例镇便民服务中心', softwareVersion: '0.1.0' }),
    });
    if (!res.ok) throw new Error(`enroll: ${res.status} ${await res.text()}`);
    fleet.push({ terminalId: ((await res.json()) as { terminalId: string }).terminalId, privateKey });
  }
}

/** One open command for each of the first `count` terminals: their next beat carries it. */
export async function queueCommands(hub: Hub, terminals: SimTerminal[]): Promise<void> {
  for (const t of terminals) await admin(hub, 'POST', `/v1/admin/terminals/${t.terminalId}/commands`, { command: { type: 'set-volume', percent: 50 } });
}

export async function signedPost(hub: Hub, terminal: SimTerminal, path: string, body: string): Promise<unknown> {
  const headers = signRequest(terminal.privateKey, { terminalId: terminal.terminalId, method: 'POST', path, body });
  const res = await fetch(`${hub.url}${path}`, { method: 'POST', headers: { ...headers, 'content-type': 'application/json' }, body });
  const answer = await res.json();
  if (res.status !== 200) throw new Error(`${path}: ${res.status} ${JSON.stringify(answer)}`);
  return answer;
}

/** A healthy kiosk's heartbeat body, as sent. */
export function beatBody(): string {
  return JSON.stringify({
    at: new Date().toISOString(),
    softwareVersion: '0.1.0',
    devices: { printer: { state: 'ready', paperNearEnd: false }, cardReader: { state: 'ready' } },
    sync: { pending: 0, oldestPendingAgeSeconds: null, lastSuccessAt: null, lastError: null },
    screen: { lastFrameAgeSeconds: 3, uptimeSeconds: 3600 },
    alerts: [],
    freeDiskBytes: 20 * 1024 ** 3,
  });
}

/** Runs `total` calls of `one` from `senders` concurrent loops; `one(i)` gets the call's number. */
async function drive(total: number, senders: number, one: (i: number) => Promise<void>): Promise<LoadResult> {
  const latencies: number[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: senders }, async () => {
      while (next < total) {
        const i = next++;
        const t0 = performance.now();
        await one(i);
        latencies.push(performance.now() - t0);
      }
    }),
  );
  return { requests: total, seconds: (performance.now() - started) / 1000, latencies: latencies.sort((a, b) => a - b) };
}

export interface BeatCounts {
  commands: number;
  offers: number;
}

export async function heartbeatLoad(hub: Hub, fleet: SimTerminal[], beats: number, senders: number, counts: BeatCounts = { commands: 0, offers: 0 }): Promise<LoadResult> {
  return drive(beats, senders, async (i) => {
    const answer = (await signedPost(hub, fleet[i % fleet.length]!, '/v1/heartbeat', beatBody())) as { commands: unknown[]; release?: unknown };
    counts.commands += answer.commands.length;
    if (answer.release) counts.offers++;
  });
}

/** `size` items: a queue ticket and the rating of it, per visit (ratings resolve their ticket at the hub). */
export function mixedBatch(size: number): string {
  const items = [];
  const at = new Date().toISOString();
  for (let visit = 0; items.length < size; visit++) {
    const sessionId = `s${ulid()}`;
    const ticket = ulid();
    items.push({ id: ticket, sessionId, seq: 0, kind: 'queue-ticket', occurredAt: at, payload: { serviceId: 'queue', data: { ticketNumber: `A${String(visit % 1000).padStart(3, '0')}`, queueId: 'general' }, personal: { idNumber: '510122195603070013', name: '张伟民' } } });
    if (items.length === size) break;
    items.push({ id: ulid(), sessionId, seq: 1, kind: 'rating', occurredAt: at, payload: { serviceId: 'queue', data: { target: { type: 'transaction', transactionId: ticket }, level: 4, label: '满意', reason: null }, personal: { reasonText: null } } });
  }
  return JSON.stringify({ items });
}

/** `batches` batches of `size` from `senders` terminals at once; each batch is checked fully accepted. */
export async function batchLoad(hub: Hub, fleet: SimTerminal[], batches: number, size: number, senders: number): Promise<LoadResult> {
  const bodies = Array.from({ length: batches }, () => mixedBatch(size));
  return drive(batches, senders, async (i) => {
    const answer = (await signedPost(hub, fleet[i % fleet.length]!, '/v1/transactions/batch', bodies[i]!)) as { accepted: string[] };
    if (answer.accepted.length !== size) throw new Error(`batch ${i}: ${answer.accepted.length} of ${size} accepted`);
  });
}
