// A magstripe or RFID reader that sends one line per card. Each matching line is one card read;
// the number is personal data, so it appears in the event only, never in a message.
import { EventEmitter } from 'node:events';
import type { CardReaderDevice, CardReaderEvents, DeviceConnection } from '../types.ts';
import { createManagedPort, type ManagedPort, type PortMatch } from '../serial/managed-port.ts';
import { LineSplitter, compileCardPattern, matchCardLine } from './line-splitter.ts';

export interface LineCardReaderOptions {
  path: string;
  baudRate: number;
  delimiter: string;
  /** Regular expression with a named group `card`. */
  pattern: string;
  maxLineLength?: number;
  match?: PortMatch;
  /** How the port is named in connection messages (default "card reader"). */
  label?: string;
  backoff?: { initialMs: number; maxMs: number };
}

export const LINE_READER_MESSAGES = {
  unrecognised: '未能识别这张卡，请重新刷卡或联系工作人员',
} as const;

class LineCardReader extends EventEmitter<CardReaderEvents> implements CardReaderDevice {
  private readonly port: ManagedPort;
  private readonly splitter: LineSplitter;
  private readonly pattern: RegExp;

  constructor(opts: LineCardReaderOptions) {
    super();
    this.pattern = compileCardPattern(opts.pattern);
    this.splitter = new LineSplitter({ delimiter: opts.delimiter, maxLineLength: opts.maxLineLength });
    this.port = createManagedPort({ path: opts.path, baudRate: opts.baudRate, label: opts.label ?? 'card reader', match: opts.match, backoff: opts.backoff });
    this.port.on('connection', (c) => this.emit('connection', c));
    this.port.on('data', (chunk) => this.receive(chunk));
  }

  get connection(): DeviceConnection {
    return this.port.connection;
  }

  async start(): Promise<void> {
    await this.port.open();
  }

  async stop(): Promise<void> {
    await this.port.close();
  }

  private receive(chunk: Buffer): void {
    for (const event of this.splitter.push(chunk)) {
      if (event.kind === 'overlong') {
        this.emit('refused', { message: LINE_READER_MESSAGES.unrecognised });
        continue;
      }
      if (event.line.trim() === '') continue; // a bare delimiter (e.g. CR LF split as two) is no swipe
      const m = matchCardLine(event.line, this.pattern);
      if (m.ok) this.emit('card', { kind: 'card-number', number: m.number });
      else this.emit('refused', { message: LINE_READER_MESSAGES.unrecognised });
    }
  }
}

export function createLineCardReader(opts: LineCardReaderOptions): CardReaderDevice {
  return new LineCardReader(opts);
}
