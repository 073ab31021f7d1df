// An in-process hub (E's startCentral, PGlite in memory), optionally behind the fault proxy, and a
// kiosk core (fake devices) enrolled with it. The sync agent is started by the test, with fast timing.
import { startCentral, type RunningCentral } from '../../../central/server.ts';
import type { StoredTransaction } from '../../../shared/contract/schemas.ts';
import { createCoreHarness } from '../../support/core-harness.ts';
import { startFaultProxy, type FaultProxy } from '../../support/fault-proxy.ts';
import { createFieldCipher, loadOrCreateStoreKey } from '../../../terminal/store/field-cipher.ts';
import { createOutboxStore } from '../../../terminal/store/outbox.ts';
import { enroll } from '../../../terminal/sync/enroll.ts';
import { startSync, type SyncAgent, type SyncOptions } from '../../../terminal/sync/agent.ts';
import type { TerminalIdentity } from '../../../terminal/sync/identity.ts';
import type { CardRead } from '../../../drivers/types.ts';
import { hanResident } from '../../support/fixtures.ts';
import { adminRequest, newEnrollmentCode } from '../../support/hub-admin.ts';

/** Every transaction central stored, all terminals, all pages. */
export async function hubTransactions(central: RunningCentral): Promise<StoredTransaction[]> {
  const all: StoredTransaction[] = [];
  for (;;) {
    const after = all.at(-1)?.cursor;
    const page = (await adminRequest(central, 'GET', `/v1/admin/transactions?limit=1000${after ? `&after=${after}` : ''}`)) as StoredTransaction[];
    all.push(...page);
    if (page.length < 1000) return all;
  }
}

export const fastTiming = {
  pollMs: 50,
  requestTimeoutMs: 1_500,
  batchSize: 50,
  documentsEveryMs: 3_600_000,
  heartbeatEveryMs: 3_600_000,
  sweepEveryMs: 3_600_000,
  backoff: { baseMs: 20, capMs: 200 },
};

export async function createSyncHarness(opts: { proxy?: boolean } = {}) {
  const central = await startCentral({ port: 0, inMemory: true, logLevel: 'silent' });
  const proxy: FaultProxy | null = opts.proxy ? await startFaultProxy({ target: central.url }) : null;
  const centralUrl = proxy?.url ?? central.url;
  const core = createCoreHarness({ central: { url: centralUrl } });
  const identity: TerminalIdentity = await enroll({
    centralUrl: central.url,
    code: await newEnrollmentCode(central),
    dataDir: core.dataDir,
    site: core.config.site,
  });
  const outbox = createOutboxStore(core.db, createFieldCipher(loadOrCreateStoreKey(core.dataDir)));
  let agent: SyncAgent | null = null;

  return {
    central,
    proxy,
    core,
    identity,
    outbox,
    start(overrides: Partial<SyncOptions> = {}): SyncAgent {
      agent = startSync({ db: core.db, outbox, centralUrl, identity, retentionDays: 30, timing: fastTiming, ...overrides });
      return agent;
    },
    /** Waits until the outbox is empty (and nothing is parked) or fails after `ms`. */
    async drained(ms = 20_000): Promise<void> {
      const until = Date.now() + ms;
      while (outbox.stats().pending > 0) {
        if (Date.now() > until) throw new Error(`outbox not drained after ${ms} ms: ${JSON.stringify(outbox.stats())}`);
        await new Promise((r) => setTimeout(r, 25));
      }
    },
    /** A complete queue-ticket journey through KioskApi (card, ticket, rating, end): the ticket's id. */
    async journey(card: CardRead = hanResident): Promise<string> {
      const t = core.terminal;
      core.cardReader.place(card);
      const ticket = await t.takeQueueTicket({ serviceId: 'queue' });
      await t.rateTransaction({ transactionId: ticket.transactionId, level: 5 });
      await t.endSession({});
      return ticket.transactionId;
    },
    async close() {
      await agent?.close();
      core.close();
      await proxy?.close();
      await central.close();
    },
  };
}

export type SyncHarness = Awaited<ReturnType<typeof createSyncHarness>>;

/** Ids stored more than once, and ids missing at central. */
export function compare(kioskIds: string[], hub: { id: string }[]): { lost: string[]; duplicated: string[] } {
  const counts = new Map<string, number>();
  for (const t of hub) counts.set(t.id, (counts.get(t.id) ?? 0) + 1);
  return {
    lost: kioskIds.filter((id) => !counts.has(id)),
    duplicated: [...counts].filter(([, n]) => n > 1).map(([id]) => id),
  };
}
