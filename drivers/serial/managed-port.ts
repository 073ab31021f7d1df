// A serial port that keeps itself open: it reports its connection state, reopens with a jittered
// exponential backoff after the device disappears, and, when told the adapter's USB identity, finds
// it again under another name. Drivers (card reader, printer) build on this and never touch
// SerialPort themselves.
//
// Facts this code relies on (found on pseudo-terminals and USB-serial adapters):
// - modem-line ioctls (set/get) fail with "Inappropriate ioctl" on a pty, so they are never called;
// - an unplugged far end shows only at the next write: EIO, then `close` with `disconnected: true`;
// - SerialPort destroys itself after a write error, so every reopen makes a fresh instance;
// - a port that is only read from (a line reader) would never see that EIO, so a presence check
//   watches the device node: gone, or replaced by another device at the same path, means lost.
import { EventEmitter } from 'node:events';
import { existsSync, statSync } from 'node:fs';
import type { SerialPortStream } from '@serialport/stream';
import { isMemoryPath, openablePort } from './memory-link.ts';
import type { DeviceConnection } from '../types.ts';
import { findMatchingPort, type PortMatch } from './port-match.ts';

export type { PortMatch } from './port-match.ts';

export interface ManagedPortOptions {
  path: string;
  baudRate: number;
  /** What the port is for, used in messages people read: 'card reader' | 'printer'. */
  label: string;
  /** USB identity of the adapter, used to find it again when it comes back under another name. */
  match?: PortMatch;
  backoff?: { initialMs: number; maxMs: number };
}

export interface ManagedPort extends EventEmitter<{ data: [Buffer]; connection: [DeviceConnection] }> {
  readonly connection: DeviceConnection;
  /** First attempt; on failure the state becomes 'disconnected' and it keeps retrying with backoff. */
  open(): Promise<void>;
  /** Rejects with PortUnavailableError when not ready; a write failure starts reconnecting. */
  write(bytes: Uint8Array): Promise<void>;
  /** Stops retrying and closes the port. */
  close(): Promise<void>;
}

/** The port is not open right now; the message says which port and what to do. */
export class PortUnavailableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PortUnavailableError';
  }
}

const DEFAULT_BACKOFF = { initialMs: 250, maxMs: 5000 };
/** How often an open port checks that its device node is still the one it opened. */
const PRESENCE_CHECK_MS = 1000;

/** Identity of a device node (symlinks followed); undefined when it is gone. */
function nodeIdentity(path: string): string | undefined {
  try {
    const st = statSync(path);
    return `${st.dev}:${st.ino}:${st.rdev}`;
  } catch {
    return undefined;
  }
}

/** Delay before retry number `attempt` (0-based): doubling, capped, ±20 % jitter so a fleet of
 * kiosks restarting after a power cut does not hammer hubs in step. */
export function backoffDelay(attempt: number, backoff = DEFAULT_BACKOFF, random = Math.random): number {
  const base = Math.min(backoff.maxMs, backoff.initialMs * 2 ** Math.min(attempt, 30));
  return Math.round(base * (0.8 + 0.4 * random()));
}

function seconds(ms: number): string {
  const s = ms / 1000;
  return s < 1 ? `${s.toFixed(1)} s` : `${Math.round(s)} s`;
}

/** A hint for the technician, chosen by the error code. */
function adviceFor(err: NodeJS.ErrnoException | undefined, label: string): string {
  const code = err?.code ?? '';
  const text = err?.message ?? '';
  if (code === 'EACCES' || /EACCES|Permission denied/i.test(text))
    return 'the kiosk user has no access to it (add the user to the dialout group)';
  if (code === 'EBUSY' || /EBUSY|lock|busy/i.test(text)) return `another program holds it (close it, or check that only one kiosk runs)`;
  return `check the USB cable of the ${label} and the port path in the configuration`;
}

class ManagedSerialPort extends EventEmitter<{ data: [Buffer]; connection: [DeviceConnection] }> implements ManagedPort {
  private state: DeviceConnection = { state: 'connecting' };
  private port: SerialPortStream | undefined;
  private retryTimer: NodeJS.Timeout | undefined;
  private presenceTimer: NodeJS.Timeout | undefined;
  private attempt = 0;
  private stopped = false;
  private everOpened = false;
  /** The path currently in use; differs from opts.path when the adapter was found by its identity. */
  private activePath: string;

  constructor(private readonly opts: ManagedPortOptions) {
    super();
    this.activePath = opts.path;
  }

  get connection(): DeviceConnection {
    return this.state;
  }

  async open(): Promise<void> {
    this.stopped = false;
    if (this.state.state === 'ready' || this.retryTimer) return;
    await this.attemptOpen();
  }

