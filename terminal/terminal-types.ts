// What createTerminal is given and what it returns beyond KioskApi: the hooks boot.ts and the sync
// agent drive the running core through (central's documents, remote commands, the hub links).
import type { HallQueue } from './services/hall-queue/hall-queue.ts';
import type { KioskNumbers } from './services/hall-queue/kiosk-numbers.ts';
import type { KioskConfig } from '../config/schema.ts';
import type { Catalog } from '../config/catalog-schema.ts';
import type { Devices } from '../drivers/types.ts';
import type { SimulatorControl } from '../drivers/create-devices.ts';
import type { ScreenReport } from '../shared/contract/schemas.ts';
import type { GuidesBody, NoticesBody } from '../shared/contract/info-documents.ts';
import type { MattersBody } from '../shared/contract/public-matters.ts';
import type { VoicePacksBody } from '../shared/contract/voice-packs.ts';
import type { KioskApi, SyncStatus } from './api.ts';
import type { Clock } from './clock.ts';
import type { Db } from './store/open-store.ts';
import type { TransactionStore } from './store/transactions.ts';
import type { PrintJobStore } from './store/print-jobs.ts';
import type { HubConnection } from './sync/hub-connection.ts';
import type { ProvisioningLinks } from './technician/technician-slice.ts';
import type { VoiceService } from './voice/voice-service.ts';

export interface TerminalDeps {
  config: KioskConfig;
  catalog: Catalog;
  devices: Devices;
  clock: Clock;
  db: Db;
  transactions: TransactionStore;
  printJobs: PrintJobStore;
  /** Sync status provider; a kiosk without central reports 'standalone'. */
  syncStatus?: () => SyncStatus;
  simulator?: SimulatorControl | null;
  /** The hub, when the kiosk is connected to one already (boot connects it later, through
   *  `connectHub`, once the sync agent has the identity). */
  hub?: HubConnection | null;
  /** 证明打印: where certificate PDFs wait for CUPS (deleted after each job). */
  spoolDir?: string;
  /** The data dir, for the free disk on the diagnostics page. */
  dataDir?: string;
  /** 议题公告: key for the kiosk's voter pseudonyms (boot derives it from the store key). */
  voterKey?: Buffer;
  /** 办件进度查询 (issue 10): key of the sealed case cache (boot derives it from the store key). */
  progressKey?: Buffer;
  /** 事项办理 / 诉求反映 (issue 10): the base URL of the hub's progress page for the receipt's QR (null: no QR). */
  progressBase?: () => string | null;
  /** Voice guidance (boot starts eSpeak NG and the prompt packs); without it the kiosk is silent. */
  voice?: VoiceService;
  /** The provisioning wizard's links to the world outside the core (boot provides them). */
  provisioning?: ProvisioningLinks;
}

export type Terminal = KioskApi & {
  /** Applies a new, already verified catalog; the UI re-reads the status. */
  applyCatalog(next: Catalog): void;
  /**
   * Applies a pushed configuration (already merged and validated) while running: site, idle
   * timings and UI mode take effect at once. Devices never change this way (they are not pushable).
   */
  applyConfig(next: KioskConfig): void;
  /** The configuration in force now (the file's, or a push applied since). */
  currentConfig(): KioskConfig;
  /** Sync (issue 4): the sync agent reports a status change; the UI gets a `sync` event. */
  publishSyncStatus(status: SyncStatus): void;
  /**
   * Remote commands (issue 12): closes the kiosk to new visits with a notice for residents (null
   * reopens it). A visit under way may finish. Kept across restarts.
   */
  setOutOfService(message: string | null): void;
  setVolume(percent: number): void;
  /** Asks the UI to load afresh (it gets a `reloadUi` event). */
  requestUiReload(): void;
  /** How long ago the UI last drew a frame, for the heartbeat's screen-alive report. */
  screenReport(): ScreenReport;
  /** The hall's queue (issue 25): the counters' and the display's side, served by hall-server.ts. */
  hallQueue: HallQueue;
  /** The queue host's numbers for the hall's other kiosks (issue 25), served by hall-server.ts. */
  kioskNumbers: KioskNumbers;
  /** The one connection to the hub, made when the kiosk connects (enrolled at start, or by the
   *  provisioning wizard): every service that asks the hub asks through it from now on. */
  connectHub(hub: HubConnection): void;
  /** 政务信息查询 (issue 9): verified guides / notices from central (or the cache at start). */
  applyGuides(body: GuidesBody, version: number): void;
  applyNotices(body: NoticesBody): void;
  /** 议题公告 (issue 9): verified matters from central. */
  applyMatters(body: MattersBody): void;
  /** Voice guidance (issue 11): recorded prompt packs from central's signed document. */
  applyVoicePacks(body: VoicePacksBody): void;
  close(): void;
};
