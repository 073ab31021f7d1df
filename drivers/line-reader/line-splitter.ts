// Splits a line reader's byte stream into lines: pure, incremental, bounded. A line longer than
// the cap is dropped whole (up to its delimiter) and reported, so a jammed reader or line noise
// cannot grow memory.
import { StringDecoder } from 'node:string_decoder';

export type LineEvent = { kind: 'line'; line: string } | { kind: 'overlong'; discarded: number };

export interface LineSplitterOptions {
  delimiter: string;
  /** Longest line kept, in characters (default 256: card lines are short). */
  maxLineLength?: number;
}

export class LineSplitter {
  private readonly decoder = new StringDecoder('utf8');
  private readonly delimiter: string;
  private readonly max: number;
  private pending = '';
  /** True while skipping the rest of an overlong line. */
  private skipping = false;
  private skipped = 0;

  constructor(opts: LineSplitterOptions) {
    if (opts.delimiter.length === 0) throw new RangeError('a line delimiter cannot be empty');
    this.delimiter = opts.delimiter;
    this.max = opts.maxLineLength ?? 256;
  }

  /** Characters held; never more than the cap plus a delimiter. */
  get bufferedLength(): number {
    return this.pending.length;
  }

  get capacity(): number {
    return this.max + this.delimiter.length;
  }

  push(bytes: Uint8Array | string): LineEvent[] {
    const events: LineEvent[] = [];
    let text = typeof bytes === 'string' ? bytes : this.decoder.write(Buffer.from(bytes));
    while (text.length > 0) {
      // feed at most what keeps the buffer within its cap, then cut lines out of it
      const room = this.capacity - this.pending.length;
      this.pending += text.slice(0, room);
      text = text.slice(room);
      this.cut(events);
    }
    return events;
  }

  private cut(events: LineEvent[]): void {
    for (;;) {
      const end = this.pending.indexOf(this.delimiter);
      if (end < 0) break;
      const line = this.pending.slice(0, end);
      this.pending = this.pending.slice(end + this.delimiter.length);
      if (this.skipping) {
        events.push({ kind: 'overlong', discarded: this.skipped + line.length });
        this.skipping = false;
        this.skipped = 0;
      } else if (line.length > this.max) {
        events.push({ kind: 'overlong', discarded: line.length });
      } else {
        events.push({ kind: 'line', line });
      }
    }
    if (this.pending.length > this.max) {
      // Keep a possible start of the delimiter; drop the rest of this overlong line.
      const keep = this.delimiter.length - 1;
      this.skipped += this.pending.length - keep;
      this.pending = keep > 0 ? this.pending.slice(-keep) : '';
      this.skipping = true;
    }
  }
}

export type CardLineMatch = { ok: true; number: string } | { ok: false };

/** Applies the configured pattern; its named group `card` is the card number. */
export function matchCardLine(line: string, pattern: RegExp): CardLineMatch {
  const m = pattern.exec(line.trim());
  const number = m?.groups?.card;
  return number ? { ok: true, number } : { ok: false };
}

/** Compiles a configured pattern, saying what is wrong with it. */
export function compileCardPattern(pattern: string): RegExp {
  let re: RegExp;
  try {
    re = new RegExp(pattern);
  } catch (err) {
    throw new Error(`line reader pattern is not a valid regular expression: ${(err as Error).message}`);
  }
  if (!/\(\?<card>/.test(pattern)) throw new Error('line reader pattern needs a named group (?<card>…) for the card number');
  return re;
}
