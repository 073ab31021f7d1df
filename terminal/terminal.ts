// createTerminal: the kiosk's brain behind KioskApi. It owns the session, reacts to the devices,
// runs the services the catalog names and keeps the store. It knows nothing of Electron or of
// which transport carries its messages.
import { EventEmitter } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { KioskConfig } from '../config/schema.ts';
import type { Catalog, ServiceEntry, ServiceKind } from '../config/catalog-schema.ts';
import type { CardRead, Devices, PrinterState, DeviceConnection } from '../drivers/types.ts';
import type { SimulatorControl } from '../drivers/create-devices.ts';
import {
  KioskError,
  ratingLevels,
  type KioskApi,
  type KioskEvents,
  type KioskStatus,
  type ServiceView,
  type SyncStatus,
} from './api.ts';
import type { Clock } from './clock.ts';
import { SessionManager, sessionView } from './session.ts';
import type { Db } from './store/open-store.ts';
import type { TransactionStore } from './store/transactions.ts';
import { rethrowStorageError } from './store/transactions.ts';
import type { PrintJobStore } from './store/print-jobs.ts';
import { createPrintQueue } from './print-queue.ts';
import { takeQueueTicket } from './services/queue-ticket.ts';
import { printCertificate } from './services/certificate-print/print-certificate.ts';
import { documentPrinterOutage, networkOutage } from './services/certificate-print/outage.ts';
import type { CertificateLink } from './services/certificate-print/central-link.ts';
import { readRemoteSettings, writeOutOfService, writeVolume } from './store/remote-settings.ts';
import type { ScreenReport } from '../central/contract/schemas.ts';
import { createDeviceHistory } from './technician/device-history.ts';
import { createTechnicianMode } from './technician/technician-mode.ts';
import { technicianApi } from './technician/technician-api.ts';
import { provisioningApi, type ProvisioningDeps } from './technician/provisioning-api.ts';
import { testReceipt } from './technician/device-tests.ts';
import { maskCardNumber, maskName } from './mask.ts';
import { encodeReceipt } from '../printing/receipt.ts';
import type { GuidesBody, NoticesBody } from '../central/contract/info-documents.ts';
import { createInfoQueryApi } from './services/info-query/info-query-api.ts';
import type { MattersBody } from '../central/contract/public-matters.ts';
import type { MattersLink } from './services/public-matters/central-link.ts';
import { createPublicMattersApi } from './services/public-matters/public-matters-api.ts';

/** What residents read when an admin closes the kiosk without writing a notice. */
export const DEFAULT_OUT_OF_SERVICE_MESSAGE = '本机暂停服务，请到人工窗口办理。';

/** Service kinds this version can run; the others say plainly that they are not available yet. */
const BUILT_KINDS: ReadonlySet<ServiceKind> = new Set(['queue-ticket', 'certificate-print', 'info-query', 'public-matters']);

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
  /** 证明打印: the live signed link to central (null: stand-alone or not enrolled yet). */
  certificateLink?: () => CertificateLink | null;
  /** 证明打印: where certificate PDFs wait for CUPS (deleted after each job). */
  spoolDir?: string;
  /** The data dir, for the free disk on the diagnostics page. */
  dataDir?: string;
  /** 议题公告: key for the kiosk's voter pseudonyms (boot derives it from the store key). */
  voterKey?: Buffer;
  /** The provisioning wizard's links to the world outside the core (boot provides them). */
  provisioning?: Pick<ProvisioningDeps, 'configPath' | 'discover' | 'enroll' | 'restart'> & {
    /** Lays the cached pushed configuration over the file's, as at start. */
    layer(fileConfig: KioskConfig): KioskConfig;
  };
}

/** The sync status of a kiosk with no central configured (or before its agent has started). */
export const standaloneSync: SyncStatus = { state: 'standalone', pending: 0, oldestPendingAgeSeconds: null, lastSuccessAt: null, lastError: null };

/** Why a device makes a service unusable right now, or null when it does not. */
function printerOutage(state: PrinterState): string | null {
  switch (state.state) {
    case 'disconnected':
    case 'offline':
      return '暂停服务：打印机未连接';
    case 'cutter-error':
    case 'unrecoverable-error':
      return '暂停服务：打印机故障';
    default:
      return null; // paper end / cover open: the ticket still shows on screen and prints after the fix
  }
}

