// The sync agent: drains the outbox, pulls signed documents, sends heartbeats and sweeps old
// acknowledged transactions, each on its own timer, all in the background. Nothing here is awaited
// by the UI: a resident's journey only ever writes to SQLite, online or offline.
import { EventEmitter } from 'node:events';
import type { SyncStatus } from '../core-contract.ts';
import type { Db } from '../store/open-store.ts';
import type { OutboxStore } from '../store/outbox.ts';
import { sweepAcknowledged } from '../store/purge.ts';
import { readSyncState, writeSyncState } from '../store/sync-state.ts';
import { createCentralClient, type CentralClient } from './central-client.ts';
import { defaultBackoff, retryDelay, type BackoffPolicy } from './backoff.ts';
import { createDrainer } from './drainer.ts';
import type { AttachmentUploader } from './attachment-uploader.ts';
import { createDocumentPuller, type DocumentAppliers } from './documents.ts';
import { sendHeartbeat, type HeartbeatReport } from './heartbeat.ts';
import type { TerminalIdentity } from './identity.ts';

export interface SyncTiming {
  /** How often an empty outbox is looked at again. */
  pollMs: number;
  requestTimeoutMs: number;
  batchSize: number;
  documentsEveryMs: number;
  heartbeatEveryMs: number;
  sweepEveryMs: number;
  backoff: BackoffPolicy;
}

export const defaultSyncTiming: SyncTiming = {
  pollMs: 1_000,
  requestTimeoutMs: 15_000,
  batchSize: 200,
  documentsEveryMs: 60_000,
  heartbeatEveryMs: 30_000,
  sweepEveryMs: 3_600_000,
  backoff: defaultBackoff,
};

export interface SyncOptions {
  db: Db;
  outbox: OutboxStore;
  centralUrl: string;
  /** null: configured for central but not enrolled yet; transactions queue, nothing is sent. */
  identity: TerminalIdentity | null;
  retentionDays: number;
  appliers?: DocumentAppliers;
  /** Device states for the heartbeat. */
  devices?: () => Record<string, unknown> | Promise<Record<string, unknown>>;
  /** Screen, alerts and free disk for the heartbeat (remote commands, issue 12). */
  heartbeatExtras?: (sync: SyncStatus) => Omit<HeartbeatReport, 'sync' | 'devices'> | Promise<Omit<HeartbeatReport, 'sync' | 'devices'>>;
  /** Runs the commands a heartbeat answer brings, with the agent's signed client. */
  commands?: (client: CentralClient, identity: TerminalIdentity) => { receive(commands: unknown[]): Promise<void>; report(): Promise<void> };
  /** 事项办理's pages and signatures (issue 24): sent when the outbox has nothing to send. */
  attachments?: (client: CentralClient) => AttachmentUploader;
  /** The hub named this terminal's number in a heartbeat answer (办件编号, issue 10). */
  onTerminalNumber?: (terminalNumber: number) => void;
  /** Updates (issue 12): the release a heartbeat answer offers, unverified. */
  onRelease?: (release: unknown) => void;
  timing?: Partial<SyncTiming>;
  /** For tests: a client in place of global fetch to centralUrl. */
  client?: CentralClient;
  now?: () => Date;
  random?: () => number;
}

export interface SyncAgent {
  status(): SyncStatus;
  on(event: 'status', listener: (status: SyncStatus) => void): () => void;
  /** Look at the outbox now instead of at the next poll (e.g. right after a transaction). */
  nudge(): void;
  close(): Promise<void>;
}

export const NOT_ENROLLED = '本机尚未注册到中心：请用注册码注册（npm start -- --enroll 注册码）。';

