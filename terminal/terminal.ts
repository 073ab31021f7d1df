// createTerminal: the kiosk's brain behind KioskApi. It owns the session, reacts to the devices,
// reports the status and sends the events; the services are slices (terminal/services/) built
// once from the context made here. It knows nothing of Electron or of which transport carries
// its messages.
import { said } from './says/say.ts';
import { EventEmitter } from 'node:events';
import type { CardRead } from '../drivers/types.ts';
import { KioskError, type KioskApi, type KioskEvents, type KioskStatus, type SyncStatus } from './api.ts';
import { screenReportAt } from './screen-report.ts';
import { SessionManager, sessionView } from './session.ts';
import { createPrintQueue } from './print-queue.ts';
import { readRemoteSettings, writeOutOfService, writeVolume } from './store/remote-settings.ts';
import type { ScreenReport } from '../shared/contract/schemas.ts';
import { createDeviceHistory } from './technician/device-history.ts';
import { createTechnicianMode } from './technician/technician-mode.ts';
import { createTechnicianSlice } from './technician/technician-slice.ts';
import { maskCardNumber, maskName } from '../shared/mask.ts';
import { withSiteNameTexts } from '../config/default-site-name.ts';
import { createServiceContext } from './services/service-context.ts';
import { createServiceSlices } from './services/service-slices.ts';
import { createServiceAvailability } from './service-availability.ts';
import { certificateIdentityNotice } from './services/certificate-print/outage.ts';
import { createSimulatorApi } from './simulator-api.ts';
import { cardRefusal, closedNotice } from './closed-notice.ts';
import type { Terminal, TerminalDeps } from './terminal-types.ts';

export type { Terminal, TerminalDeps } from './terminal-types.ts';
export { DEFAULT_OUT_OF_SERVICE_MESSAGE } from './closed-notice.ts';

/** The sync status of a kiosk with no central configured (or before its agent has started). */
export const standaloneSync: SyncStatus = { state: 'standalone', pending: 0, oldestPendingAgeSeconds: null, lastSuccessAt: null, lastError: null };

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
  let hub = deps.hub ?? null;
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
      services.caseAttachments.dropDraftsExcept(session?.id ?? null); // a wipe deletes the visit's captured pages (issue 24)
      services.progressQuery.visitChanged(sessions.current); // the greeting's count is asked for this visit only
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
  const availability = createServiceAvailability({ devices, config: () => config, catalog: () => catalog, syncStatus });

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
      if (card.kind === 'id-card') services.progressQuery.identified(session); // 办件进度查询: the greeting's count
    }
  };
  const onRefused = ({ message }: { message: string }) => emit('cardRefused', cardRefusal(message));
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

  const ctx = createServiceContext({ deps, sessions, printQueue, config: () => config, catalog: () => catalog, hub: () => hub, syncStatus, availability, emit });
  const services = createServiceSlices(ctx, {
    spoolDir: deps.spoolDir,
    voterKey: deps.voterKey,
    progressKey: deps.progressKey,
    progressBase: deps.progressBase ?? (() => null),
  });
  // 办件进度查询: a scanned receipt QR opens its case.
  const detachScanner = devices.scanner
    ? services.progressQuery.listenToScanner(devices.scanner, { technicianActive: () => technician.active, closed: () => remote.outOfService !== null, startVisit: () => sessions.start(null) })
    : () => undefined;

  const api: KioskApi = {
    async getStatus() {
      const session = sessions.current;
      return {
        site: withSiteNameTexts({ name: config.site.name, code: config.site.code, timeZone: config.site.timeZone, ...(config.site.i18n && { i18n: config.site.i18n }) }),
        services: availability.shownServices(),
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
      const session = ctx.visit();
      const entry = availability.findService(serviceId);
      const service = availability.serviceView(entry);
      // The screen names the service it chose (in the resident's language): the message need not.
      const reason = availability.outageOf(entry);
      if (reason) return { ok: false, reason: 'out-of-service', ...availability.unavailableNotice(reason, 'core.outageGoToCounter') };
      if (!service.built) return { ok: false, reason: 'not-built', ...said('core.notBuilt') };
      if (service.requiresIdentity && !session.resident) return { ok: false, reason: 'needs-identity', ...said('core.needsIdCard') };
      const idCardOnly = certificateIdentityNotice(service.kind, session.resident);
      if (idCardOnly) return { ok: false, reason: 'needs-identity', ...idCardOnly };
      return { ok: true, service };
    },
    ...services.api,
    ...createSimulatorApi(deps.simulator, devices),
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
      // A plain view of the same bytes: a Buffer would be turned into a number array by its toJSON.
      return { ...clip, audio: clip.audio ? new Uint8Array(clip.audio.buffer as ArrayBuffer, clip.audio.byteOffset, clip.audio.byteLength) : null };
    },
    ...createTechnicianSlice({
      db: deps.db,
      mode: technician,
      devices,
      config: () => config,
      now: ctx.now,
      status: () => api.getStatus({}),
      screen: () => screenReport(),
      deviceHistory: history.list,
      dataDir: deps.dataDir ?? null,
      uploader: () => hub?.uploadLogs ?? null,
      voice: deps.voice,
      provisioning: deps.provisioning,
      applyConfig: (next) => terminal.applyConfig(next),
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

  const statusChanged = () => emit('statusChanged', {});
  const terminal: Terminal = {
    ...api,
    applyCatalog(next) {
      catalog = next;
      statusChanged();
    },
    currentConfig: () => config,
    applyConfig(next) {
      config = next;
      sessions.setTimings(next.session);
      statusChanged();
    },
    publishSyncStatus(status) {
      emit('sync', status);
      // Services that need the network (证明打印) change with it: the UI re-reads their notices.
      if (status.state !== lastSyncState) statusChanged();
      lastSyncState = status.state;
    },
    setOutOfService(message) {
      writeOutOfService(deps.db, message);
      remote = readRemoteSettings(deps.db);
      statusChanged();
    },
    setVolume(percent) {
      writeVolume(deps.db, percent);
      remote = readRemoteSettings(deps.db);
      statusChanged();
    },
    requestUiReload() {
      emit('reloadUi', {});
    },
    screenReport,
    hallQueue: services.hallQueue,
    kioskNumbers: services.kioskNumbers,
    connectHub(next) {
      hub = next;
    },
    // Central's documents for 政务信息查询 and 议题公告: the UI re-reads what the services show.
    applyGuides: (body, version) => (services.infoQuery.applyGuides(body, version), statusChanged()),
    applyNotices: (body) => (services.infoQuery.applyNotices(body), statusChanged()),
    applyMatters: (body) => (services.publicMatters.applyMatters(body), statusChanged()),
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
