// createTerminal: the kiosk's brain behind KioskApi. It owns the session, reacts to the devices,
// runs the services the catalog names and keeps the store. It knows nothing of Electron or of
// which transport carries its messages.
import { said, type Said } from './says/say.ts';
import { EventEmitter } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { KioskConfig } from '../config/schema.ts';
import type { Catalog, ServiceEntry, ServiceKind } from '../config/catalog-schema.ts';
import type { CardRead, Devices } from '../drivers/types.ts';
import type { SimulatorControl } from '../drivers/create-devices.ts';
import {
  KioskError,
  type KioskApi,
  type KioskEvents,
  type KioskStatus,
  type ServiceView,
  type SyncStatus,
} from './api.ts';
import type { Clock } from './clock.ts';
import { screenReportAt } from './screen-report.ts';
import { SessionManager, sessionView } from './session.ts';
import type { Db } from './store/open-store.ts';
import type { TransactionStore } from './store/transactions.ts';
import type { PrintJobStore } from './store/print-jobs.ts';
import { createPrintQueue } from './print-queue.ts';
import { takeQueueTicket } from './services/queue-ticket.ts';
import { printCertificate } from './services/certificate-print/print-certificate.ts';
import { certificatesElsewhere, documentPrinterOutage, networkOutage } from './services/certificate-print/outage.ts';
import { printerOutage, readerOutage, type OutageReason } from './outage.ts';
import { RESIDENT_MESSAGES } from '../drivers/idcard-sam/reader.ts';
import { LINE_READER_MESSAGES } from '../drivers/line-reader/reader.ts';
import type { CertificateLink } from './services/certificate-print/central-link.ts';
import { readRemoteSettings, writeOutOfService, writeVolume } from './store/remote-settings.ts';
import type { ScreenReport } from '../shared/contract/schemas.ts';
import { createDeviceHistory } from './technician/device-history.ts';
import { createTechnicianMode } from './technician/technician-mode.ts';
import { technicianApi } from './technician/technician-api.ts';
import { provisioningApi, type ProvisioningDeps } from './technician/provisioning-api.ts';
import { testReceipt } from './technician/device-tests.ts';
import { maskCardNumber, maskName } from '../shared/mask.ts';
import { encodeReceipt } from '../printing/receipt.ts';
import type { GuidesBody, NoticesBody } from '../shared/contract/info-documents.ts';
import { createInfoQueryApi } from './services/info-query/info-query-api.ts';
import type { MattersBody } from '../shared/contract/public-matters.ts';
import type { MattersLink } from './services/public-matters/central-link.ts';
import { createPublicMattersApi } from './services/public-matters/public-matters-api.ts';
import { createProgressQueryApi, NOT_OUR_CODE } from './services/progress-query/progress-query-api.ts';
import type { CasesLink } from './services/progress-query/cases-link.ts';
import { attachScanner } from './services/progress-query/scanner-input.ts';
import { createRatingApi } from './services/rating/rating-api.ts';
import { randomBytes } from 'node:crypto';
import { createCaseServices } from './services/case-services.ts';
import type { VoiceService } from './voice/voice-service.ts';
import type { VoicePacksBody } from '../shared/contract/voice-packs.ts';
import { withSiteNameTexts } from '../config/default-site-name.ts';

/** What residents read when an admin closes the kiosk without writing a notice. */
export const DEFAULT_OUT_OF_SERVICE_MESSAGE = said('core.kioskClosed').message;

/** The closed kiosk's notice: the default one in the resident's language, an admin's as written. */
const closedNotice = (message: string): { message: string; say?: Said['say'] } =>
  message === DEFAULT_OUT_OF_SERVICE_MESSAGE ? said('core.kioskClosed') : { message };

/** The card readers' refusals (drivers write Chinese; the screen shows them by id). */
const cardRefusals = new Map<string, Said>([
  [RESIDENT_MESSAGES.checkFailed, said('core.cardCheckFailed')],
  [RESIDENT_MESSAGES.unreadable, said('core.cardUnreadable')],
  [RESIDENT_MESSAGES.unknownCard, said('core.cardUnknown')],
  [LINE_READER_MESSAGES.unrecognised, said('core.cardUnrecognised')],
]);

