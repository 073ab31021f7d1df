// The receipt printer driver: sends job bytes through a ManagedPort (which reopens the port after
// an unplug), reads DLE EOT real-time status before and after each job, and polls while idle so a
// refilled printer and a near-end roll are noticed. A printer that never answers DLE EOT (some
// cheap ones do not implement it) is 'unknown' and still prints: nothing here waits forever.
// A job cut short by paper end (or an open cover) may still sit in the printer's receive buffer,
// to be printed after the refill; the driver clears it (DLE DC4 fn 8) and says when it could not.
import { EventEmitter } from 'node:events';
import { createManagedPort, PortUnavailableError, type ManagedPort, type PortMatch } from '../serial/managed-port.ts';
import type { PrinterEvents, PrinterState, PrintOutcome, ReceiptPrinterDevice } from '../types.ts';
import { DLE_EOT, interpretStatus, isStatusByte } from './status.ts';
import { ClearResponseMatcher, DLE_DC4_CLEAR_BUFFER } from './buffer-clear.ts';

/**
 * What the printer does with the unprinted rest of a job when it stops mid-job. 'unknown': it may
 * keep it and print it later, unless it confirms a buffer clear. 'dropped': it is known to discard
 * it (a printer without DLE DC4 fn 8 whose behaviour the technician has checked).
 */
export type BufferAtPaperEnd = 'unknown' | 'dropped';

export interface EscposPrinterOptions {
  path: string;
  baudRate: number;
  columns: 32 | 42 | 48;
  match?: PortMatch;
  backoff?: { initialMs: number; maxMs: number };
  /** Wait for one DLE EOT answer. Default 300 ms. */
  statusTimeoutMs?: number;
  /** Status poll while idle. Default 5 s. */
  pollIntervalMs?: number;
  /** Bytes per write; each write waits for the port to drain. Default 512. */
  chunkBytes?: number;
  /** After the last byte left, time for the printer to print the tail before status is read. Default 500 ms. */
  settleMs?: number;
  /** Use this port instead of opening one (tests, or a port shared with a cash drawer). */
  port?: ManagedPort;
  /** Default 'unknown'. */
  bufferAtPaperEnd?: BufferAtPaperEnd;
}

const TIMEOUT = Symbol('timeout');
function withTimeout<T>(p: Promise<T>, ms: number): Promise<T | typeof TIMEOUT> {
  let timer: NodeJS.Timeout | undefined;
  const t = new Promise<typeof TIMEOUT>((r) => (timer = setTimeout(() => r(TIMEOUT), ms)));
  return Promise.race([p, t]).finally(() => clearTimeout(timer));
}
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Time on the wire: 10 bits per byte (start, 8 data, stop). */
export function wireTimeMs(bytes: number, baudRate: number): number {
  return (bytes * 10 * 1000) / baudRate;
}

class EscposPrinter extends EventEmitter<PrinterEvents> implements ReceiptPrinterDevice {
  readonly columns: number;
  private current: PrinterState = { state: 'disconnected', reason: 'printer not started' };
  private readonly port: ManagedPort;
  private statusWaiter: ((byte: number) => void) | undefined;
  private clearWaiter: (() => void) | undefined;
  private readonly clearResponse = new ClearResponseMatcher();
  private queue: Promise<unknown> = Promise.resolve();
  private busy = 0;
  private pollTimer: NodeJS.Timeout | undefined;
  private running = false;

  constructor(private readonly opts: EscposPrinterOptions) {
    super();
    this.columns = opts.columns;
    this.port =
      opts.port ??
      createManagedPort({ path: opts.path, baudRate: opts.baudRate, label: 'receipt printer', match: opts.match, backoff: opts.backoff });
    this.port.on('data', (chunk) => {
      for (const byte of chunk) {
        if (isStatusByte(byte)) this.statusWaiter?.(byte);
        if (this.clearResponse.push(byte)) this.clearWaiter?.();
      }
    });
    this.port.on('connection', (c) => {
      if (!this.running) return;
      if (c.state === 'disconnected' || c.state === 'error') this.setStatus({ state: 'disconnected', reason: c.reason });
      else if (c.state === 'ready') void this.queryStatus();
    });
  }

  get status(): PrinterState {
    return this.current;
  }

  async start(): Promise<void> {
    await this.port.open();
    this.running = true; // from here on, connection changes are reported (start reads the first status itself)
    if (this.port.connection.state === 'ready') await this.queryStatus();
    else this.setStatus(this.portState());
    this.schedulePoll();
  }

  async stop(): Promise<void> {
    this.running = false;
    clearTimeout(this.pollTimer);
    this.pollTimer = undefined;
    await this.queue.catch(() => undefined);
    await this.port.close();
    this.setStatus({ state: 'disconnected', reason: 'printer stopped' });
  }

  queryStatus(): Promise<PrinterState> {
    return this.exclusive(async () => {
      const s = await this.readStatus();
      this.setStatus(s);
      return s;
    });
  }

