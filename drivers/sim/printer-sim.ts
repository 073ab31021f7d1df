// A simulated 80 mm ESC/POS printer on the far end of a pseudo-terminal pair. It decodes what the
// driver sends, groups it into receipts (a receipt ends at a cut), answers DLE EOT real-time status
// requests with the bytes of the Epson reference, and can run out of paper, open its cover, go
// offline, or (like some cheap printers) never answer a status request at all. What it does with
// data that arrives while it cannot print is a setting, because real printers differ: some lose it,
// others (Epson TM and clones) keep it in the receive buffer and print it once they can again.
import { EventEmitter } from 'node:events';
import type { SerialPortStream } from '@serialport/stream';
import { openablePort } from '../serial/memory-link.ts';
import { EscPosDecoder, type DecodedItem } from './escpos-decoder.ts';
import { RealtimeScanner, type RealtimeCommand } from './realtime-commands.ts';
import { encodeStatusByte, type StatusFlag } from '../escpos-printer/status.ts';

export interface SimulatedReceipt {
  lines: string[];
  qr: string[];
  barcodes: string[];
  cut: 'full' | 'partial';
  /** Everything decoded for this receipt, with styles, for detailed assertions. */
  items: DecodedItem[];
}
/** What was printed but never cut: torn off by whoever refilled the paper. */
export type SpoiledPrint = Omit<SimulatedReceipt, 'cut'>;

export type PaperSetting = 'ok' | 'near-end' | 'end' | { endAfterBytes: number };
export type PrinterError = 'none' | 'cutter' | 'unrecoverable' | 'auto-recoverable';

/** What DLE EOT 3 says for each error. */
const ERROR_FLAGS: Record<Exclude<PrinterError, 'none'>, StatusFlag> = { cutter: 'cutterError', unrecoverable: 'unrecoverableError', 'auto-recoverable': 'autoRecoverableError' };

export interface PrinterSimulatorOptions {
  /** Paper width in columns; longer lines wrap as on a real printer. Default 48. */
  columns?: number;
  /** false: behave like printers that ignore DLE EOT. Default true. */
  answerStatus?: boolean;
  /**
   * true: like Epson TM printers, data that arrives while the printer cannot print (paper end,
   * cover open, offline, error) waits in the receive buffer and is printed as soon as it can print
   * again. false (default): that data is lost, as on printers that drop their buffer.
   */
  holdsBuffer?: boolean;
  /** false: ignore DLE DC4 fn 8 (clear buffers) and send nothing back, as printers without it do. Default true. */
  answersBufferClear?: boolean;
  /**
   * How many cut receipts (and torn-off prints) `receipts` (and `spoiled`) keep, newest last;
   * 'all' for a test that must see every one. Default KEPT_RECEIPTS.
   */
  keepReceipts?: number | 'all';
}

/**
 * The demo's simulator runs for weeks in a hall that shows it off: keeping every receipt grew the
 * kiosk by about 3 KB a journey (issue 28). A test or the demo looks at the last few at most (the
 * e2e suites wait for two); 100 is far above that and costs about 300 KB.
 */
export const KEPT_RECEIPTS = 100;

/** The answer to DLE DC4 fn 8 once the buffers are empty ("clear response": 37h 25h NUL). */
const CLEAR_RESPONSE = [0x37, 0x25, 0x00];

interface SimEvents {
  receipt: [SimulatedReceipt];
  /** A status byte was sent back, and which DLE EOT n it answers (4: the paper sensor, last of each status read). */
  status: [byte: number, n: 1 | 2 | 3 | 4];
}

const emptyPrint = (): SpoiledPrint => ({ lines: [], qr: [], barcodes: [], items: [] });

export class PrinterSimulator extends EventEmitter<SimEvents> {
  /** The last `keepReceipts` receipts cut, oldest first; `receiptsCut` counts them all. */
  readonly receipts: SimulatedReceipt[] = [];
  /** Every receipt cut since the simulator started, including those no longer kept. */
  receiptsCut = 0;
  /** The last `keepReceipts` prints torn off uncut, oldest first. */
  readonly spoiled: SpoiledPrint[] = [];
  /** Bytes that arrived while the printer could not print and were lost (a printer that does not hold its buffer). */
  lostBytes = 0;
  bytesReceived = 0;
  /** How many DLE DC4 fn 8 (clear buffers) were executed. */
  buffersCleared = 0;
  private current = emptyPrint();
  private decoder: EscPosDecoder;
  private readonly scanner = new RealtimeScanner();
  /** Data waiting in the receive buffer for the printer to be able to print (holdsBuffer only). */
  private held: Uint8Array[] = [];
  private readonly holdsBuffer: boolean;
  private readonly answersBufferClear: boolean;
  private paper: 'ok' | 'near-end' | 'end' = 'ok';
  private bytesUntilPaperEnd: number | undefined;
  private cover: 'open' | 'closed' = 'closed';
  private offline = false;
  private error: PrinterError = 'none';
  private answerStatus: boolean;
  private statusDelayMs = 0;
  private readonly columns: number;
  private readonly keep: number;