  async write(bytes: Uint8Array): Promise<void> {
    const port = this.port;
    if (!port || this.state.state !== 'ready') throw new PortUnavailableError(this.unavailableMessage());
    await new Promise<void>((resolve, reject) => {
      let settled = false;
      const fail = (err: Error) => {
        if (settled) return;
        settled = true;
        port.off('close', closedMeanwhile);
        this.lost(port, err);
        reject(new PortUnavailableError(this.unavailableMessage()));
      };
      // The port can go away while the bytes wait (the device node vanished, a read saw the
      // unplug): SerialPort then never calls back, and the write must not wait for ever.
      const closedMeanwhile = () => fail(new Error('the port closed during the write'));
      port.once('close', closedMeanwhile);
      port.write(Buffer.from(bytes), (err) => {
        if (err) return fail(err);
        // drain waits until the bytes left Node's buffer, so "written" means handed to the OS
        port.drain((drainErr) => {
          if (drainErr) return fail(drainErr);
          if (settled) return;
          settled = true;
          port.off('close', closedMeanwhile);
          resolve();
        });
      });
    });
  }

  async close(): Promise<void> {
    this.stopped = true;
    this.stopPresenceCheck();
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = undefined;
    const port = this.port;
    this.port = undefined;
    if (port) await closeQuietly(port);
    this.setState({ state: 'disconnected', reason: `${this.opts.label} port ${this.opts.path} closed` });
  }

  private unavailableMessage(): string {
    const s = this.state;
    if (s.state === 'disconnected' || s.state === 'error') return s.reason;
    return `${this.opts.label} port ${this.opts.path} is still opening`;
  }

  private setState(next: DeviceConnection): void {
    this.state = next;
    this.emit('connection', next);
  }

  private async resolvePath(): Promise<string | undefined> {
    if (isMemoryPath(this.opts.path) || existsSync(this.opts.path)) return this.opts.path;
    if (!this.opts.match) return undefined;
    // The configured name is gone; the same adapter may be back as /dev/ttyUSB1 and so on.
    return findMatchingPort(this.opts.match);
  }

  private async attemptOpen(): Promise<void> {
    this.retryTimer = undefined;
    if (this.stopped) return;
    let path: string | undefined;
    try {
      path = await this.resolvePath();
    } catch {
      path = undefined; // listing ports failed; treat as "not there" and retry
    }
    if (this.stopped) return;
    if (!path) {
      const err = Object.assign(new Error('no such port'), { code: 'ENOENT' });
      this.scheduleRetry(err, 'is not there');
      return;
    }
    const port = openablePort(path, this.opts.baudRate);
    // Without an 'error' listener a failed write would crash the process.
    port.on('error', (err) => this.lost(port, err));
    const openError = await new Promise<Error | null>((resolve) => port.open((err) => resolve(err ?? null)));
    if (this.stopped) {
      if (!openError) await closeQuietly(port);
      return;
    }
    if (openError) {
      this.scheduleRetry(openError, 'could not be opened');
      return;
    }
    this.port = port;
    this.activePath = path;
    this.attempt = 0;
    this.everOpened = true;
    port.on('data', (chunk: Buffer) => this.emit('data', chunk));
    port.on('close', (err?: Error & { disconnected?: boolean }) => {
      if (err?.disconnected) this.lost(port, err);
    });
    this.startPresenceCheck(port, path);
    this.setState({ state: 'ready' });
  }

  private startPresenceCheck(port: SerialPortStream, path: string): void {
    this.stopPresenceCheck();
    const identity = nodeIdentity(path);
    if (!identity) return;
    this.presenceTimer = setInterval(() => {
      if (nodeIdentity(path) !== identity) this.lost(port, new Error('the device node is gone'));
    }, PRESENCE_CHECK_MS);
    this.presenceTimer.unref(); // never the reason the process stays alive
  }

  private stopPresenceCheck(): void {
    if (this.presenceTimer) clearInterval(this.presenceTimer);
    this.presenceTimer = undefined;
  }

  /** The open port failed (EIO on write, read error, disconnected close): drop it and reconnect. */
  private lost(port: SerialPortStream, err: Error): void {
    if (this.port !== port || this.stopped) return;
    this.port = undefined;
    this.stopPresenceCheck();
    void closeQuietly(port);
    this.scheduleRetry(err, 'disappeared');
  }

  private scheduleRetry(err: Error, what: string): void {
    if (this.stopped || this.retryTimer) return;
    const delay = backoffDelay(this.attempt++, this.opts.backoff ?? DEFAULT_BACKOFF);
    const name = this.activePath === this.opts.path ? this.opts.path : `${this.opts.path} (last seen as ${this.activePath})`;
    const verb = this.everOpened ? what : what === 'disappeared' ? 'could not be opened' : what;
    const reason = `${this.opts.label} port ${name} ${verb}; retrying in ${seconds(delay)} — ${adviceFor(err as NodeJS.ErrnoException, this.opts.label)}`;
    this.retryTimer = setTimeout(() => void this.attemptOpen(), delay);
    this.setState({ state: 'disconnected', reason, retryInMs: delay });
  }
}

async function closeQuietly(port: SerialPortStream): Promise<void> {
  if (!port.isOpen) {
    if (!port.destroyed) port.destroy();
    return;
  }
  await new Promise<void>((resolve) => port.close(() => resolve()));
}

export function createManagedPort(opts: ManagedPortOptions): ManagedPort {
  return new ManagedSerialPort(opts);
}
