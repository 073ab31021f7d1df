// A line-emitting card reader (magstripe track 2, or an RFID reader in keyboard-line mode) on the
// simulator end of a pty pair.
import { openSimPort } from './sim-port.ts';

export interface LineReaderSimulator {
  /** Sends one card the way a track-2 magstripe reader does: `;number?` and the delimiter. */
  swipe(number: string): Promise<void>;
  /** Sends exactly these characters (tests: noise, partial lines, odd formats). */
  sendRaw(text: string | Uint8Array): Promise<void>;
  close(): Promise<void>;
}

export async function startLineReaderSimulator(
  simulatorPath: string,
  options: { baudRate?: number; delimiter?: string; format?: (number: string) => string } = {},
): Promise<LineReaderSimulator> {
  const sim = await openSimPort(simulatorPath, options.baudRate ?? 9600);
  const delimiter = options.delimiter ?? '\r\n';
  const format = options.format ?? ((n: string) => `;${n}?`);
  return {
    swipe: (number) => sim.send(Buffer.from(format(number) + delimiter)),
    sendRaw: (text) => sim.send(typeof text === 'string' ? Buffer.from(text) : text),
    close: () => sim.close(),
  };
}