function readerOutage(connection: DeviceConnection): string | null {
  return connection.state === 'disconnected' || connection.state === 'error' ? '暂停服务：身份证阅读器未连接' : null;
}

export type Terminal = KioskApi & {
  /** Applies a new, already verified catalog; the UI re-reads the status. */
  applyCatalog(next: Catalog): void;
  /**
   * Applies a pushed configuration (already merged and validated) while running: site, idle
   * timings and UI mode take effect at once. Devices never change this way (they are not pushable).
   */
  applyConfig(next: KioskConfig): void;
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
  /** Sync: how the technician's log bundle reaches the hub (set once the kiosk is enrolled). */
  setLogUploader(upload: (bundle: Record<string, unknown>) => Promise<string>): void;
  /** 政务信息查询 (issue 9): verified guides / notices from central (or the cache at start). */
  applyGuides(body: GuidesBody, version: number): void;
  applyNotices(body: NoticesBody): void;
  /** 议题公告 (issue 9): verified matters from central; and the hub link once enrolled. */
  applyMatters(body: MattersBody): void;
  connectMatters(link: MattersLink): void;
  close(): void;
};

export function createTerminal(deps: TerminalDeps): Terminal {
  const { devices, clock } = deps;
  let config = deps.config;
  const events = new EventEmitter();
  events.setMaxListeners(50);
  const emit = <E extends keyof KioskEvents>(name: E, payload: KioskEvents[E]) => events.emit(name, payload);
  const syncStatus = deps.syncStatus ?? (() => standaloneSync);
  let catalog = deps.catalog;
  let lastSyncState = syncStatus().state;
  let remote = readRemoteSettings(deps.db);
  const startedAt = clock.now();
  let lastFrameAt: number | null = null;
  let logUploader: ((bundle: Record<string, unknown>) => Promise<string>) | null = null;
  const screenReport = (): ScreenReport => {
    const now = clock.now();
    return {
      lastFrameAgeSeconds: lastFrameAt === null ? null : Math.max(0, Math.round((now - lastFrameAt) / 1000)),
      uptimeSeconds: Math.max(0, Math.round((now - startedAt) / 1000)),
    };
  };
  const refuseWhileClosed = () => {
    if (remote.outOfService) throw new KioskError('unavailable', remote.outOfService.message);
  };

  const sessions = new SessionManager({
    idleTimeoutSeconds: config.session.idleTimeoutSeconds,
    warningSeconds: config.session.warningSeconds,
    clock,
    onSession: (session) => emit('session', { session }),
    onIdle: (secondsLeft) => emit('idle', { secondsLeft }),
  });

  const printQueue = createPrintQueue({
    jobs: deps.printJobs,
    printer: devices.printer,
    now: () => clock.now(),
    onReport: (transactionId, report) => emit('print', { transactionId, report }),
  });
  // Jobs cut off by a crash may already be on paper; jobs still waiting for paper resume.
  deps.printJobs.failInterrupted();

  const deviceStatus = (): KioskStatus['devices'] => ({
    cardReader: devices.cardReader.connection,
    printer: devices.printer.status,
    documentPrinter: devices.documentPrinter?.status ?? null,
  });
  const history = createDeviceHistory(() => clock.now());
  history.reader(devices.cardReader.connection);
  history.printer(devices.printer.status);
  const onDevices = () => {
    history.reader(devices.cardReader.connection);
    history.printer(devices.printer.status);
    emit('devices', deviceStatus());
  };
  const technician = createTechnicianMode({
    db: deps.db,
    clock,
    pinHash: () => config.technician.pinHash,
    idleSeconds: () => config.technician.idleSeconds,
    // Nothing of a resident stays behind the technician's pages.
    onEnter: () => sessions.end('technician'),
    onChange: (active) => emit('technician', { active }),
  });

  const serviceView = (service: ServiceEntry): ServiceView => {
    const { cardReader, printer } = deviceStatus();
    const outOfService =
      (service.needs.includes('printer') ? printerOutage(printer) : null) ??
      (service.needs.includes('cardReader') ? readerOutage(cardReader) : null) ??
      (service.needs.includes('documentPrinter') ? documentPrinterOutage(devices.documentPrinter?.status ?? null) : null) ??
      (service.needs.includes('network') ? networkOutage(syncStatus()) : null);
    return { ...service, outOfService, built: BUILT_KINDS.has(service.kind) };
  };

  const findService = (serviceId: string): ServiceEntry => {
    const service = catalog.services.find((s) => s.id === serviceId);
    if (!service) throw new KioskError('not-found', `没有这项服务：${serviceId}`);
    return service;
  };

  const requireSession = () => {
    const session = sessions.current;
    if (!session) throw new KioskError('no-session', '操作已超时，请重新开始。');
    return session;
  };

  // Devices → session: a placed card starts (or replaces) the session.
  const onCard = (card: CardRead) => {
    // A technician testing the reader: show whose card it was, masked, and start no visit.
    if (technician.active) {
      emit('technicianCard', { maskedName: card.kind === 'id-card' ? maskName(card.name) : maskCardNumber(card.number) });
      return;
    }
    if (remote.outOfService && !sessions.current) {
      emit('cardRefused', { message: remote.outOfService.message });
      return;
    }
    const current = sessions.current?.resident;
    const sameCard =
      current &&
      ((current.kind === 'id-card' && card.kind === 'id-card' && current.idNumber === card.idNumber) ||
        (current.kind === 'card-number' && card.kind === 'card-number' && current.number === card.number));
    if (sameCard) sessions.activity();
    else sessions.start(card);
  };
  const onRefused = ({ message }: { message: string }) => emit('cardRefused', { message });
  const onReading = () => emit('cardReading', {});
  devices.cardReader.on('reading', onReading);
  devices.cardReader.on('card', onCard);
  devices.cardReader.on('refused', onRefused);
  devices.cardReader.on('connection', onDevices);
  devices.printer.on('status', onDevices);
  devices.documentPrinter?.on('status', onDevices);

  /** A call from a service's screen: the visit must be on, and the catalog must offer the service. */
  const enterService = (kind: ServiceKind, missing: string) => () => {
    const session = requireSession();
    sessions.activity();
    const service = catalog.services.find((s) => s.kind === kind);
    if (!service) throw new KioskError('not-found', missing);
    return { session, service };
  };
  const now = () => new Date(clock.now());
  const nextSeq = () => sessions.nextSeq();

  // 政务信息查询 (issue 9)
  const infoQuery = createInfoQueryApi({
    enter: enterService('info-query', '本机没有开通政务信息查询。'),
    nextSeq,
    db: deps.db,
    transactions: deps.transactions,
    printJobs: deps.printJobs,
    printQueue,
    site: () => config.site,
    columns: () => config.devices.printer.columns,
    now,
    printerOutage: () => printerOutage(devices.printer.status),
    onPrintReport: (transactionId, report) => emit('print', { transactionId, report }),
    printWaitMs: 8000,
  });
  // 议题公告 (issue 9)
  const publicMatters = createPublicMattersApi({
    enter: enterService('public-matters', '本机没有开通议题公告。'),
    nextSeq,
    db: deps.db,
    transactions: deps.transactions,
    now,
    voterKey: deps.voterKey,
    online: () => syncStatus().state === 'online',
  });

  const api: KioskApi = {
    async getStatus() {
      const session = sessions.current;
      return {
        site: { name: config.site.name, code: config.site.code },
        services: catalog.services.map(serviceView),
        session: session ? sessionView(session) : null,
        idle: { timeoutSeconds: config.session.idleTimeoutSeconds, warningSeconds: config.session.warningSeconds },
        devices: deviceStatus(),
        sync: syncStatus(),
        ui: { elderMode: config.ui.elderMode, volume: remote.volume, orientation: config.ui.orientation },
        outOfService: remote.outOfService,
        simulator: deps.simulator ? { cards: deps.simulator.cards, printer: deps.simulator.printer !== null } : null,
      };
    },
    async startAnonymousSession() {
      refuseWhileClosed();
      return sessionView(sessions.start(null));
    },
    async activity() {
      sessions.activity();
      return { ok: true };
    },
    async continueSession() {
      sessions.activity();
      return { ok: true };
    },
    async endSession() {
      sessions.end('resident');
      return { ok: true };
    },
    async chooseService({ serviceId }) {
      const session = requireSession();
      sessions.activity();
      const service = serviceView(findService(serviceId));
      if (service.outOfService) {
        // A notice that already names the counter (证明打印 offline) is not told twice.
        const counter = service.outOfService.includes('人工窗口') ? '' : `“${service.name}”请到人工窗口办理。`;
        return { status: 'out-of-service', message: `${service.outOfService}。${counter}` };
      }
      if (!service.built) return { status: 'not-built', message: `“${service.name}”在本机暂未开通，请到人工窗口办理。` };
      if (service.requiresIdentity && !session.resident) return { status: 'needs-identity', message: '办理此项服务需要身份证，请将身份证放在读卡区。' };
      // 证明打印 certifies a person: a magstripe or RFID card number is not enough.
      if (service.kind === 'certificate-print' && session.resident?.kind !== 'id-card') {
        return { status: 'needs-identity', message: '打印证明需要居民身份证，请将身份证放在读卡区。' };
      }
      return { status: 'ready', service };
    },
    async takeQueueTicket({ serviceId, queueId }) {
      const session = requireSession();
      sessions.activity();
      const service = findService(serviceId);
      if (service.kind !== 'queue-ticket') throw new KioskError('bad-request', `“${service.name}”不是取号服务。`);
      if (service.requiresIdentity && !session.resident) throw new KioskError('no-session', '取号需要身份证，请将身份证放在读卡区。');
      const outage = serviceView(service).outOfService;
      if (outage) throw new KioskError('unavailable', `${outage}。请到人工窗口取号。`);
      return takeQueueTicket(
        {
          db: deps.db,
          transactions: deps.transactions,
          printJobs: deps.printJobs,
          printQueue,
          site: config.site,
          columns: config.devices.printer.columns,
          now: () => new Date(clock.now()),
          queuedForSync: () => syncStatus().state !== 'online',
          onPrintReport: (transactionId, report) => emit('print', { transactionId, report }),
          printWaitMs: 8000,
        },
        session,
        sessions.nextSeq(),
        service,
        queueId,
      );
    },
    async printCertificate({ serviceId, certificateType }) {
      const session = requireSession();
      sessions.activity();
      const service = serviceView(findService(serviceId));
      if (service.kind !== 'certificate-print') throw new KioskError('bad-request', `“${service.name}”不是证明打印服务。`);
      if (service.outOfService) {
        throw new KioskError('unavailable', service.outOfService.includes('人工窗口') ? `${service.outOfService}。` : `${service.outOfService}。请到人工窗口办理。`);
      }
      const printer = devices.documentPrinter;
      if (!printer) throw new KioskError('unavailable', '暂停服务：本机没有配置A4打印机。请到人工窗口办理。');
      // Asking central, rendering and printing take a while: the resident is standing there, so the
      // idle countdown must not wipe the session (and its answer) meanwhile.
      const keepAlive = setInterval(() => sessions.activity(), 5000);
      const outcome = await printCertificate(
        {
          link: deps.certificateLink?.() ?? null,
          printer,
          transactions: deps.transactions,
          spoolDir: deps.spoolDir ?? join(tmpdir(), 'kiosk-print-spool'),
          site: config.site,
          now: () => new Date(clock.now()),
          log: (line) => console.error(`kiosk: ${line}`),
        },
        session,
        sessions.nextSeq(),
        service,
        certificateType,
      ).finally(() => clearInterval(keepAlive));
      sessions.activity();
      return outcome;
    },
    async rateTransaction({ transactionId, level }) {
      const session = requireSession();
      sessions.activity();
      // Only what this resident did in this session can be rated from it.
      if (!session.transactionIds.has(transactionId)) throw new KioskError('not-found', '找不到要评价的业务，请重新开始。');
      const rated = deps.transactions.get(transactionId);
      if (!rated) throw new KioskError('not-found', '找不到要评价的业务，请重新开始。');
      const label = ratingLevels.find((r) => r.level === level)!.label;
      try {
        deps.transactions.record({
          sessionId: session.id,
          seq: sessions.nextSeq(),
          kind: 'rating',
          serviceId: rated.serviceId,
          occurredAt: new Date(clock.now()),
          data: { ratesTransactionId: transactionId, level, label },
        });
      } catch (err) {
        rethrowStorageError(err);
      }
      return { ok: true };
    },
    ...infoQuery.api, // 政务信息查询 (issue 9)
    ...publicMatters.api, // 议题公告 (issue 9)
    async simPlaceCard({ cardId }) {
      if (!deps.simulator) throw new KioskError('unavailable', '没有模拟设备：本机接的是真实读卡器。');
      if (!deps.simulator.cards.some((c) => c.id === cardId)) throw new KioskError('not-found', `没有这张模拟卡：${cardId}`);
      await deps.simulator.placeCard(cardId);
      return { ok: true };
    },
    async simRemoveCard() {
      if (!deps.simulator) throw new KioskError('unavailable', '没有模拟设备：本机接的是真实读卡器。');
      await deps.simulator.removeCard();
      return { ok: true };
    },
    async simSetPrinter({ paper }) {
      const printer = deps.simulator?.printer;
      if (!printer) throw new KioskError('unavailable', '没有模拟打印机：本机接的是真实打印机。');
      printer.setPaper(paper);
      // The driver's idle poll would notice within a few seconds anyway; asking now lets the person
      // trying the demo see the staff notice (and a waiting ticket print) the moment they press.
      void devices.printer.queryStatus().catch(() => undefined);
      return { ok: true };
    },
    ...technicianApi({
      db: deps.db,
      mode: technician,
      status: () => api.getStatus({}),
      screen: () => screenReport(),
      deviceHistory: history.list,
      dataDir: deps.dataDir ?? null,
      exportDirs: () => config.technician.exportDirs,
      uploader: () => logUploader,
      testPrint: async () => {
        const outcome = await devices.printer.print(encodeReceipt(testReceipt(config.site, new Date(clock.now())), config.devices.printer.columns));
        return outcome.ok ? { ok: true, message: '测试凭条已打印，请查看纸面。' } : { ok: false, message: `打印失败：打印机状态 ${outcome.state.state}` };
      },
      now: () => new Date(clock.now()),
    }),
    ...provisioningApi({
      db: deps.db,
      mode: technician,
      config: () => config,
      configPath: deps.provisioning?.configPath ?? null,
      discover: deps.provisioning?.discover ?? (async () => []),
      enroll: deps.provisioning?.enroll ?? null,
      restart: deps.provisioning?.restart ?? (() => null),
      // The open ports stay as they are until the next start: only the rest applies now.
      applyFile: (fileConfig) => terminal.applyConfig({ ...(deps.provisioning?.layer(fileConfig) ?? fileConfig), devices: config.devices }),
    }),
    async reportFrame() {
      lastFrameAt = clock.now();
      return { ok: true };
    },
    on(event, listener) {
      events.on(event, listener as (p: unknown) => void);
      return () => events.off(event, listener as (p: unknown) => void);
    },
  };

  const terminal: Terminal = {
    ...api,
    applyCatalog(next) {
      catalog = next;
      emit('statusChanged', {});
    },
    applyConfig(next) {
      config = next;
      sessions.setTimings(next.session);
      emit('statusChanged', {});
    },
    publishSyncStatus(status) {
      emit('sync', status);
      // Services that need the network (证明打印) change with it: the UI re-reads their notices.
      if (status.state !== lastSyncState) emit('statusChanged', {});
      lastSyncState = status.state;
    },
    setOutOfService(message) {
      writeOutOfService(deps.db, message);
      remote = readRemoteSettings(deps.db);
      emit('statusChanged', {});
    },
    setVolume(percent) {
      writeVolume(deps.db, percent);
      remote = readRemoteSettings(deps.db);
      emit('statusChanged', {});
    },
    requestUiReload() {
      emit('reloadUi', {});
    },
    screenReport,
    setLogUploader(upload) {
      logUploader = upload;
    },
    applyGuides(body, version) {
      infoQuery.applyGuides(body, version);
      emit('statusChanged', {});
    },
    applyNotices(body) {
      infoQuery.applyNotices(body);
      emit('statusChanged', {});
    },
    applyMatters(body) {
      publicMatters.applyMatters(body);
      emit('statusChanged', {});
    },
    connectMatters: publicMatters.connect,
    close() {
      technician.leave('shutdown');
      sessions.end('shutdown');
      printQueue.close();
      devices.cardReader.off('card', onCard);
      devices.cardReader.off('refused', onRefused);
      devices.cardReader.off('reading', onReading);
      devices.cardReader.off('connection', onDevices);
      devices.printer.off('status', onDevices);
      devices.documentPrinter?.off('status', onDevices);
      events.removeAllListeners();
    },
  };
  return terminal;
}
