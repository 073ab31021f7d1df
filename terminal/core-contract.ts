// The core's own part of the KioskApi contract: the visit, the status screen, the devices and
// the events, and the simulator's demo controls. api.ts spreads these in beside the services'
// slices. No Node imports: the renderer bundles this.
import { z } from 'zod';
import type { Say } from './says/say.ts';
import type { PrintReport } from './print-report.ts';
import type { ServiceEntry } from '../config/catalog-schema.ts';
import type { DeviceConnection, DocumentPrinterState, PrinterState } from '../drivers/types.ts';
import type { Locale } from '../shared/locales.ts';
import type { ScanEvent } from './services/progress-query/progress-query-contract.ts';
import { voiceLocales } from '../shared/voice-locales.ts';
import { requestId } from './services/slice.ts';

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

/**
 * A spoken prompt. `audio`: a complete WAV file as bytes, never base64: Electron's IPC clones the
 * Uint8Array as it is and the browser shell sends it in a binary WebSocket frame
 * (shared/binary-frame.ts); the renderer turns it into a blob: URL. Null when no voice could say
 * it (silence).
 */
export interface SpeechClip {
  audio: Uint8Array<ArrayBuffer> | null;
  source: 'pack' | 'engine' | 'none';
  /** The language actually spoken (another one when the resident's has no voice). */
  locale: (typeof voiceLocales)[number];
  durationMs: number;
  fellBack: boolean;
}

export type ChooseServiceResult =
  | { ok: true; service: ServiceView }
  | { ok: false; reason: 'needs-identity' | 'out-of-service' | 'not-built'; message: string; say?: Say };

const id = requestId;

/** Request parameter schemas of the core's own methods. */
export const coreRequestSchemas = {
  getStatus: z.strictObject({}),
  startAnonymousSession: z.strictObject({}),
  activity: z.strictObject({}),
  continueSession: z.strictObject({}),
  endSession: z.strictObject({}),
  chooseService: z.strictObject({ serviceId: id }),
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
  /** Demo: the simulated barcode scanner reads this text as if from a receipt's QR code. */
  simScan: z.strictObject({ text: z.string().min(1).max(500) }),
  /** The renderer drew a frame: proof the screen is alive (reported to central in the heartbeat). */
  reportFrame: z.strictObject({}),
} as const;

export interface CoreResponseTypes {
  getStatus: KioskStatus;
  startAnonymousSession: SessionView;
  activity: { ok: true };
  continueSession: { ok: true };
  endSession: { ok: true };
  chooseService: ChooseServiceResult;
  speak: SpeechClip;
  setElderMode: { ok: true };
  simPlaceCard: { ok: true };
  simRemoveCard: { ok: true };
  simSetPrinter: { ok: true };
  simScan: { ok: true };
  reportFrame: { ok: true };
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

