// In-memory devices for core tests: the same interfaces as the real drivers, driven by the test.
import { EventEmitter } from 'node:events';
import type {
  CardReaderDevice,
  CardReaderEvents,
  CardRead,
  DeviceConnection,
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
