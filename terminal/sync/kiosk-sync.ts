// Wires the sync agent into a booted kiosk (terminal/boot.ts calls this): enrolls first when given
// a code, re-applies the last good signed documents, and starts the agent. With no central URL the
// kiosk is stand-alone and this returns null.
import type { KioskConfig } from '../../config/schema.ts';
import { applyRemoteConfig } from '../../config/remote-layer.ts';
import { catalogSchema } from '../../config/catalog-schema.ts';
import { guidesBodySchema, noticesBodySchema } from '../../central/contract/info-documents.ts';
import { mattersBodySchema } from '../../central/contract/public-matters.ts';
import { createCentralClient } from './central-client.ts';
import { createMattersLink } from '../services/public-matters/central-link.ts';
import type { Db } from '../store/open-store.ts';
import type { FieldCipher } from '../store/field-cipher.ts';
import { createOutboxStore } from '../store/outbox.ts';
import { appendAudit } from '../store/audit-log.ts';
import type { Terminal } from '../terminal.ts';
import { startSync, type SyncAgent, type SyncTiming } from './agent.ts';
import { enroll } from './enroll.ts';
import { loadIdentity, loadIdentityIfSound } from './identity.ts';
import { hashEnrollmentCode } from '../../central/enrollment-codes.ts';

export interface KioskSyncOptions {
  /** The running configuration (the file with the last pushed layer over it). */
  config: KioskConfig;
  /** The file's own configuration: a new push replaces the old layer over this, not over the old push. */
  fileConfig?: KioskConfig;
  dataDir: string;
  db: Db;
  cipher: FieldCipher;
  terminal: Terminal;
  /** Overrides config.central.url (the demo's in-process hub). */
  centralUrl?: string;
  /** One-time enrollment code: enroll (again) before starting. */
  enrollCode?: string;
  timing?: Partial<SyncTiming>;
}

export async function startKioskSync(opts: KioskSyncOptions): Promise<SyncAgent | null> {
  const centralUrl = opts.centralUrl ?? opts.config.central.url;
  if (!centralUrl) {
    if (opts.enrollCode) throw new Error('--enroll needs central.url in the configuration (where to enroll)');
    return null;
  }
  // With a code in hand a damaged record is no obstacle (enrolling replaces it); without one it
  // stops the start with its reason.
  let identity = opts.enrollCode ? loadIdentityIfSound(opts.dataDir) : loadIdentity(opts.dataDir);
  if (opts.enrollCode && identity?.enrollmentCodeHash === hashEnrollmentCode(opts.enrollCode)) {
    // A restart with the command line it was enrolled with (a service unit, a script, a technician
    // pressing the up arrow): the code is spent, and this kiosk already holds what it bought.
    appendAudit(opts.db, 'enroll-skipped', `already enrolled as ${identity.terminalId} with this code`);
  } else if (opts.enrollCode) {
    identity = await enroll({ centralUrl, code: opts.enrollCode, dataDir: opts.dataDir, site: opts.config.site });
    appendAudit(opts.db, 'enrolled', `terminal ${identity.terminalId} at ${centralUrl}`);
  }
  if (identity) {
    // 议题公告 (issue 9): questions asked while a resident waits get a short timeout of their own.
    opts.terminal.connectMatters(createMattersLink(createCentralClient({ baseUrl: centralUrl, identity, timeoutMs: 3_000 })));
  }
  return startSync({
    db: opts.db,
    outbox: createOutboxStore(opts.db, opts.cipher),
    centralUrl,
    identity,
    retentionDays: opts.config.store.retentionDays,
    timing: {
      requestTimeoutMs: opts.config.central.requestTimeoutSeconds * 1000,
      heartbeatEveryMs: opts.config.central.heartbeatSeconds * 1000,
      documentsEveryMs: opts.config.central.documentsEverySeconds * 1000,
      ...opts.timing,
    },
    appliers: {
      catalog: (body) => opts.terminal.applyCatalog(catalogSchema.parse(body)),
      // Applied now (site, idle timings, UI) and cached, to be layered over the file at the next
      // start too (terminal/boot.ts). Store and sync settings are read at start only.
      config: (body) => opts.terminal.applyConfig(applyRemoteConfig(opts.fileConfig ?? opts.config, body)),
      // 政务信息查询 (issue 9): kept in the cache, so they are there offline and after a restart.
      guides: (body, version) => opts.terminal.applyGuides(guidesBodySchema.parse(body), version),
      notices: (body) => opts.terminal.applyNotices(noticesBodySchema.parse(body)),
      // 议题公告 (issue 9)
      matters: (body) => opts.terminal.applyMatters(mattersBodySchema.parse(body)),
    },
    devices: async () => (await opts.terminal.getStatus({})).devices as unknown as Record<string, unknown>,
  });
}

