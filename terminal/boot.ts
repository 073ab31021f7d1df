// Boots the kiosk core from a config file and a data directory: store, devices (real or
// simulated), terminal. Both shells (Electron main process and the browser shell) call this.
import { loadConfig } from '../config/load.ts';
import type { KioskConfig } from '../config/schema.ts';
import { defaultCatalog } from '../config/default-catalog.ts';
import { createDevices } from '../drivers/create-devices.ts';
import type { KioskApi } from './api.ts';
import { systemClock } from './clock.ts';
import { openStore, type Db } from './store/open-store.ts';
import { readCache } from './store/caches.ts';
import { appendAudit } from './store/audit-log.ts';
import { applyRemoteConfig } from '../config/remote-layer.ts';
import { catalogSchema, type Catalog } from '../config/catalog-schema.ts';
import { createFieldCipher, loadOrCreateStoreKey } from './store/field-cipher.ts';
import { createTransactionStore } from './store/transactions.ts';
import { createPrintJobStore } from './store/print-jobs.ts';
import { createTerminal, standaloneSync } from './terminal.ts';
import type { SyncAgent } from './sync/agent.ts';
import { startKioskSync, type ShellControls } from './sync/kiosk-sync.ts';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { localVoterKey } from './services/public-matters/local-votes.ts';
import { progressKey } from './services/progress-query/case-cache.ts';
import { startHeartbeatFile } from './heartbeat-file.ts';
import { discoverPorts } from '../drivers/discovery.ts';
import { listPortsSafely } from '../drivers/serial/list-ports-safely.ts';
import { enroll } from './sync/enroll.ts';
import { connectHub } from './sync/hub-connection.ts';
import { startVoice } from './voice/start-voice.ts';
import { startHallServer } from './services/hall-queue/hall-server.ts';
import { createHallHostRunner, type HallHostRunner } from './services/hall-queue/hall-host-runner.ts';
import { createHmac } from 'node:crypto';

export interface BootOptions {
  configPath?: string;
  dataDir: string;
  /** Sync (issue 4): overrides config.central.url, e.g. the demo's in-process hub. */
  centralUrl?: string;
  /** Sync (issue 4): a one-time enrollment code; the kiosk enrolls before it starts syncing. */
  enrollCode?: string;
  /** The shell's own health (e.g. browser restarts), sent in each heartbeat as `devices.shell`. */
  shellHealth?: () => Record<string, unknown>;
}

export interface RunningKiosk {
  api: KioskApi;
  config: KioskConfig;
  /** True when at least one device is simulated (no `path` configured). */
  simulated: boolean;
  /** The shell says what it can do for remote commands (restart, screenshot). */
  setShellControls(controls: ShellControls): void;
  close(): Promise<void>;
}

/**
 * The last good signed documents central pushed, layered over the local file and the built-in
 * catalog. They were verified when pulled; one that no longer fits (say, after a software update
 * changed the schema) is skipped and noted, and the kiosk starts on the local values.
 */
function cachedLayers(db: Db, fileConfig: KioskConfig): { config: KioskConfig; catalog: Catalog } {
  let config = fileConfig;
  let catalog = defaultCatalog;
  const pushedConfig = readCache(db, 'config');
  if (pushedConfig) {
    try {
      config = applyRemoteConfig(fileConfig, JSON.parse(pushedConfig.body));
    } catch (err) {
      appendAudit(db, 'remote-config-skipped', `version ${pushedConfig.version}: ${(err as Error).message}`);
    }
  }
  const pushedCatalog = readCache(db, 'catalog');
  if (pushedCatalog) {
    const parsed = catalogSchema.safeParse(JSON.parse(pushedCatalog.body));
    if (parsed.success) catalog = parsed.data;
    else appendAudit(db, 'remote-catalog-skipped', `version ${pushedCatalog.version}: does not match this software's catalog schema`);
  }
  return { config, catalog };
}

