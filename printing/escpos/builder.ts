// A small ESC/POS builder: each method appends the bytes of one command (from commands.ts) and
// returns the builder; bytes() gives the whole job. Text is GB18030, which the printer reads as
// two-byte characters once Chinese mode (FS &) is on.
import iconv from 'iconv-lite';
import {
  BARCODE,
  CMD,
  QR,
  QR_MAX_BYTES,
  type Alignment,
  type CharacterSize,
} from './commands.ts';
import { sanitize } from './columns.ts';
import { encodeCode128 } from './code128.ts';

export class EscPosBuilder {
  private readonly chunks: number[][] = [];
  private length = 0;
  private chinese = false;

  private push(bytes: readonly number[] | Uint8Array): this {
    const arr = Array.from(bytes);
    this.chunks.push(arr);
    this.length += arr.length;
    return this;
  }

  initialize(): this {
    this.chinese = false; // ESC @ cancels Kanji mode
    return this.push(CMD.initialize);
  }
  align(a: Alignment): this {
    return this.push(CMD.align(a));
  }
  bold(on: boolean): this {
    return this.push(CMD.bold(on));
  }
  size(s: CharacterSize): this {
    return this.push(CMD.size(s));
  }
  chineseMode(on: boolean): this {
    this.chinese = on;
    return this.push(on ? CMD.chineseOn : CMD.chineseOff);
  }

  /** Text without a line feed. Control characters become spaces so text can never be a command. */
  text(text: string): this {
    const clean = sanitize(text);
    if (!this.chinese && /[^\x00-\x7f]/.test(clean)) {
      throw new Error('non-ASCII text needs Chinese mode: call chineseMode(true) first');
    }
    return this.push(iconv.encode(clean, 'gb18030'));
  }
  line(text = ''): this {
    return this.text(text).push(CMD.lineFeed);
  }
  feed(lines = 1): this {
    return this.push(CMD.feedLines(lines));
  }

  /** Native QR code: model 2, error correction M, data stored (fn 80) then printed (fn 81). */
  qr(data: string, moduleDots = 6): this {
    const bytes = new TextEncoder().encode(data); // UTF-8: what phone scanners expect
    if (bytes.length === 0) throw new Error('a QR code needs some data');
    if (bytes.length > QR_MAX_BYTES) {
      throw new Error(`QR data is ${bytes.length} bytes; model 2 level M holds at most ${QR_MAX_BYTES}`);
    }
    return this.push(QR.model2)
      .push(QR.moduleSize(moduleDots))
      .push(QR.errorCorrection('M'))
      .push(QR.store(bytes))
      .push(QR.print);
  }

  /** CODE128 (code sets chosen by encodeCode128) with human-readable text below. */
  barcode(data: string, opts: { heightDots?: number; moduleWidth?: number } = {}): this {
    const payload = encodeCode128(data);
    return this.push(BARCODE.height(opts.heightDots ?? 80))
      .push(BARCODE.moduleWidth(opts.moduleWidth ?? 2))
      .push(BARCODE.hriPosition(2))
      .push(BARCODE.code128(payload.bytes));
  }

  cut(kind: 'full' | 'partial'): this {
    return this.push(CMD.cut(kind === 'partial'));
  }
  /** Feed to the cutter (+ n motion units) and cut, in one command. */
  feedAndCut(kind: 'full' | 'partial', n = 0): this {
    return this.push(CMD.feedAndCut(kind === 'partial', n));
  }
  raw(bytes: Uint8Array | readonly number[]): this {
    return this.push(bytes);
  }

  bytes(): Uint8Array {
    const out = new Uint8Array(this.length);
    let at = 0;
    for (const c of this.chunks) {
      out.set(c, at);
      at += c.length;
    }
    return out;
  }
}

