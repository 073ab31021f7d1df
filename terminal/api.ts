// KioskApi: the one typed contract between the touch UI and the kiosk core.
// Both transports (Electron IPC and the browser shell's loopback WebSocket) carry exactly these
// messages; every request is parsed with the zod schemas below before it reaches the core.
// This file must stay free of Node imports: the renderer bundles it.
import type { Say, Said } from './says/say.ts';
import type { PrintReport } from './print-report.ts';
import { z } from 'zod';
import type { ServiceEntry } from '../config/catalog-schema.ts';
import type { DeviceConnection, DocumentPrinterState, PrinterState } from '../drivers/types.ts';
import type { Guide, GuideCategory, Notice } from '../shared/contract/info-documents.ts';
import type { Locale } from '../shared/locales.ts';
import { progressRequestSchemas, type ProgressResponseTypes, type ScanEvent } from './services/progress-query/progress-api-types.ts';
export type * from './services/progress-query/progress-api-types.ts';
import { ratingRequestSchemas, type RatingResponseTypes } from './services/rating/rating-api-types.ts';
export type * from './services/rating/rating-api-types.ts';
import { caseRequestSchemas, type CaseResponseTypes } from './api-cases.ts';
export type * from './api-cases.ts';
import { voiceLocales } from '../shared/voice-locales.ts';
import type { VoiceDiagnostics } from './voice/voice-service.ts';

export { ratingLevels } from './rating-levels.ts';

export interface ResidentView {
  /** Masked for the screen: 张*, 王*明, 次仁**; never the full name. */
  maskedName: string;
  identifiedBy: 'id-card' | 'card-number';
}

export interface SessionView {
  id: string;
  resident: ResidentView | null;
  startedAt: string;
}

export interface SyncStatus {
  /** standalone: no central configured; online: last attempt succeeded; offline: link down, queued. */
  state: 'standalone' | 'online' | 'offline';
  pending: number;
  oldestPendingAgeSeconds: number | null;
  lastSuccessAt: string | null;
  lastError: string | null;
}

export interface ServiceView extends ServiceEntry {
  /** Set when a device the service needs is missing or failed: shown as an out-of-service notice. */
  outOfService: string | null;
  /** The same notice by its id in the says catalog, for the resident's language (absent: Chinese only). */
  outOfServiceSay?: Say;
  /** False for services this version cannot run yet; choosing one says so plainly. */
  built: boolean;
  /** Not offered by this kiosk at all (证明打印 without an A4 printer): `outOfService` says where
   *  it is offered instead, and nothing is broken. */
  offeredElsewhere?: true;
}

export interface KioskStatus {
  /** timeZone: the site's IANA zone (`site.timeZone`); the screen shows every time in it.
   *  `i18n`: the name in other languages (the default name's own when it is still the default). */
  site: { name: string; code: string; timeZone: string; i18n?: Partial<Record<'bo' | 'ug' | 'en', { name?: string }>> };
  services: ServiceView[];
  session: SessionView | null;
  idle: { timeoutSeconds: number; warningSeconds: number };
  /** documentPrinter: null when no A4 printer is configured (证明打印 is then out of service). */
  devices: { cardReader: DeviceConnection; printer: PrinterState; documentPrinter: DocumentPrinterState | null; /** absent: no barcode scanner */ scanner?: DeviceConnection };
  sync: SyncStatus;
  /** Volume 0–100, set remotely (a `set-volume` command) for voice guidance. */
  ui: { elderMode: boolean; volume: number; orientation: 'portrait' | 'landscape'; locale: Locale };
  /** Set by a remote admin: the UI shows only this notice to residents until it is lifted. */
  outOfService: { message: string; /** the kiosk's own default notice; an admin's text has none */ say?: Say } | null;
  /**
   * Present when devices are simulated: the demo shows controls to place a card and, when the
   * printer is simulated (`printer: true`), to run it out of paper and refill it.
   */
  simulator: { cards: { id: string; label: string }[]; printer: boolean; /** a simulated barcode scanner (issue 10) */ scanner?: boolean } | null;
}