export function startSync(opts: SyncOptions): SyncAgent {
  const timing = { ...defaultSyncTiming, ...opts.timing };
  const now = opts.now ?? (() => new Date());
  const emitter = new EventEmitter();
  const stop = new AbortController();
  let closed = false;
  let online = false;
  let lastSuccessAt = readSyncState(opts.db, 'lastSuccessAt');
  let lastError = opts.identity ? readSyncState(opts.db, 'lastError') : NOT_ENROLLED;
  let lastEmitted = '';

  const status = (): SyncStatus => {
    const stats = opts.outbox.stats();
    const oldest = stats.oldestEnqueuedAt ? Date.parse(stats.oldestEnqueuedAt) : null;
    return {
      state: online ? 'online' : 'offline',
      pending: stats.pending,
      oldestPendingAgeSeconds: oldest === null ? null : Math.max(0, Math.floor((now().getTime() - oldest) / 1000)),
      lastSuccessAt,
      lastError,
    };
  };
  const publish = () => {
    if (closed) return;
    const current = status();
    // Age ticks every second; announce only what a person would notice changing.
    const key = JSON.stringify({ ...current, oldestPendingAgeSeconds: current.oldestPendingAgeSeconds === null });
    if (key === lastEmitted) return;
    lastEmitted = key;
    emitter.emit('status', current);
  };
  const succeeded = () => {
    online = true;
    lastSuccessAt = now().toISOString();
    if (!closed) writeSyncState(opts.db, 'lastSuccessAt', lastSuccessAt);
    publish();
  };
  const failed = (error: string, linkDown: boolean) => {
    if (linkDown) online = false;
    lastError = `${now().toISOString()} ${error}`;
    if (!closed) writeSyncState(opts.db, 'lastError', lastError);
    publish();
  };

  // Sleeps that close() and nudge() can cut short.
  let wake: (() => void) | null = null;
  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        if (wake === done) wake = null;
        resolve();
      }
      wake = done;
    });
  const sleepers = new Set<() => void>();
  const idle = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        sleepers.delete(done);
        resolve();
      }
      sleepers.add(done);
    });

  const loops: Promise<void>[] = [];
  const every = (ms: number, task: () => Promise<void> | void) =>
    loops.push(
      (async () => {
        while (!closed) {
          try {
            await task();
          } catch (err) {
            failed(`internal: ${(err as Error).message}`, false);
          }
          if (!closed) await idle(ms);
        }
      })(),
    );

  // Retention runs whether or not the kiosk is enrolled.
  every(timing.sweepEveryMs, () => {
    if (!closed) sweepAcknowledged(opts.db, opts.retentionDays, now());
  });
  // Pending count and age for the screen, even while the link is down.
  every(timing.pollMs, publish);

  if (opts.identity) {
    const identity = opts.identity;
    const client =
      opts.client ?? createCentralClient({ baseUrl: opts.centralUrl, identity, timeoutMs: timing.requestTimeoutMs, signal: stop.signal });
    const drainer = createDrainer({ outbox: opts.outbox, client, batchSize: timing.batchSize, now });
    const puller = createDocumentPuller({ db: opts.db, client, pinnedKey: identity.centralPublicKey, appliers: opts.appliers ?? {}, now });
    puller.applyCached();
    const commands = opts.commands?.(client, identity) ?? null;
    const uploader = opts.attachments?.(client) ?? null;

    loops.push(
      (async () => {
        let failures = 0;
        while (!closed) {
          let delay = timing.pollMs;
          try {
            const step = await drainer.step();
            if (closed) break;
            if (step.kind === 'progress') {
              failures = 0;
              if (step.acknowledged > 0) succeeded();
              if (step.parked > 0) failed(`central refused ${step.parked} transaction(s) as invalid; kept on the kiosk`, false);
              continue;
            }
            if (step.kind === 'failed') {
              failures++;
              failed(step.error, true);
              delay = retryDelay(failures, step.retryAfterMs, timing.backoff, opts.random);
            } else {
              // The outbox is empty: the cases are at the hub, so their attachments may follow.
              const upload = uploader ? await uploader.step() : ({ kind: 'idle' } as const);
              if (closed) break;
              if (upload.kind === 'progress') {
                failures = 0;
                succeeded();
                continue;
              }
              if (upload.kind === 'failed') {
                failures++;
                failed(upload.error, !upload.reachedCentral);
                delay = retryDelay(failures, null, timing.backoff, opts.random);
              } else {
                failures = 0;
                publish();
              }
            }
          } catch (err) {
            if (closed) break;
            failures++;
            failed(`internal: ${(err as Error).message}`, false);
            delay = retryDelay(failures, null, timing.backoff, opts.random);
          }
          await sleep(delay);
        }
      })(),
    );

    every(timing.documentsEveryMs, async () => {
      for (const outcome of await puller.pullAll()) {
        if (closed) return;
        if (outcome.result === 'refused') failed(outcome.reason, false);
        else if (outcome.result === 'failed') failed(`${outcome.kind}: ${outcome.reason}`, !outcome.reachedCentral || /answered (5\d\d|429)/.test(outcome.reason));
      }
    });

    every(timing.heartbeatEveryMs, async () => {
      const devices = (await opts.devices?.()) ?? {};
      const sync = status();
      const extras = (await opts.heartbeatExtras?.(sync)) ?? {};
      const result = await sendHeartbeat(client, { ...extras, sync, devices }, now());
      if (closed) return;
      if (result.ok) {
        online = true;
        publish();
        if (result.terminalNumber) opts.onTerminalNumber?.(result.terminalNumber);
        opts.onRelease?.(result.release ?? null);
        if (commands) {
          try {
            // Results not yet sent (a restart, a lost answer) go too, even with no new command.
            await (result.commands.length > 0 ? commands.receive(result.commands) : commands.report());
          } catch (err) {
            if (!closed) failed(`remote commands: ${(err as Error).message}`, false);
          }
        }
      } else failed(`heartbeat: ${result.error}`, !result.reachedCentral || /answered (5\d\d|429)/.test(result.error));
    });
  }

  return {
    status,
    on(event, listener) {
      emitter.on(event, listener);
      return () => emitter.off(event, listener);
    },
    nudge() {
      wake?.();
    },
    async close() {
      if (closed) return;
      closed = true;
      stop.abort();
      wake?.();
      for (const s of [...sleepers]) s();
      await Promise.allSettled(loops);
      emitter.removeAllListeners();
    },
  };
}
