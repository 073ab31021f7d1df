// Port discovery for technicians: lists serial ports and asks each one, at the common baud rates,
// the two questions our devices answer — the reader module's SAM id (12 FF) and the receipt
// printer's real-time status (DLE EOT 1) — and reports who answered where.
//
// The printer is asked first: DLE EOT is harmless to a SAM module, while SAM bytes sent to a
// printer could end up as characters in its print buffer.
import { SerialPort } from 'serialport';
import { commandFrame, decodeResponse } from './idcard-sam/frame.ts';
import { SamFrameParser } from './idcard-sam/frame-parser.ts';
import { formatSamId } from './idcard-sam/responses.ts';
import { listPorts, type ListedPort } from './serial/port-match.ts';

export interface DiscoveredPort extends ListedPort {
  answers: 'card-reader' | 'printer' | null;
  /** The baud rate it answered at. */
  baudRate?: number;
  /** The reader module's SAM id (not personal data: it identifies the device). */
  samId?: string;
  /** Why nothing could be asked (busy, permission), for the technician. */
  note?: string;
}

export interface DiscoverOptions {
  /** Paths probed besides the listed ones (pseudo-terminals, /dev/serial/by-id/… links). */
  extraPaths?: string[];
  baudRates?: number[];
  /** How long each question waits for an answer (default 300 ms). */
  timeoutMs?: number;
  /** Port lister; SerialPort.list() by default. */
  list?: () => Promise<ListedPort[]>;
}

const PRINTER_STATUS_QUERY = Uint8Array.of(0x10, 0x04, 0x01);

/** DLE EOT 1 reply: bits 1 and 4 are always set, bits 0 and 7 always clear. */
export function isPrinterStatusByte(reply: Uint8Array): boolean {
  return reply.length === 1 && (reply[0] & 0x93) === 0x12;
}

function openPort(path: string, baudRate: number): Promise<SerialPort> {
  return new Promise((resolve, reject) => {
    const port = new SerialPort({ path, baudRate, autoOpen: false });
    port.on('error', () => {}); // a probe must never crash discovery
    port.open((err) => (err ? reject(err) : resolve(port)));
  });
}

function closePort(port: SerialPort): Promise<void> {
  return new Promise((resolve) => (port.isOpen ? port.close(() => resolve()) : resolve()));
}

/** Writes `question` and collects what comes back for `timeoutMs`, or until `done` says enough. */
async function ask(port: SerialPort, question: Uint8Array, timeoutMs: number, done: (reply: Uint8Array) => boolean): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let finish: () => void = () => {};
  const onData = (chunk: Buffer) => {
    chunks.push(chunk);
    if (done(Buffer.concat(chunks))) finish();
  };
  port.on('data', onData);
  try {
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, timeoutMs);
      finish = () => {
        clearTimeout(timer);
        resolve();
      };
      port.write(Buffer.from(question), (err) => err && finish());
    });
  } finally {
    port.off('data', onData);
  }
  return Buffer.concat(chunks);
}

function samReply(bytes: Uint8Array): { samId: string } | undefined {
  const parser = new SamFrameParser();
  for (const event of parser.push(bytes)) {
    if (event.kind !== 'frame') continue;
    const response = decodeResponse(event.body);
    if (response && response.sw1 === 0 && response.sw2 === 0) return { samId: formatSamId(response.data) };
  }
  return undefined;
}

async function probe(path: string, baudRates: number[], timeoutMs: number): Promise<Omit<DiscoveredPort, keyof ListedPort>> {
  for (const baudRate of baudRates) {
    let port: SerialPort;
    try {
      port = await openPort(path, baudRate);
    } catch (err) {
      const text = (err as Error).message;
      const note = /EACCES|ermission/.test(text)
        ? 'no permission to open it (add the kiosk user to the dialout group)'
        : /lock|EBUSY|busy/i.test(text)
          ? 'in use by another program (stop the kiosk before probing)'
          : `cannot be opened: ${text}`;
      return { answers: null, note };
    }
    try {
      const status = await ask(port, PRINTER_STATUS_QUERY, timeoutMs, (r) => r.length >= 1);
      // a second byte would mean it is not a lone status reply; give it a moment to show
      if (status.length === 1) await new Promise((r) => setTimeout(r, 30));
      if (isPrinterStatusByte(status)) return { answers: 'printer', baudRate };
      const reply = await ask(port, commandFrame('samId'), timeoutMs, (r) => samReply(r) !== undefined);
      const sam = samReply(reply);
      if (sam) return { answers: 'card-reader', baudRate, samId: sam.samId };
    } finally {
      await closePort(port);
    }
  }
  return { answers: null };
}

export async function discoverPorts(opts: DiscoverOptions = {}): Promise<DiscoveredPort[]> {
  let listed: ListedPort[] = [];
  try {
    listed = await (opts.list ?? listPorts)();
  } catch (err) {
    // the extra paths can still be probed; with none, there is nothing to report but the failure
    if (!opts.extraPaths?.length) throw new Error(`listing serial ports failed: ${(err as Error).message} — name the port paths to probe instead`);
  }
  const seen = new Set(listed.map((p) => p.path));
  const all = [...listed, ...(opts.extraPaths ?? []).filter((p) => !seen.has(p)).map((path) => ({ path }))];
  const results: DiscoveredPort[] = [];
  for (const port of all) {
    // one at a time: probing is quick, and parallel opens on a USB hub confuse cheap adapters
    results.push({ ...port, ...(await probe(port.path, opts.baudRates ?? [115200, 9600], opts.timeoutMs ?? 300)) });
  }
  return results;
}