export type { PrintReport };

export interface QueueTicket {
  transactionId: string;
  ticketNumber: string;
  serviceName: string;
  queueName: string;
  /** The counter's name in other languages, from the catalog (the screen shows the resident's). */
  queueI18n?: NonNullable<ServiceEntry['queues']>[number]['i18n'];
  issuedAt: string;
  print: PrintReport;
  /** True when the transaction is stored locally and will be sent to central later. */
  queuedForSync: boolean;
}

// ---- 证明打印 (certificate-print) ----

export type CertificatePrintReport = { state: 'printed' } | { state: 'failed'; message: string; say?: Say };

export type CertificateOutcome =
  | {
      status: 'issued';
      transactionId: string;
      title: string;
      /** Masked for the screen; only the paper carries the full name. */
      holderMaskedName: string;
      verificationCode: string;
      issuedAt: string;
      print: CertificatePrintReport;
    }
  /** Central declined; `message` is its reason, written for the resident. */
  | { status: 'refused'; title: string; message: string };

/** What a technician reads on the diagnostics page: devices, sync, versions, disk; nothing of residents. */
export interface Diagnostics {
  devices: KioskStatus['devices'];
  /** Newest first, since the kiosk started. */
  deviceHistory: { at: string; device: 'cardReader' | 'printer'; state: string; detail: string | null }[];
  sync: SyncStatus;
  /** The latest refusals and failures from the kiosk's audit log, newest first. */
  lastErrors: { at: string; event: string; detail: string }[];
  versions: { software: string; node: string; os: string };
  freeDiskBytes: number | null;
  uptimeSeconds: number;
  /** Folders a log bundle can be saved to now (mounted USB sticks, configured folders). */
  exportTargets: string[];
  /** The kiosk is enrolled with a hub: a bundle can be sent there too. */
  canUploadToHub: boolean;
  /** Voice guidance: the engine, each language's voice or fallback, recent fallbacks. */
  voice: VoiceDiagnostics;
}

/**
 * A spoken prompt. `audio`: a complete WAV file, base64 (it travels inside the JSON of either
 * transport; the renderer turns it into a blob: URL); null when no voice could say it (silence).
 */
export interface SpeechClip {
  audio: string | null;
  source: 'pack' | 'engine' | 'none';
  /** The language actually spoken (another one when the resident's has no voice). */
  locale: (typeof voiceLocales)[number];
  durationMs: number;
  fellBack: boolean;
}

/** A serial port as the provisioning wizard shows it. */
export interface FoundPort {
  path: string;
  answers: 'card-reader' | 'printer' | null;
  baudRate: number | null;
  /** The kiosk drives this port now (configured), so it was not probed. */
  inUse: boolean;
  note: string | null;
}

export interface DiscoveredPorts {
  ports: FoundPort[];
  /** Which devices run simulated now (no port configured). */
  simulated: { cardReader: boolean; printer: boolean };
}

export type TechnicianEnterResult =
  | { ok: true }
  | { ok: false; reason: 'wrong-pin' | 'locked' | 'no-pin-set'; message: string; lockedSeconds?: number };

export type ChooseServiceResult =
  | { status: 'ready'; service: ServiceView }
  | { status: 'needs-identity'; message: string; say?: Say }
  | { status: 'out-of-service'; message: string; say?: Say }
  | { status: 'not-built'; message: string; say?: Say };

// ---- 政务信息查询 (info-query, issue 9) ----

export interface GuideCategoryView {
  id: string;
  name: string;
  i18n?: GuideCategory['i18n'];
  /** Guides in this category. */
  count: number;
}

export interface InfoOverview {
  categories: GuideCategoryView[];
  guideCount: number;
  /** Notices showing right now (published, not yet expired). */
  noticeCount: number;
}

export interface GuideSummary {
  id: string;
  name: string;
  department: string;
  /** Only the name's translations: the list shows no more. */
  i18n?: Partial<Record<keyof NonNullable<Guide['i18n']>, { name?: string }>>;
}