  print(job: Uint8Array): Promise<PrintOutcome> {
    return this.exclusive(async () => {
      const before = await this.readStatus();
      this.setStatus(before);
      if (before.state !== 'ready' && before.state !== 'unknown') return { ok: false, state: before, partial: false };

      const chunkBytes = this.opts.chunkBytes ?? 512;
      // Generous: twice the time on the wire plus 5 s, so a slow 9600-baud printer is not cut off.
      const deadline = Date.now() + 2 * wireTimeMs(job.length, this.opts.baudRate) + 5000;
      let written = 0;
      while (written < job.length) {
        const chunk = job.subarray(written, written + chunkBytes);
        try {
          const r = await withTimeout(this.port.write(chunk), Math.max(0, deadline - Date.now()));
          // The printer stopped taking bytes: what it took (and what the port still holds) may print
          // once it takes them again, and no real-time command gets past the stuck write to clear it.
          if (r === TIMEOUT) {
            return written > 0 ? { ok: false, state: { state: 'timeout' }, partial: true, printerMayFinish: true } : { ok: false, state: { state: 'timeout' }, partial: false };
          }
        } catch (err) {
          if (!(err instanceof PortUnavailableError)) throw err;
          const state: PrinterState = { state: 'disconnected', reason: err.message };
          this.setStatus(state);
          return { ok: false, state, partial: written > 0 };
        }
        written += chunk.length;
      }

      // The printer answers DLE EOT as soon as it arrives, ahead of data still being printed:
      // give it time to print the tail, or "paper ran out at the last line" would read as ready.
      await sleep(this.opts.settleMs ?? 500);
      const after = await this.readStatus();
      this.setStatus(after);
      if (after.state === 'ready' || after.state === 'unknown') return { ok: true };
      // Unplugged: what reached the printer is printed or gone with it; nothing waits to come out later.
      if (after.state === 'disconnected') return { ok: false, state: after, partial: true };
      // Stopped with the rest of the job possibly kept in its buffer, printed after the refill. Clear
      // it now, while the printer is still stopped: once refilled it would print before any poll.
      const cleared = await this.clearBuffer();
      const printerMayFinish = !cleared && (this.opts.bufferAtPaperEnd ?? 'unknown') !== 'dropped';
      return { ok: false, state: after, partial: true, ...(printerMayFinish ? { printerMayFinish } : {}) };
    });
  }

  /** DLE DC4 fn 8; true once the printer confirms both buffers are empty. Nothing else is sent meanwhile. */
  private async clearBuffer(): Promise<boolean> {
    const confirmed = new Promise<true>((resolve) => (this.clearWaiter = () => resolve(true)));
    try {
      await this.port.write(DLE_DC4_CLEAR_BUFFER);
      return (await withTimeout(confirmed, this.opts.statusTimeoutMs ?? 300)) === true;
    } catch (err) {
      if (err instanceof PortUnavailableError) return false;
      throw err;
    } finally {
      this.clearWaiter = undefined;
    }
  }

  private portState(): PrinterState {
    const c = this.port.connection;
    if (c.state === 'disconnected' || c.state === 'error') return { state: 'disconnected', reason: c.reason };
    return { state: 'disconnected', reason: 'receipt printer port is still opening' };
  }

  /** DLE EOT 1, 2, (3), 4; any question left unanswered makes the whole state 'unknown'. */
  private async readStatus(): Promise<PrinterState> {
    if (this.port.connection.state !== 'ready') return this.portState();
    try {
      const printer = await this.ask(1);
      if (printer === undefined) return { state: 'unknown' };
      const offlineCause = await this.ask(2);
      if (offlineCause === undefined) return { state: 'unknown' };
      const errorCause = offlineCause & 0x40 ? await this.ask(3) : undefined;
      const paper = await this.ask(4);
      if (paper === undefined) return { state: 'unknown' };
      return interpretStatus({ printer, offlineCause, errorCause, paper });
    } catch (err) {
      if (err instanceof PortUnavailableError) return { state: 'disconnected', reason: err.message };
      throw err;
    }
  }

  private async ask(n: 1 | 2 | 3 | 4): Promise<number | undefined> {
    const answer = new Promise<number>((resolve) => (this.statusWaiter = resolve));
    try {
      await this.port.write(DLE_EOT(n));
      const timeoutMs = this.opts.statusTimeoutMs ?? 300;
      const r = await withTimeout(answer, timeoutMs);
      if (r !== TIMEOUT) return r;
      // A slow printer's answer may still be on its way. Let it arrive while nobody is waiting
      // (it is dropped) instead of being taken as the answer to the next question.
      this.statusWaiter = undefined;
      await sleep(timeoutMs);
      return undefined;
    } finally {
      this.statusWaiter = undefined;
    }
  }

  /** One conversation with the printer at a time: a poll never lands in the middle of a job. */
  private exclusive<T>(task: () => Promise<T>): Promise<T> {
    this.busy++;
    const run = this.queue.then(task, task);
    this.queue = run.catch(() => undefined);
    return run.finally(() => this.busy--);
  }

  private schedulePoll(): void {
    if (!this.running) return;
    const every = this.opts.pollIntervalMs ?? 5000;
    this.pollTimer = setTimeout(async () => {
      if (this.busy === 0 && this.port.connection.state === 'ready') await this.queryStatus().catch(() => undefined);
      this.schedulePoll();
    }, every);
    this.pollTimer.unref();
  }

  private setStatus(next: PrinterState): void {
    if (JSON.stringify(next) === JSON.stringify(this.current)) return;
    this.current = next;
    this.emit('status', next);
  }
}

export function createEscposPrinter(opts: EscposPrinterOptions): ReceiptPrinterDevice {
  return new EscposPrinter(opts);
}