/** Service kinds this version can run; the others say plainly that they are not available yet. */
const BUILT_KINDS: ReadonlySet<ServiceKind> = new Set([
  'queue-ticket',
  'certificate-print',
  'info-query',
  'public-matters',
  'application',
  'demand',
  'progress-query',
  'rating',
]);

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
  /** 办件进度查询 (issue 10): key of the sealed case cache (boot derives it from the store key). */
  progressKey?: Buffer;
  /** 事项办理 / 诉求反映 (issue 10): the terminal's number at its hub (0 before enrolling), and the
   * base URL of the hub's progress page for the receipt's QR (null: no QR). */
  terminalNumber?: () => number;
  progressBase?: () => string | null;
  /** The provisioning wizard's links to the world outside the core (boot provides them). */
  /** Voice guidance (boot starts eSpeak NG and the prompt packs); without it the kiosk is silent. */
  voice?: VoiceService;
  provisioning?: Pick<ProvisioningDeps, 'configPath' | 'discover' | 'enroll' | 'restart'> & {
    /** Lays the cached pushed configuration over the file's, as at start. */
    layer(fileConfig: KioskConfig): KioskConfig;
  };
}

/** The sync status of a kiosk with no central configured (or before its agent has started). */
export const standaloneSync: SyncStatus = { state: 'standalone', pending: 0, oldestPendingAgeSeconds: null, lastSuccessAt: null, lastError: null };

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
  /** 办件进度查询 (issue 10): the hub links for case lookups once enrolled: `link` while a resident
   * waits, `background` (more patient) for the greeting's count; the same link when not given. */
  connectProgress(link: CasesLink, background?: CasesLink): void;
  /** Voice guidance (issue 11): recorded prompt packs from central's signed document. */
  applyVoicePacks(body: VoicePacksBody): void;
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
  const screenReport = (): ScreenReport => screenReportAt(clock.now(), startedAt, lastFrameAt);
  const refuseWhileClosed = () => {
    if (remote.outOfService) {
      const { message, say } = closedNotice(remote.outOfService.message);
      throw new KioskError('unavailable', say ? { message, say } : message);
    }
  };

  // 长辈版 chosen for this visit (null: the site's `ui.elderMode`); forgotten when the visit ends.
  let visitElder: boolean | null = null;
  const sessions = new SessionManager({
    idleTimeoutSeconds: config.session.idleTimeoutSeconds,
    warningSeconds: config.session.warningSeconds,
    clock,
    slowdown: () => ((visitElder ?? config.ui.elderMode) ? config.session.elderSlowdown : 1),
    onSession: (session) => {
      if (!session) visitElder = null;
      progressQuery.visitChanged(sessions.current); // the greeting's count is asked for this visit only
      emit('session', { session });
    },
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
    ...(devices.scanner ? { scanner: devices.scanner.connection } : {}),
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

  const outageOf = (service: ServiceEntry): OutageReason | null => {
    const { cardReader, printer } = deviceStatus();
    return (
      (service.needs.includes('printer') ? printerOutage(printer) : null) ??
      (service.needs.includes('cardReader') ? readerOutage(cardReader) : null) ??
      (service.needs.includes('documentPrinter') ? documentPrinterOutage(devices.documentPrinter?.status ?? null) : null) ??
      (service.needs.includes('network') ? networkOutage(syncStatus()) : null)
    );
  };
  /** What a service's tile, or a refused call, says when the service cannot run here. No A4 printer
   *  is no fault but a service this kiosk does not offer: it says where it is offered instead. */
  const unavailableNotice = (reason: OutageReason, told: 'core.outage' | 'core.outageGoToCounter'): Said => {
    if (reason === 'a4None') return certificatesElsewhere(config.site.certificatesAt) ?? said('core.outageGoToCounter', { reason });
    return said(told, { reason });
  };
  const serviceView = (service: ServiceEntry): ServiceView => {
    const reason = outageOf(service);
    const notice = reason ? unavailableNotice(reason, 'core.outage') : null;
    return {
      ...service,
      outOfService: notice?.message ?? null,
      ...(notice ? { outOfServiceSay: notice.say } : {}),
      built: BUILT_KINDS.has(service.kind),
      ...(reason === 'a4None' ? { offeredElsewhere: true as const } : {}),
    };
  };
  /** The tiles a resident sees: a service offered nowhere the site can name is not shown at all. */
  const shownServices = () => catalog.services.filter((s) => !(outageOf(s) === 'a4None' && config.site.certificatesAt === null)).map(serviceView);

  const findService = (serviceId: string): ServiceEntry => {
    const service = catalog.services.find((s) => s.id === serviceId);
    if (!service) throw new KioskError('not-found', said('core.noSuchService', { serviceId }));
    return service;
  };

  const requireSession = () => {
    const session = sessions.current;
    if (!session) throw new KioskError('no-session', said('core.sessionTimedOut'));
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
      emit('cardRefused', closedNotice(remote.outOfService.message));
      return;
    }
    const current = sessions.current?.resident;
    const sameCard =
      current &&
      ((current.kind === 'id-card' && card.kind === 'id-card' && current.idNumber === card.idNumber) ||
        (current.kind === 'card-number' && card.kind === 'card-number' && current.number === card.number));
    if (sameCard) sessions.activity();
    else {
      const session = sessions.start(card);
      if (card.kind === 'id-card') progressQuery.identified(session); // 办件进度查询: the greeting's count
    }
  };
  const onRefused = ({ message }: { message: string }) => emit('cardRefused', cardRefusals.get(message) ?? { message });
  // "正在读取身份证…" is for residents and ends with their visit or a refusal; a technician's test
  // read ends in neither, so announcing it left the attract screen saying so after the mode (issue 21).
  const onReading = () => {
    if (!technician.active) emit('cardReading', {});
  };
  devices.cardReader.on('reading', onReading);
  devices.cardReader.on('card', onCard);
  devices.cardReader.on('refused', onRefused);
  devices.cardReader.on('connection', onDevices);
  devices.printer.on('status', onDevices);
  devices.documentPrinter?.on('status', onDevices);
  devices.scanner?.on('connection', onDevices);

  /** A call from a service's screen: the visit must be on, and the catalog must offer the service. */
  const enterService = (kind: ServiceKind, missing: Said) => () => {
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
    enter: enterService('info-query', said('core.notOfferedInfoQuery')),
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
    enter: enterService('public-matters', said('core.notOfferedPublicMatters')),
    nextSeq,
    db: deps.db,
    transactions: deps.transactions,
    now,
    voterKey: deps.voterKey,
    online: () => syncStatus().state === 'online',
  });

  // 办件进度查询 and 服务评价 (issue 10)
  const progressQuery = createProgressQueryApi({
    enter: enterService('progress-query', said('core.notOfferedProgressQuery')),
    db: deps.db,
    transactions: deps.transactions,
    cacheKey: deps.progressKey ?? randomBytes(32),
    online: () => syncStatus().state === 'online',
    session: () => sessions.current,
    onNotice: (count) => emit('progressNotice', { count }),
    log: (line) => console.error(`kiosk: ${line}`),
    clock,
    now,
  });
  // 办件进度查询: a scanned receipt QR opens its case (terminal/services/progress-query/scanner-input.ts).
  const detachScanner = devices.scanner
    ? attachScanner({
        scanner: devices.scanner,
        scanned: progressQuery.scanned,
        technicianActive: () => technician.active,
        closed: () => remote.outOfService !== null,
        visitOn: () => sessions.current !== null,
        startVisit: () => sessions.start(null),
        activity: () => sessions.activity(),
        onCase: (scan) => emit('scan', scan),
        onRefused: (message, say) => emit('cardRefused', say ? { message, say } : { message }),
        notOurs: NOT_OUR_CODE,
      })
    : () => undefined;
  const rating = createRatingApi({
    db: deps.db,
    transactions: deps.transactions,
    now,
    timeZone: () => config.site.timeZone,
    session: () => {
      const session = requireSession();
      sessions.activity();
      return session;
    },
    nextSeq,
    ratingServiceId: () => catalog.services.find((s) => s.kind === 'rating')?.id ?? 'rating',
    seenCases: progressQuery.seenCases,
    certificateName: (type) =>
      catalog.services.flatMap((s) => s.certificateTypes ?? []).find((c) => c.id === type)?.name ?? null,
  });

  // 事项办理 / 诉求反映 (issue 10)
  const cases = createCaseServices({
    enterApplication: enterService('application', said('core.notOfferedApplication')),
    enterDemand: enterService('demand', said('core.notOfferedDemand')),
    nextSeq,
    guide: infoQuery.guide,
    sites: () => config.demand.sites,
    db: deps.db,
    transactions: deps.transactions,
    printJobs: deps.printJobs,
    printQueue,
    site: () => config.site,
    columns: () => config.devices.printer.columns,
    now,
    terminalNumber: deps.terminalNumber ?? (() => 0),
    progressBase: deps.progressBase ?? (() => null),
    queuedForSync: () => syncStatus().state !== 'online',
    onPrintReport: (transactionId, report) => emit('print', { transactionId, report }),
    printWaitMs: 8000,
  });

  const api: KioskApi = {
    async getStatus() {
      const session = sessions.current;
      return {
        site: withSiteNameTexts({ name: config.site.name, code: config.site.code, timeZone: config.site.timeZone, ...(config.site.i18n && { i18n: config.site.i18n }) }),
        services: shownServices(),
        session: session ? sessionView(session) : null,
        idle: { timeoutSeconds: config.session.idleTimeoutSeconds, warningSeconds: config.session.warningSeconds },
        devices: deviceStatus(),
        sync: syncStatus(),
        ui: { elderMode: config.ui.elderMode, volume: remote.volume ?? config.ui.volume, orientation: config.ui.orientation, locale: config.ui.locale },
        outOfService: remote.outOfService && closedNotice(remote.outOfService.message),
        simulator: deps.simulator ? { cards: deps.simulator.cards, printer: deps.simulator.printer !== null, scanner: deps.simulator.scan !== undefined } : null,
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
      const entry = findService(serviceId);
      const service = serviceView(entry);
      // The screen names the service it chose (in the resident's language): the message need not.
      const reason = outageOf(entry);
      if (reason) return { status: 'out-of-service', ...unavailableNotice(reason, 'core.outageGoToCounter') };
      if (!service.built) return { status: 'not-built', ...said('core.notBuilt') };
      if (service.requiresIdentity && !session.resident) return { status: 'needs-identity', ...said('core.needsIdCard') };
      // 证明打印 certifies a person: a magstripe or RFID card number is not enough.
      if (service.kind === 'certificate-print' && session.resident?.kind !== 'id-card') {
        return { status: 'needs-identity', ...said('core.certificateNeedsIdCard') };
      }
      return { status: 'ready', service };
    },
    async takeQueueTicket({ serviceId, queueId }) {
      const session = requireSession();
      sessions.activity();
      const service = findService(serviceId);
      if (service.kind !== 'queue-ticket') throw new KioskError('bad-request', said('core.notQueueService'));
      if (service.requiresIdentity && !session.resident) throw new KioskError('no-session', said('core.queueNeedsIdCard'));
      const reason = outageOf(service);
      if (reason) throw new KioskError('unavailable', said('core.outageQueueAtCounter', { reason }));
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
      const entry = findService(serviceId);
      const service = serviceView(entry);
      if (service.kind !== 'certificate-print') throw new KioskError('bad-request', said('core.notCertificateService'));
      const reason = outageOf(entry);
      if (reason) throw new KioskError('unavailable', unavailableNotice(reason, 'core.outageGoToCounter'));
      const printer = devices.documentPrinter;
      if (!printer) throw new KioskError('unavailable', unavailableNotice('a4None', 'core.outageGoToCounter'));
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
    ...infoQuery.api, // 政务信息查询 (issue 9)
    ...publicMatters.api, // 议题公告 (issue 9)
    ...progressQuery.api, // 办件进度查询 (issue 10)
    ...rating, // 服务评价 (issue 10)
    async simScan({ text }) {
      if (!deps.simulator?.scan) throw new KioskError('unavailable', '没有模拟扫码枪：本机接的是真实扫码枪，或没有扫码枪。');
      await deps.simulator.scan(text);
      return { ok: true };
    },
    ...cases, // 事项办理 / 诉求反映 (issue 10)
    async setElderMode({ on }) {
      visitElder = on;
      // The slower (or quicker) pace starts now, not at the next touch.
      sessions.activity();
      return { ok: true };
    },
    async speak(req) {
      // Not a touch: a prompt that plays by itself must not keep a visit alive.
      if (!deps.voice) return { audio: null, source: 'none', locale: req.locale, durationMs: 0, fellBack: true };
      const clip = await deps.voice.speak(req);
      return { ...clip, audio: clip.audio ? clip.audio.toString('base64') : null };
    },
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
      voice: () => deps.voice?.diagnostics() ?? null,
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
    connectProgress: progressQuery.connect,
    applyVoicePacks(body) {
      deps.voice?.applyDocumentPacks(body);
    },
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
      detachScanner();
      devices.scanner?.off('connection', onDevices);
      events.removeAllListeners();
    },
  };
  return terminal;
}