export interface GuideView extends Guide {
  legalTimeLimitText: string;
  promisedTimeLimitText: string;
  /** The two texts by their ids in the says catalog, for the resident's language. */
  legalTimeLimitSay?: Say;
  promisedTimeLimitSay?: Say;
}

export interface NoticeView {
  id: string;
  title: string;
  text: string;
  issuer: string | null;
  publishedAt: string;
  expiresAt: string;
  i18n?: Notice['i18n'];
}

export interface GuidePrint {
  transactionId: string;
  print: PrintReport;
}

// ---- 议题公告 (public-matters, issue 9) ----

export type TopicState = 'upcoming' | 'open' | 'closed';

/** A document's own texts in other languages (issue 22), as published. */
type Texts = Partial<Record<'bo' | 'ug' | 'en', Record<string, string | undefined>>>;

export interface MattersOverview {
  /** Always the three sections, in order (党务公开, 村务/居务公开, 财务公开), newest document first. */
  sections: { section: 'party' | 'village' | 'finance'; label: string; labelSay?: Say; documents: { id: string; title: string; publishedAt: string; i18n?: Texts }[] }[];
  topics: { id: string; question: string; state: TopicState; opensAt: string; closesAt: string; i18n?: Texts }[];
}

export interface MatterDocumentView {
  id: string;
  sectionLabel: string;
  sectionLabelSay?: Say;
  title: string;
  text: string;
  publishedAt: string;
  i18n?: Texts;
}

export interface TopicView {
  id: string;
  question: string;
  description: string | null;
  options: { id: string; label: string; i18n?: Texts }[];
  i18n?: Texts;
  state: TopicState;
  opensAt: string;
  closesAt: string;
  resultsRule: 'live' | 'after-close';
  /**
   * anonymous: no ID card (may read, not vote); voted: this kiosk or the hub knows a vote of this
   * resident; not-voted: neither does (the hub said so when it could be asked).
   */
  myVote: 'anonymous' | 'voted' | 'not-voted';
  /** Counts from the hub when the rule allows and the hub answers; otherwise null and a note why. */
  results: { options: { id: string; label: string; votes: number }[]; total: number } | null;
  resultsNote: string | null;
  resultsNoteSay?: Say;
}

export type VoteResult =
  | { status: 'recorded'; transactionId: string; message: string; say?: Say }
  | { status: 'already-voted'; message: string; say?: Say };

const id = z.string().min(1).max(64);
const portChoice = z.strictObject({ path: z.string().min(1).max(4096), baudRate: z.number().int().positive() });

