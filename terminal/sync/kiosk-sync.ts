// Wires the sync agent into a booted kiosk (terminal/boot.ts calls this): enrolls first when given
// a code, re-applies the last good signed documents, and starts the agent. With no central URL the
// kiosk is stand-alone and this returns null.
import type { KioskConfig } from '../../config/schema.ts';
import { applyRemoteConfig } from '../../config/remote-layer.ts';
import { catalogSchema } from '../../config/catalog-schema.ts';
import { guidesBodySchema, noticesBodySchema } from '../../shared/contract/info-documents.ts';
import { mattersBodySchema } from '../../shared/contract/public-matters.ts';
import { voicePacksBodySchema } from '../../shared/contract/voice-packs.ts';
import type { Db } from '../store/open-store.ts';
import type { FieldCipher } from '../store/field-cipher.ts';
import { createOutboxStore } from '../store/outbox.ts';
import { createCaseAttachmentStore } from '../services/application/case-attachment-store.ts';
import { createAttachmentUploader } from './attachment-uploader.ts';
import { appendAudit } from '../store/audit-log.ts';
import type { Terminal } from '../terminal.ts';
import { startSync, type SyncAgent, type SyncTiming } from './agent.ts';
import { enroll } from './enroll.ts';
import { loadIdentity, loadIdentityIfSound, recordTerminalNumber } from './identity.ts';
import { hashEnrollmentCode } from '../../shared/contract/enrollment-codes.ts';
import { createCommandRunner } from '../commands/command-runner.ts';
import { buildLogBundle } from '../commands/log-bundle.ts';
import { DEFAULT_OUT_OF_SERVICE_MESSAGE } from '../terminal.ts';
import { alertsOf } from './alerts.ts';
import { freeDiskBytes } from './free-disk.ts';
import { connectHub } from './hub-connection.ts';
import { createUpdater, type Updater } from '../updates/updater.ts';

/** What only the shell around the core can do for a remote command; absent: answered 'failed'. */
export interface ShellControls {
  /** Stops the kiosk for its supervisor to start again. Only when one is watching. */
  restart?: () => void;
  /** A PNG of what the screen shows now. */
  screenshot?: () => Promise<Buffer>;
}

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
  /** The shell's own health (e.g. browser restarts): reported beside the devices. */
  shellHealth?: () => Record<string, unknown>;
  timing?: Partial<SyncTiming>;
  /** Read when a command needs it: the shell registers its controls after the core has booted. */
  shellControls?: () => ShellControls;
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
  // The one connection every service asks the hub through (证明打印, 议题公告, 办件进度查询, the log bundle).
  const hub = identity ? connectHub({ centralUrl, identity, requestTimeoutMs: opts.config.central.requestTimeoutSeconds * 1000 }) : null;
  if (hub) opts.terminal.connectHub(hub);
  // Updates (issue 12): only under a supervisor that installs side by side (KIOSK_INSTALL_ROOT).
  const installRoot = process.env.KIOSK_INSTALL_ROOT;
  const updater: Updater | null = identity && installRoot
    ? createUpdater({ installRoot, centralUrl, identity, pinnedKey: opts.config.updates.releasePublicKey ?? null, maxBytesPerSecond: opts.config.updates.maxBytesPerSecond })
    : null;
  const agent = startSync({
    onRelease: updater ? (release) => updater.offer(release) : undefined,
    db: opts.db,
    outbox: createOutboxStore(opts.db, opts.cipher),
    attachments: (client) => createAttachmentUploader({ store: createCaseAttachmentStore(opts.db, opts.cipher, () => new Date()), client }),
    centralUrl,
    identity,
    retentionDays: opts.config.store.retentionDays,
    // An identity stored before hubs gave terminal numbers learns its number from the heartbeat.
    onTerminalNumber: (n) => {
      recordTerminalNumber(opts.dataDir, n);
      hub?.numbered(n);
    },
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
      // Voice guidance (issue 11): recorded prompt packs, in front of the speech engine.
      'voice-packs': (body) => opts.terminal.applyVoicePacks(voicePacksBodySchema.parse(body)),
    },
    // The shell rides in `devices` (a free-form record in the contract), so a hub of any version takes it.
    devices: async () => {
      const devices = (await opts.terminal.getStatus({})).devices as unknown as Record<string, unknown>;
      return opts.shellHealth ? { ...devices, shell: opts.shellHealth() } : devices;
    },
    heartbeatExtras: async (sync) => ({
      screen: opts.terminal.screenReport(),
      alerts: alertsOf({ ...(await opts.terminal.getStatus({})), sync }),
      freeDiskBytes: freeDiskBytes(opts.dataDir),
      update: updater?.report(),
    }),
    commands: (client, signedIdentity) =>
      createCommandRunner({
        db: opts.db,
        client,
        terminalId: signedIdentity.terminalId,
        centralPublicKey: signedIdentity.centralPublicKey,
        now: () => new Date(),
        defaultOutOfServiceMessage: DEFAULT_OUT_OF_SERVICE_MESSAGE,
        handlers: () => {
          const shell = opts.shellControls?.() ?? {};
          return {
            setOutOfService: (message) => opts.terminal.setOutOfService(message),
            setVolume: (percent) => opts.terminal.setVolume(percent),
            reloadUi: () => opts.terminal.requestUiReload(),
            collectLogs: async () => {
              const bundle = buildLogBundle({
                db: opts.db,
                status: await opts.terminal.getStatus({}),
                screen: opts.terminal.screenReport(),
                freeDiskBytes: freeDiskBytes(opts.dataDir),
                terminalId: signedIdentity.terminalId,
                now: new Date(),
              });
              return { contentType: 'application/json', base64: Buffer.from(JSON.stringify(bundle)).toString('base64') };
            },
            restart: shell.restart ?? null,
            screenshot: shell.screenshot ?? null,
          };
        },
      }),
  });
  if (!updater) return agent;
  return { ...agent, close: async () => { await updater.close(); await agent.close(); } };
}