  constructor(private readonly port: SerialPortStream, options: PrinterSimulatorOptions = {}) {
    super();
    this.columns = options.columns ?? 48;
    this.decoder = new EscPosDecoder(this.columns);
    this.answerStatus = options.answerStatus ?? true;
    this.holdsBuffer = options.holdsBuffer ?? false;
    this.answersBufferClear = options.answersBufferClear ?? true;
    this.keep = keptCount(options.keepReceipts);
    port.on('data', (chunk: Buffer) => this.receive(chunk));
  }

  /** Lines printed since the last cut. */
  get pending(): SpoiledPrint {
    return this.current;
  }

  /** Bytes waiting in the receive buffer until the printer can print again. */
  get heldBytes(): number {
    return this.held.reduce((n, b) => n + b.length, 0);
  }

  /** Paper loaded (a refill tears off what was printed but not cut) or running out; `endAfterBytes` runs out mid-job. */
  setPaper(setting: PaperSetting): void {
    if (typeof setting === 'object') {
      this.bytesUntilPaperEnd = setting.endAfterBytes;
      return;
    }
    if (this.paper === 'end' && setting !== 'end') this.tearOff();
    this.paper = setting;
    this.bytesUntilPaperEnd = undefined;
    this.printHeld();
  }
  setCover(state: 'open' | 'closed'): void {
    this.cover = state;
    this.printHeld();
  }
  setOffline(offline: boolean): void {
    this.offline = offline;
    this.printHeld();
  }
  setError(error: PrinterError): void {
    this.error = error;
    this.printHeld();
  }
  setAnswersStatus(answer: boolean): void {
    this.answerStatus = answer;
  }
  /** Answer DLE EOT this late (a busy or slow printer); 0 = at once. */
  setStatusDelay(ms: number): void {
    this.statusDelayMs = ms;
  }

  /** The printer can put ink on paper right now. */
  get canPrint(): boolean {
    return this.paper !== 'end' && this.cover === 'closed' && !this.offline && this.error === 'none';
  }

  /** The byte a real printer sends for DLE EOT n (the bits are escpos-printer/status.ts's table). */
  statusByte(n: 1 | 2 | 3 | 4): number {
    const flags: StatusFlag[] = [];
    if (!this.canPrint) flags.push('offline');
    if (this.cover === 'open') flags.push('coverOpen');
    // With the roll gone the near-end sensor sees no paper either, so both sensors report.
    if (this.paper === 'end') flags.push('stoppedAtPaperEnd', 'paperEnd', 'paperNearEnd');
    if (this.paper === 'near-end') flags.push('paperNearEnd');
    if (this.error !== 'none') flags.push('error', ERROR_FLAGS[this.error]);
    return encodeStatusByte(n, flags);
  }

  /** Resolves with the receipts kept once at least `n` have been cut since the simulator started. */
  waitForReceipts(n: number, timeoutMs = 5000): Promise<SimulatedReceipt[]> {
    if (this.receiptsCut >= n) return Promise.resolve(this.receipts.slice());
    return new Promise((resolve, reject) => {
      const onReceipt = () => {
        if (this.receiptsCut < n) return;
        clearTimeout(timer);
        this.off('receipt', onReceipt);
        resolve(this.receipts.slice());
      };
      const timer = setTimeout(() => {
        this.off('receipt', onReceipt);
        reject(new Error(`printer simulator: ${this.receiptsCut} of ${n} receipts after ${timeoutMs} ms (uncut lines: ${this.current.lines.length}, lost bytes: ${this.lostBytes})`));
      }, timeoutMs);
      this.on('receipt', onReceipt);
    });
  }

  async close(): Promise<void> {
    if (!this.port.isOpen) return;
    await new Promise<void>((resolve) => this.port.close(() => resolve()));
  }