export async function bootKiosk(opts: BootOptions): Promise<RunningKiosk> {
  const fileConfig = loadConfig(opts.configPath); // a bad file stops here, before anything is written
  const db = openStore(opts.dataDir);
  const { config, catalog } = cachedLayers(db, fileConfig);
  const storeKey = loadOrCreateStoreKey(opts.dataDir);
  const cipher = createFieldCipher(storeKey);
  const transactions = createTransactionStore(db, cipher);
  const printJobs = createPrintJobStore(db, () => new Date(systemClock.now()));
  let hardware: Awaited<ReturnType<typeof createDevices>> | undefined;
  // Sync (issue 4): the agent starts after the terminal (it applies pulled catalogs to it), so the
  // terminal reads the status through this variable; before that it reports stand-alone.
  let sync: SyncAgent | null = null;
  let terminalForCleanup: { close(): void } | undefined;
  let shellControls: ShellControls = {};
  let hallHost: HallHostRunner | null = null;
  try {
    hardware = await createDevices(config.devices);
    // 证明打印: a PDF left by a crash mid-print holds a resident's full name and ID number.
    const spoolDir = join(opts.dataDir, 'print-spool');
    rmSync(spoolDir, { recursive: true, force: true });
    const centralUrl = opts.centralUrl ?? config.central.url;
    const voice = await startVoice({ dataDir: opts.dataDir, packsDir: config.ui.voicePacksDir, now: () => new Date(systemClock.now()) });
    const terminal = createTerminal({
      config,
      catalog,
      devices: hardware.devices,
      clock: systemClock,
      db,
      transactions,
      printJobs,
      simulator: hardware.simulator,
      syncStatus: () => sync?.status() ?? standaloneSync,
      spoolDir,
      dataDir: opts.dataDir,
      voterKey: localVoterKey(storeKey), // 议题公告 (issue 9)
      progressKey: progressKey(storeKey), // 办件进度查询 (issue 10)
      progressBase: () => config.central.publicUrl ?? centralUrl ?? null,
      voice,
      provisioning: {
        configPath: opts.configPath ?? null,
        // KIOSK_PROBE_PATHS: ports the system does not list (pseudo-terminals), as `npm run discover`
        // takes extra paths; colon-separated.
        discover: (skip) =>
          discoverPorts({
            list: async () => (await listPortsSafely()).filter((p) => !skip.includes(p.path)),
            extraPaths: (process.env.KIOSK_PROBE_PATHS ?? '').split(':').filter((p) => p && !skip.includes(p)),
          }),
        // Enrolled here, the kiosk is connected at once (the sync agent connects it at the next start).
        enroll: centralUrl
          ? async (code, site) => {
              const identity = await enroll({ centralUrl, code, dataDir: opts.dataDir, site, retryForMs: 30_000 });
              terminal.connectHub(connectHub({ centralUrl, identity, requestTimeoutMs: config.central.requestTimeoutSeconds * 1000 }));
              return identity;
            }
          : null,
        restart: () => shellControls.restart ?? null,
        layer: (next) => cachedLayers(db, next).config,
      },
    });
    terminalForCleanup = terminal;
    sync = await startKioskSync({
      config,
      fileConfig,
      dataDir: opts.dataDir,
      db,
      cipher,
      terminal,
      centralUrl: opts.centralUrl,
      enrollCode: opts.enrollCode,
      shellHealth: opts.shellHealth,
      shellControls: () => shellControls,
    });
    sync?.on('status', (status) => terminal.publishSyncStatus(status));
    // The hall's queue (issue 25): the counter and display pages on the hall's network, on the queue
    // host only, following a pushed `hall` without a restart.
    const hallKey = createHmac('sha256', storeKey).update('hall-tokens').digest();
    const runner = createHallHostRunner({
      hall: () => terminal.currentConfig().hall,
      start: (port) =>
        startHallServer({
          queue: terminal.hallQueue,
          kioskNumbers: terminal.kioskNumbers,
          hall: () => terminal.currentConfig().hall,
          key: hallKey,
          speak: (req) => voice.speak(req),
          now: () => systemClock.now(),
          port,
        }),
      failed: (detail) => appendAudit(db, 'hall-pages-failed', detail),
    });
    hallHost = runner;
    await runner.start();
    terminal.on('statusChanged', () => void runner.apply());
    // Set by the supervisor (supervisor/run.ts); without it nothing is written.
    const heartbeat = startHeartbeatFile(process.env.KIOSK_HEARTBEAT_FILE, terminal);
    let closed = false;
    return {
      api: terminal,
      config,
      simulated: hardware.simulator !== null,
      setShellControls(controls) {
        shellControls = controls;
      },
      async close() {
        if (closed) return;
        closed = true;
        heartbeat.stop();
        await hallHost?.close();
        await sync?.close(); // sync (issue 4): stop before the database closes
        terminal.close();
        await hardware!.close();
        db.close();
      },
    };
  } catch (err) {
    await hallHost?.close();
    await sync?.close();
    terminalForCleanup?.close();
    await hardware?.close();
    db.close();
    throw err;
  }
}
