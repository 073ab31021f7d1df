// An incremental, pure SAM frame parser: bytes in, frames and errors out. It never throws on
// input, resynchronises on the next preamble after garbage, accepts frames in any split (down to
// single bytes), drops a half frame after a silence, and holds at most one largest frame.
import { HEADER_LENGTH, MAX_LEN, PREAMBLE, checksum } from './frame.ts';

export type ParseEvent =
  /** `body` is everything between LEN and CHK (command or response body). */
  | { kind: 'frame'; body: Uint8Array }
  | { kind: 'error'; reason: 'garbage' | 'bad-length' | 'bad-checksum' | 'timeout'; discarded: number };

export interface FrameParserOptions {
  /** Largest LEN accepted (default MAX_LEN). */
  maxLen?: number;
  /** A half frame is given up after this long without a new byte (default 500 ms). */
  timeoutMs?: number;
  /** Clock in ms; injectable so tests need no real waiting. */
  now?: () => number;
}

export class SamFrameParser {
  private readonly maxLen: number;
  private readonly timeoutMs: number;
  private readonly now: () => number;
  private readonly buf: Uint8Array;
  private length = 0;
  private lastByteAt = 0;

  constructor(opts: FrameParserOptions = {}) {
    this.maxLen = Math.max(3, Math.min(opts.maxLen ?? MAX_LEN, 0xffff));
    this.timeoutMs = opts.timeoutMs ?? 500;
    this.now = opts.now ?? Date.now;
    this.buf = new Uint8Array(HEADER_LENGTH + this.maxLen);
  }

  /** The bound the buffer never exceeds: one largest frame. */
  get capacity(): number {
    return this.buf.length;
  }

  get bufferedBytes(): number {
    return this.length;
  }

  reset(): void {
    this.length = 0;
  }

  push(bytes: Uint8Array): ParseEvent[] {
    const events: ParseEvent[] = [];
    if (bytes.length === 0) return events;
    // bytes that sat in the buffer through a silence belong to no frame still in flight
    events.push(...this.checkTimeout());
    this.lastByteAt = this.now();
    let offset = 0;
    while (offset < bytes.length) {
      const take = Math.min(bytes.length - offset, this.buf.length - this.length);
      this.buf.set(bytes.subarray(offset, offset + take), this.length);
      this.length += take;
      offset += take;
      this.drain(events);
    }
    return events;
  }

  /** Gives up a half frame after `timeoutMs` of silence; the leftover is rescanned for frames. */
  checkTimeout(): ParseEvent[] {
    const events: ParseEvent[] = [];
    if (this.length === 0 || this.now() - this.lastByteAt < this.timeoutMs) return events;
    let discarded = 0;
    while (this.length > 0) {
      this.consume(1);
      discarded++;
      const before = events.length;
      this.drain(events);
      if (events.length > before && discarded > 0) {
        events.splice(before, 0, { kind: 'error', reason: 'timeout', discarded });
        discarded = 0;
      }
    }
    if (discarded > 0) events.push({ kind: 'error', reason: 'timeout', discarded });
    return events;
  }

  /** Extracts every complete frame; leaves a possible frame start at the front of the buffer. */
  private drain(events: ParseEvent[]): void {
    for (;;) {
      const skipped = this.syncToPreamble();
      if (skipped > 0) events.push({ kind: 'error', reason: 'garbage', discarded: skipped });
      if (this.length < HEADER_LENGTH) return;
      const len = (this.buf[5] << 8) | this.buf[6];
      if (len < 3 || len > this.maxLen) {
        // Not a real header; the next preamble may start inside these bytes.
        this.consume(1);
        events.push({ kind: 'error', reason: 'bad-length', discarded: 1 });
        continue;
      }
      const total = HEADER_LENGTH + len;
      if (this.length < total) return;
      const chk = checksum(this.buf[5], this.buf[6], this.buf, HEADER_LENGTH, total - 1);
      if (chk !== this.buf[total - 1]) {
        // Drop only the first byte: if a byte was lost, the real next frame lies inside this one.
        this.consume(1);
        events.push({ kind: 'error', reason: 'bad-checksum', discarded: 1 });
        continue;
      }
      events.push({ kind: 'frame', body: this.buf.slice(HEADER_LENGTH, total - 1) });
      this.consume(total);
    }
  }

  /** Drops bytes before the first position that could begin a preamble; returns how many. */
  private syncToPreamble(): number {
    const buf = this.buf;
    let i = 0;
    outer: for (; i < this.length; i++) {
      const n = Math.min(PREAMBLE.length, this.length - i);
      for (let k = 0; k < n; k++) if (buf[i + k] !== PREAMBLE[k]) continue outer;
      break;
    }
    if (i > 0) this.consume(i);
    return i;
  }

  private consume(n: number): void {
    this.buf.copyWithin(0, n, this.length);
    this.length -= n;
  }
}