/** Request parameter schemas, one per method. */
export const requestSchemas = {
  getStatus: z.strictObject({}),
  startAnonymousSession: z.strictObject({}),
  activity: z.strictObject({}),
  continueSession: z.strictObject({}),
  endSession: z.strictObject({}),
  chooseService: z.strictObject({ serviceId: id }),
  takeQueueTicket: z.strictObject({ serviceId: id, queueId: id.optional() }),
  /** 服务评价 of what was just done; levels 1–2 need a reason from the contract's list (issue 10). */
  rateTransaction: z.strictObject({
    transactionId: id,
    level: z.number().int().min(1).max(5),
    /** Every reason chosen (issue 21); `reason`: one, as screens before it sent. */
    reasons: z.array(z.string().max(40)).max(8).optional(),
    reason: z.string().max(40).nullable().optional(),
    reasonText: z.string().max(500).nullable().optional(),
  }),
  printCertificate: z.strictObject({ serviceId: id, certificateType: z.string().regex(/^[a-z0-9-]{1,40}$/, 'a certificate type id from the catalog, e.g. residence') }),
  // 政务信息查询 (issue 9)
  infoOverview: z.strictObject({}),
  searchGuides: z.strictObject({ query: z.string().max(40), categoryId: id.optional() }),
  getGuide: z.strictObject({ guideId: id }),
  printGuide: z.strictObject({ guideId: id }),
  listNotices: z.strictObject({}),
  // 议题公告 (issue 9)
  mattersOverview: z.strictObject({}),
  getMatterDocument: z.strictObject({ documentId: id }),
  getTopic: z.strictObject({ topicId: id }),
  voteOnTopic: z.strictObject({ topicId: id, optionId: id, comment: z.string().max(100).optional() }),
  ...progressRequestSchemas, // 办件进度查询 (issue 10)
  ...ratingRequestSchemas, // 服务评价 (issue 10)
  ...caseRequestSchemas, // 事项办理 / 诉求反映 (issue 10)
  /**
   * 长辈版 for this visit (from the attract screen's toggle, before or during the visit): a slower
   * idle timeout and warning. It ends with the visit; the next one starts with `ui.elderMode`.
   */
  setElderMode: z.strictObject({ on: z.boolean() }),
  /** Voice guidance: a screen's prompt (promptId: a recorded clip may say it) or dynamic text. */
  speak: z.strictObject({
    promptId: z.string().regex(/^[a-z0-9.-]{1,64}$/).optional(),
    text: z.string().max(200),
    locale: z.enum(voiceLocales),
    /** The same words in Mandarin, for when `locale` has no voice. */
    fallbackText: z.string().max(200).optional(),
  }),
  simPlaceCard: z.strictObject({ cardId: id }),
  simRemoveCard: z.strictObject({}),
  simSetPrinter: z.strictObject({ paper: z.enum(['ok', 'near-end', 'end']) }),
  /** The renderer drew a frame: proof the screen is alive (reported to central in the heartbeat). */
  reportFrame: z.strictObject({}),
  /** Technician mode (issue 12): the hidden gesture was made and this PIN typed. */
  technicianEnter: z.strictObject({ pin: z.string().max(32) }),
  technicianLeave: z.strictObject({}),
  /** A touch in technician mode: its idle clock starts again. */
  technicianTouch: z.strictObject({}),
  technicianDiagnostics: z.strictObject({}),
  technicianExportLogs: z.strictObject({ target: z.string().min(1).max(4096) }),
  technicianUploadLogs: z.strictObject({}),
  /** Prints a test slip on the receipt printer. */
  technicianTestPrint: z.strictObject({}),
  /** Provisioning wizard: which serial ports answer as a card reader or a printer. */
  technicianDiscoverPorts: z.strictObject({}),
  /** Provisioning wizard: writes what was set to the configuration file (validated, atomically). */
  technicianSaveSetup: z.strictObject({
    site: z.strictObject({ name: z.string().max(200), code: z.string().max(200) }).optional(),
    orientation: z.enum(['portrait', 'landscape']).optional(),
    cardReader: portChoice.optional(),
    printer: portChoice.optional(),
    pin: z.string().regex(/^\d{4,12}$/, 'the PIN must be 4 to 12 digits').optional(),
  }),
  /** Provisioning wizard: enrolls with the configured hub using an admin's one-time code. */
  technicianEnroll: z.strictObject({ code: z.string().min(1).max(64) }),
  /** Provisioning wizard: exit for the supervisor to start the kiosk again (new ports take effect). */
  technicianRestart: z.strictObject({}),
} as const;

export type KioskMethod = keyof typeof requestSchemas;
export type RequestParams<M extends KioskMethod> = z.infer<(typeof requestSchemas)[M]>;