  private receive(chunk: Buffer): void {
    this.bytesReceived += chunk.length;
    for (const piece of this.scanner.push(chunk)) {
      if (piece.kind === 'realtime') this.execute(piece.command);
      else this.accept(piece.bytes);
    }
  }

  /** Real-time commands run on arrival, even while printing has stopped. */
  private execute(command: RealtimeCommand): void {
    if (command.kind === 'status-request') {
      if (this.answerStatus) this.answer(command.n);
      return;
    }
    if (!this.answersBufferClear) return;
    // Receive and print buffers emptied, standard mode: what is on paper stays there.
    this.held = [];
    this.decoder = new EscPosDecoder(this.columns);
    this.buffersCleared++;
    if (this.port.isOpen) this.port.write(Buffer.from(CLEAR_RESPONSE));
  }

  /** Print data: printed now, or, when the printer cannot print, held or lost. */
  private accept(bytes: Uint8Array): void {
    if (!this.canPrint) return this.cannotPrint(bytes);
    let printable = bytes;
    let rest: Uint8Array | undefined;
    if (this.bytesUntilPaperEnd !== undefined) {
      if (bytes.length >= this.bytesUntilPaperEnd) {
        printable = bytes.subarray(0, this.bytesUntilPaperEnd);
        rest = bytes.subarray(this.bytesUntilPaperEnd);
        this.bytesUntilPaperEnd = undefined;
      } else this.bytesUntilPaperEnd -= bytes.length;
    }
    for (const item of this.decoder.push(printable)) this.print(item);
    if (rest) {
      this.paper = 'end';
      this.cannotPrint(rest);
    }
  }

  private cannotPrint(bytes: Uint8Array): void {
    if (this.holdsBuffer) {
      this.held.push(bytes.slice());
      return;
    }
    this.lostBytes += bytes.length;
    this.decoder.push(bytes); // parsed and thrown away, so the next job starts on a command boundary
  }

  /** A printer that holds its buffer prints what waited there as soon as it can print again. */
  private printHeld(): void {
    if (!this.canPrint || this.held.length === 0) return;
    const waiting = Buffer.concat(this.held);
    this.held = [];
    this.accept(waiting);
  }

  private answer(n: 1 | 2 | 3 | 4): void {
    const byte = this.statusByte(n);
    const send = () => {
      if (!this.port.isOpen) return;
      this.port.write(Buffer.from([byte]));
      this.emit('status', byte, n);
    };
    if (this.statusDelayMs > 0) setTimeout(send, this.statusDelayMs);
    else send();
  }

  private print(item: DecodedItem): void {
    if (item.kind === 'init' || item.kind === 'unknown') return;
    this.current.items.push(item);
    if (item.kind === 'text') this.current.lines.push(item.text);
    else if (item.kind === 'qr') this.current.qr.push(item.data);
    else if (item.kind === 'barcode') this.current.barcodes.push(item.data);
    else if (item.kind === 'cut') {
      const receipt: SimulatedReceipt = { ...this.current, cut: item.partial ? 'partial' : 'full' };
      this.current = emptyPrint();
      this.receiptsCut++;
      keepLast(this.receipts, receipt, this.keep);
      this.emit('receipt', receipt);
    }
  }

  private tearOff(): void {
    if (this.current.items.length > 0) keepLast(this.spoiled, this.current, this.keep);
    this.current = emptyPrint();
  }
}

function keptCount(option: PrinterSimulatorOptions['keepReceipts'] = KEPT_RECEIPTS): number {
  if (option === 'all') return Infinity;
  if (!Number.isInteger(option) || option < 1) throw new Error(`keepReceipts must be a whole number from 1, or 'all'; got ${option}`);
  return option;
}

/** Appends in place (tests hold the array) and drops the oldest beyond `keep`. */
function keepLast<T>(list: T[], item: T, keep: number): void {
  list.push(item);
  if (list.length > keep) list.splice(0, list.length - keep);
}

/** Opens the simulator end of a simulator link (see drivers/serial/simulator-link.ts). */
export async function startPrinterSimulator(simulatorPath: string, options: PrinterSimulatorOptions = {}): Promise<PrinterSimulator> {
  keptCount(options.keepReceipts); // a wrong bound is said before a port is opened
  const port = openablePort(simulatorPath, 115200);
  await new Promise<void>((resolve, reject) =>
    port.open((err) => (err ? reject(new Error(`cannot open printer simulator end ${simulatorPath}: ${err.message}`)) : resolve())),
  );
  port.on('error', () => {}); // the driver end closing is normal at the end of a test
  return new PrinterSimulator(port, options);
}
