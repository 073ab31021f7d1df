// The simulator's end of a simulator link (pseudo-terminal pair or in-memory link): opened like any
// serial port, with writes queued so that deliberately slowed or split replies never interleave.
// Neither a pty nor the in-memory link has a baud rate of its own: bytes would arrive all at once.
// A real UART delivers a byte only when its stop bit is in, 10 bits per byte at the baud rate
// (a 1 295-byte ID-card read takes 112 ms at 115 200 baud), so replies are paced to that rate:
// timings measured against the simulator are the timings of the wire.
import type { SerialPortStream } from '@serialport/stream';
import { openablePort } from '../serial/memory-link.ts';

export interface SimPort {
  port: SerialPortStream;
  /** Queues bytes; `chunkSize`/`gapMs` deliver them in pieces with pauses (on top of the wire rate). */
  send(bytes: Uint8Array, pacing?: { chunkSize: number; gapMs: number }): Promise<void>;
  close(): Promise<void>;
}

export interface SimPortOptions {
  /** false: deliver each write at once, faster than any wire (default true: at the baud rate). */
  wireRate?: boolean;
}

/** Bytes handed over together when pacing at the wire rate: about 2.8 ms at 115 200 baud, so
 * arrival times are true to within a few milliseconds without a timer per byte. */
const WIRE_CHUNK = 32;

/** Time on the wire: start bit, 8 data bits, stop bit. */
function wireMs(bytes: number, baudRate: number): number {
  return (bytes * 10 * 1000) / baudRate;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function openSimPort(path: string, baudRate = 115200, options: SimPortOptions = {}): Promise<SimPort> {
  const port = openablePort(path, baudRate);
  await new Promise<void>((resolve, reject) =>
    port.open((err) => (err ? reject(new Error(`simulator cannot open ${path}: ${err.message}`)) : resolve())),
  );
  // The far end vanishing (test unplugs the pair) must not crash the process.
  port.on('error', () => {});
  const paced = options.wireRate ?? true;
  let queue: Promise<void> = Promise.resolve();
  /** When the last byte queued so far has finished on the wire (performance.now() time). */
  let wireFreeAt = 0;
  const writeNow = (bytes: Uint8Array) =>
    new Promise<void>((resolve) => {
      if (!port.isOpen) return resolve();
      port.write(Buffer.from(bytes), () => port.drain(() => resolve()));
    });

  /** Writes `piece` when its last byte would have arrived; the schedule is absolute, so late timers do not add up. */
  async function onTheWire(piece: Uint8Array): Promise<void> {
    if (!paced) return writeNow(piece);
    wireFreeAt = Math.max(wireFreeAt, performance.now()) + wireMs(piece.length, baudRate);
    const wait = wireFreeAt - performance.now();
    if (wait >= 1) await sleep(wait);
    await writeNow(piece);
  }

  return {
    port,
    send(bytes, pacing) {
      queue = queue.then(async () => {
        const chunk = pacing?.chunkSize ?? WIRE_CHUNK;
        for (let i = 0; i < bytes.length; i += chunk) {
          await onTheWire(bytes.subarray(i, i + chunk));
          if (pacing) await sleep(pacing.gapMs);
        }
      });
      return queue;
    },
    async close() {
      await queue.catch(() => {});
      if (port.isOpen) await new Promise<void>((resolve) => port.close(() => resolve()));
    },
  };
}