export interface ResponseTypes extends ProgressResponseTypes, RatingResponseTypes, CaseResponseTypes {
  getStatus: KioskStatus;
  startAnonymousSession: SessionView;
  activity: { ok: true };
  continueSession: { ok: true };
  endSession: { ok: true };
  chooseService: ChooseServiceResult;
  takeQueueTicket: QueueTicket;
  rateTransaction: { ok: true };
  printCertificate: CertificateOutcome;
  // 政务信息查询 (issue 9)
  infoOverview: InfoOverview;
  /** At most 50 guides, best first; `total` is how many matched. */
  searchGuides: { guides: GuideSummary[]; total: number };
  getGuide: GuideView;
  printGuide: GuidePrint;
  listNotices: NoticeView[];
  // 议题公告 (issue 9)
  mattersOverview: MattersOverview;
  getMatterDocument: MatterDocumentView;
  getTopic: TopicView;
  voteOnTopic: VoteResult;
  speak: SpeechClip;
  setElderMode: { ok: true };
  simPlaceCard: { ok: true };
  simRemoveCard: { ok: true };
  simSetPrinter: { ok: true };
  reportFrame: { ok: true };
  technicianEnter: TechnicianEnterResult;
  technicianLeave: { ok: true };
  technicianTouch: { ok: true };
  technicianDiagnostics: Diagnostics;
  technicianExportLogs: { file: string; bytes: number };
  /** `id`: the bundle's number at the hub, for the admin. */
  technicianUploadLogs: { id: string };
  technicianTestPrint: { ok: boolean; message: string };
  technicianDiscoverPorts: DiscoveredPorts;
  /** `restartNeeded`: device ports changed (they take effect at the next start). */
  technicianSaveSetup: { saved: true; restartNeeded: boolean; canRestart: boolean; message: string };
  technicianEnroll: { terminalId: string; canRestart: boolean; message: string };
  technicianRestart: { ok: true };
}

export interface KioskEvents {
  /** The session began, changed (resident identified) or ended (null: everything wiped). */
  session: { session: SessionView | null };
  /** Idle warning: seconds left before the session ends; null when the warning is cleared. */
  idle: { secondsLeft: number | null };
  devices: KioskStatus['devices'];
  /** A newly placed card is being read (a session or cardRefused follows). */
  cardReading: Record<string, never>;
  /** A card was placed but refused; the message is for the resident. */
  cardRefused: { message: string; say?: Say };
  /** A print job's state changed (e.g. paper refilled and the waiting ticket printed). */
  print: { transactionId: string; report: PrintReport };
  sync: SyncStatus;
  /** The catalog or configuration changed: the UI re-reads getStatus. */
  statusChanged: Record<string, never>;
  /** A remote admin asked for the UI to be loaded afresh (a `reload-ui` command). */
  reloadUi: Record<string, never>;
  /** Technician mode began or ended (by the technician, or by itself when idle). */
  technician: { active: boolean };
  /** A card read while in technician mode (a test read: no visit starts); the name masked. */
  technicianCard: { maskedName: string };
  /** 办件进度查询 (issue 10): "您有 N 件办理结果", counted in the background after a card was read. */
  progressNotice: { count: number };
  /** The barcode scanner read one of our receipts' QR codes (anything else comes as cardRefused). */
  scan: ScanEvent;
}

export type KioskEventName = keyof KioskEvents;

/** The core's side of the contract. */
export type KioskApi = {
  [M in KioskMethod]: (params: RequestParams<M>) => Promise<ResponseTypes[M]>;
} & {
  on<E extends KioskEventName>(event: E, listener: (payload: KioskEvents[E]) => void): () => void;
};

/**
 * Error a method throws for the resident or technician to read; `code` is for programs. Given a
 * `said(…)` message, it also carries the message's id so the screen shows it in the resident's
 * language (terminal/says/); a plain string is Chinese only (technician and demo texts).
 */
export class KioskError extends Error {
  readonly say: Say | undefined;
  constructor(
    readonly code: 'bad-request' | 'no-session' | 'unavailable' | 'storage-full' | 'not-found' | 'not-technician' | 'internal',
    message: string | Said,
  ) {
    super(typeof message === 'string' ? message : message.message);
    this.say = typeof message === 'string' ? undefined : message.say;
    this.name = 'KioskError';
  }
}

// ---- wire format shared by both transports ----

export const requestMessageSchema = z.strictObject({
  type: z.literal('request'),
  id: z.number().int().nonnegative(),
  method: z.string(),
  params: z.unknown(),
});

export type RequestMessage = z.infer<typeof requestMessageSchema>;

export type ResponseMessage =
  | { type: 'response'; id: number; ok: true; result: unknown }
  | { type: 'response'; id: number; ok: false; error: { code: string; message: string; say?: Say } };

export interface EventMessage {
  type: 'event';
  name: KioskEventName;
  payload: unknown;
}

export type ServerMessage = ResponseMessage | EventMessage;
