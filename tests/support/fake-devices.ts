// In-memory devices for core tests: the same interfaces as the real drivers, driven by the test.
import { EventEmitter } from 'node:events';
import { existsSync, readFileSync } from 'node:fs';
import type {
  CardReaderDevice,
  CardReaderEvents,
  CardRead,
  DeviceConnection,
  DocumentPrintOutcome,
  DocumentPrinterDevice,
  DocumentPrinterEvents,
  DocumentPrinterState,
  PrinterEvents,
  PrinterState,
  PrintOutcome,
  ReceiptPrinterDevice,
} from '../../drivers/types.ts';

export class FakeCardReader extends EventEmitter<CardReaderEvents> implements CardReaderDevice {
  connection: DeviceConnection = { state: 'ready' };
  async start() {}
  async stop() {}
  place(card: CardRead) {
    this.emit('card', card);
  }
  setConnection(connection: DeviceConnection) {
    this.connection = connection;
    this.emit('connection', connection);
  }
}

export class FakePrinter extends EventEmitter<PrinterEvents> implements ReceiptPrinterDevice {
  status: PrinterState = { state: 'ready', paperNearEnd: false };
  readonly columns = 48;
  /** Every job that reached paper completely. */
  printed: Uint8Array[] = [];
  /** Called at the start of each print, e.g. to check what was committed before it. */
  beforePrint: (job: Uint8Array) => void = () => {};
  /** When set, the next print runs out of paper half-way. */
  runOutMidJob = false;
  async start() {}
  async stop() {}
  async queryStatus() {
    return this.status;
  }
  setStatus(status: PrinterState) {
    this.status = status;
    this.emit('status', status);
  }
  async print(job: Uint8Array): Promise<PrintOutcome> {
    this.beforePrint(job);
    if (this.status.state !== 'ready' && this.status.state !== 'unknown') {
      return { ok: false, state: this.status as Exclude<PrinterState, { state: 'ready' }>, partial: false };
    }
    if (this.runOutMidJob) {
      this.runOutMidJob = false;
      this.status = { state: 'paper-end' };
      return { ok: false, state: { state: 'paper-end' }, partial: true };
    }
    this.printed.push(job);
    return { ok: true };
  }
}

/** The A4 printer (CUPS) of 证明打印: ready, answering `outcome` for each PDF it is given. */
export class FakeDocumentPrinter extends EventEmitter<DocumentPrinterEvents> implements DocumentPrinterDevice {
  status: DocumentPrinterState = { state: 'ready' };
  outcome: DocumentPrintOutcome = { ok: true };
  /** For each job: was the PDF on disk while CUPS had it, and how big. */
  jobs: { existed: boolean; bytes: number; title: string }[] = [];
  async start() {}
  async stop() {}
  async queryStatus() {
    return this.status;
  }
  async printPdf(file: string, title: string) {
    this.jobs.push({ existed: existsSync(file), bytes: existsSync(file) ? readFileSync(file).length : 0, title });
    return this.outcome;
  }
}
