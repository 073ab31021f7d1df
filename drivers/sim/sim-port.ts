// The simulator's end of a simulator link (pseudo-terminal pair or in-memory link): opened like any
// serial port, with writes queued
// so that deliberately slowed or split replies never interleave.
import type { SerialPortStream } from '@serialport/stream';
import { openablePort } from '../serial/memory-link.ts';

export interface SimPort {
  port: SerialPortStream;
  /** Queues bytes; `chunkSize`/`gapMs` deliver them in pieces with pauses. */
  send(bytes: Uint8Array, pacing?: { chunkSize: number; gapMs: number }): Promise<void>;
  close(): Promise<void>;
}

export async function openSimPort(path: string, baudRate = 115200): Promise<SimPort> {
  const port = openablePort(path, baudRate);
  await new Promise<void>((resolve, reject) =>
    port.open((err) => (err ? reject(new Error(`simulator cannot open ${path}: ${err.message}`)) : resolve())),
  );
  // The far end vanishing (test unplugs the pair) must not crash the process.
  port.on('error', () => {});
  let queue: Promise<void> = Promise.resolve();
  const writeNow = (bytes: Uint8Array) =>
    new Promise<void>((resolve) => {
      if (!port.isOpen) return resolve();
      port.write(Buffer.from(bytes), () => port.drain(() => resolve()));
    });
  return {
    port,
    send(bytes, pacing) {
      queue = queue.then(async () => {
        if (!pacing) return writeNow(bytes);
        for (let i = 0; i < bytes.length; i += pacing.chunkSize) {
          await writeNow(bytes.subarray(i, i + pacing.chunkSize));
          await new Promise((r) => setTimeout(r, pacing.gapMs));
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
