// What the terminal core sees of the devices. Drivers implement these; the core knows nothing of
// bytes or ports. Device state is a discriminated union, as in VotingWorks VxSuite.
import type { EventEmitter } from 'node:events';

/** Everything read from a second-generation resident ID card (GB 19910 / GA 467 text block). */
export interface IdentityCard {
  kind: 'id-card';
  name: string;
  sex: '男' | '女' | '未知';
  /** GB 3304 nationality name, e.g. 汉, 藏, 维吾尔. */
  nation: string;
  /** YYYY-MM-DD */
  birthDate: string;
  address: string;
  /** 18 characters, check digit verified. */
  idNumber: string;
  issuer: string;
  /** YYYY-MM-DD */
  validFrom: string;
  /** YYYY-MM-DD, or '长期' for cards without an end date. */
  validUntil: string;
  /** The encrypted WLT photo, opaque; lives only as long as the session. */
  photo?: Uint8Array;
}

/** A magstripe or RFID card read by a line reader: the number is personal data. */
export interface CardNumber {
  kind: 'card-number';
  number: string;
}

export type CardRead = IdentityCard | CardNumber;

export type DeviceConnection =
  | { state: 'connecting' }
  | { state: 'ready' }
  | { state: 'disconnected'; reason: string; retryInMs?: number }
  | { state: 'error'; reason: string };

export type PrinterState =
  | { state: 'ready'; paperNearEnd: boolean }
  | { state: 'paper-end' }
  | { state: 'cover-open' }
  | { state: 'offline'; reason: string }
  | { state: 'cutter-error' }
  | { state: 'unrecoverable-error' }
  | { state: 'disconnected'; reason: string }
  /** The printer did not answer a status query (some printers do not implement DLE EOT). */
  | { state: 'unknown' };

export interface CardReaderEvents {
  /**
   * A newly placed card was found and its read begins ('card' or 'refused' follows). Lets the
   * screen say "reading, keep the card still" during the second or so a read takes.
   */
  reading: [];
  /** A card was placed and read successfully (once per placement). */
  card: [CardRead];
  /** The card that was read has been taken away. */
  removed: [];
  /** A card was placed but refused; `message` is for the resident (no personal data in it). */
  refused: [{ message: string }];
  connection: [DeviceConnection];
}

export interface CardReaderDevice extends EventEmitter<CardReaderEvents> {
  readonly connection: DeviceConnection;
  start(): Promise<void>;
  stop(): Promise<void>;
}

export type PrintOutcome =
  | { ok: true }
  | {
      ok: false;
      state: Exclude<PrinterState, { state: 'ready' }> | { state: 'timeout' };
      /** Some of the job's bytes reached the printer. */
      partial: boolean;
      /**
       * The printer may still print the rest of this job by itself once it can print again (it keeps
       * its receive buffer across paper end, and the buffer could not be cleared). Sending the job
       * again would then give a second ticket. Absent: what was not printed never will be.
       */
      printerMayFinish?: boolean;
    };

export interface PrinterEvents {
  status: [PrinterState];
}

export interface ReceiptPrinterDevice extends EventEmitter<PrinterEvents> {
  readonly status: PrinterState;
  readonly columns: number;
  start(): Promise<void>;
  stop(): Promise<void>;
  /** Reads the printer's real-time status (DLE EOT). */
  queryStatus(): Promise<PrinterState>;
  /** Sends one complete job's bytes; checks status before and after. */
  print(job: Uint8Array): Promise<PrintOutcome>;
}

/** The A4 printer behind the operating system's print system (CUPS), for certificates. */
export type DocumentPrinterState =
  | { state: 'checking' }
  | { state: 'ready' }
  /** The queue is stopped (paused, out of paper, jammed…) or refuses jobs. */
  | { state: 'stopped'; reason: string }
  /** No queue of the configured name. */
  | { state: 'missing'; reason: string }
  /** No print system answered. */
  | { state: 'unreachable'; reason: string };

export type DocumentPrintOutcome =
  | { ok: true }
  /** stopped: the queue stopped; failed: CUPS aborted or cancelled it; timeout: not finished in time. */
  | { ok: false; reason: 'stopped' | 'failed' | 'timeout'; message: string };

export interface DocumentPrinterEvents {
  status: [DocumentPrinterState];
}

export interface DocumentPrinterDevice extends EventEmitter<DocumentPrinterEvents> {
  readonly status: DocumentPrinterState;
  start(): Promise<void>;
  stop(): Promise<void>;
  queryStatus(): Promise<DocumentPrinterState>;
  /**
   * Submits a PDF and follows the job until the print system reports it completed, failed or
   * stopped. A job that cannot finish is cancelled: a personal document must not come out later
   * when nobody is standing there.
   */
  printPdf(file: string, title: string): Promise<DocumentPrintOutcome>;
}

export interface Devices {
  cardReader: CardReaderDevice;
  printer: ReceiptPrinterDevice;
  /** 证明打印: absent when no `devices.documentPrinter` is configured. */
  documentPrinter?: DocumentPrinterDevice | null;
  /** 办件进度查询: a barcode scanner sending one line per code; each line comes as a `card-number` read. */
  scanner?: CardReaderDevice | null;
}
