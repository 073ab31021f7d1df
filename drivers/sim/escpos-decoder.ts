// A pure ESC/POS decoder: bytes in, what a printer would put on paper out (text lines with their
// style, QR and barcode marks, cuts). It reads the Epson command set byte by byte, independently of
// printing/escpos, so tests that decode the encoder's output check real command bytes. Anything it
// does not know becomes { kind: 'unknown', bytes }: corrupt input never throws.
import iconv from 'iconv-lite';

export type Align = 'left' | 'center' | 'right';
export interface Segment { text: string; bold: boolean; size: string }
export type DecodedItem =
  | { kind: 'text'; text: string; align: Align; bold: boolean; size: string; columns: number; segments: Segment[]; wrapped?: true }
  | { kind: 'feed'; lines: number }
  | { kind: 'qr'; data: string; moduleDots: number; errorCorrection: string; model: number }
  | { kind: 'barcode'; data: string; symbology: string }
  | { kind: 'image'; widthDots: number; heightDots: number }
  | { kind: 'cut'; partial: boolean }
  | { kind: 'init' }
  | { kind: 'status-request'; n: number }
  | { kind: 'unknown'; bytes: number[] };

const ESC = 0x1b, GS = 0x1d, FS = 0x1c, DLE = 0x10, LF = 0x0a;
const SYMBOLOGY: Record<number, string> = { 65: 'UPC-A', 66: 'UPC-E', 67: 'EAN13', 68: 'EAN8', 69: 'CODE39', 70: 'ITF', 71: 'CODABAR', 72: 'CODE93', 73: 'CODE128' };
const ECC: Record<number, string> = { 48: 'L', 49: 'M', 50: 'Q', 51: 'H' };
/** ESC / GS / FS commands of a fixed total length (prefix + letter + parameters). */
const FIXED: Record<number, Record<number, number>> = {
  [ESC]: { 0x40: 2, 0x32: 2, 0x61: 3, 0x45: 3, 0x64: 3, 0x21: 3, 0x2d: 3, 0x47: 3, 0x4d: 3, 0x74: 3, 0x52: 3, 0x4a: 3, 0x33: 3, 0x7b: 3, 0x56: 3, 0x20: 3, 0x65: 3, 0x55: 3, 0x3d: 3, 0x72: 3, 0x24: 4, 0x5c: 4, 0x42: 4, 0x70: 5, 0x63: 4 },
  [GS]: { 0x21: 3, 0x42: 3, 0x68: 3, 0x77: 3, 0x48: 3, 0x66: 3, 0x62: 3, 0x61: 3, 0x72: 3, 0x49: 3, 0x2f: 3, 0x4c: 4, 0x57: 4, 0x50: 4 },
  [FS]: { 0x26: 2, 0x2e: 2, 0x21: 3, 0x2d: 3, 0x57: 3, 0x43: 3, 0x70: 4, 0x53: 4 },
  [DLE]: { 0x04: 3, 0x05: 3, 0x14: 5 },
};

/** Length of the command starting at `i`, `0` when more bytes are needed, or -1 when unknown. */
function commandLength(b: Uint8Array, i: number): number {
  const avail = b.length - i;
  if (avail < 2) return 0;
  const p = b[i], c = b[i + 1];
  if (p === GS && c === 0x28) { // GS ( x pL pH data
    if (avail < 5) return 0;
    return 5 + b[i + 3] + b[i + 4] * 256;
  }
  if (p === GS && c === 0x56) { // GS V m [n]
    if (avail < 3) return 0;
    const m = b[i + 2];
    if ([0, 1, 48, 49].includes(m)) return 3;
    return [65, 66, 97, 98, 103, 104].includes(m) ? 4 : -1;
  }
  if (p === GS && c === 0x6b) { // GS k m …
    if (avail < 3) return 0;
    const m = b[i + 2];
    if (m <= 6) {
      const end = b.indexOf(0, i + 3);
      return end < 0 ? (avail > 258 ? -1 : 0) : end - i + 1;
    }
    if (m >= 65 && m <= 79) return avail < 4 ? 0 : 4 + b[i + 3];
    return -1;
  }
  if (p === GS && c === 0x76) { // GS v 0 m xL xH yL yH data
    if (avail < 8) return 0;
    return b[i + 2] === 0x30 ? 8 + (b[i + 4] + b[i + 5] * 256) * (b[i + 6] + b[i + 7] * 256) : -1;
  }
  if (p === ESC && c === 0x2a) { // ESC * m nL nH data
    if (avail < 5) return 0;
    const m = b[i + 2], n = b[i + 3] + b[i + 4] * 256;
    return m <= 1 ? 5 + n : m === 32 || m === 33 ? 5 + 3 * n : -1;
  }
  if (p === ESC && c === 0x44) { // ESC D n1 … NUL (tab stops)
    const end = b.indexOf(0, i + 2);
    return end < 0 ? (avail > 34 ? -1 : 0) : end - i + 1;
  }
  const len = FIXED[p]?.[c];
  if (len === undefined) return -1;
  return avail < len ? 0 : len;
}

interface Style { align: Align; bold: boolean; width: number; height: number; chinese: boolean }
const defaults = (): Style => ({ align: 'left', bold: false, width: 1, height: 1, chinese: false });
function sizeName(w: number, h: number): string {
  if (w === 1 && h === 1) return 'normal';
  if (w === 2 && h === 2) return 'double';
  if (w === 2 && h === 1) return 'double-width';
  if (w === 1 && h === 2) return 'double-height';
  return `${w}x${h}`;
}

interface RawSegment { bytes: number[]; bold: boolean; size: string; chinese: boolean }

export class EscPosDecoder {
  private pending = new Uint8Array(0);
  private style = defaults();
  private line: RawSegment[] = [];
  private lineAlign: Align = 'left';
  private lineColumns = 0;
  /** Trail bytes still expected for the current GB18030 character (-1: the second byte decides). */
  private trail = 0;
  private qrStore: number[] | null = null;
  private qr = { model: 2, moduleDots: 3, ecc: 'L' };

  /** `columns`: when set, a line longer than the paper wraps onto the next, as on a real printer. */
  constructor(private readonly columns?: number) {}

  push(chunk: Uint8Array): DecodedItem[] {
    const b = new Uint8Array(this.pending.length + chunk.length);
    b.set(this.pending);
    b.set(chunk, this.pending.length);
    const out: DecodedItem[] = [];
    let i = 0;
    while (i < b.length) {
      const byte = b[i];
      if (byte === ESC || byte === GS || byte === FS || byte === DLE) {
        const len = commandLength(b, i);
        if (len === 0) break; // wait for the rest of the command
        if (len < 0) {
          out.push({ kind: 'unknown', bytes: [byte, b[i + 1]] });
          i += 2;
          continue;
        }
        if (i + len > b.length) break;
        this.command(b.subarray(i, i + len), out);
        i += len;
      } else if (byte === LF) {
        out.push(this.flush());
        i += 1;
      } else if (byte < 0x20 || byte === 0x7f) {
        if (byte !== 0x0d) out.push({ kind: 'unknown', bytes: [byte] }); // CR is ignored by printers in LF mode
        this.trail = 0;
        i += 1;
      } else {
        this.character(byte, out);
        i += 1;
      }
    }
    this.pending = b.slice(i);
    return out;
  }

  /** End of stream: an incomplete command is unknown; unprinted text is reported as a line. */
  end(): DecodedItem[] {
    const out: DecodedItem[] = [];
    if (this.pending.length > 0) out.push({ kind: 'unknown', bytes: Array.from(this.pending) });
    this.pending = new Uint8Array(0);
    if (this.line.length > 0) out.push(this.flush());
    return out;
  }

  private character(byte: number, out: DecodedItem[]): void {
    let cols = 1;
    if (this.trail === -1) {
      // second byte of a GB18030 character: a digit here means a four-byte character
      this.trail = byte >= 0x30 && byte <= 0x39 ? 2 : 0;
      cols = 0;
    } else if (this.trail > 0) {
      this.trail -= 1;
      cols = 0;
    } else if (this.style.chinese && byte >= 0x81 && byte <= 0xfe) {
      this.trail = -1; // a lead byte: one full-width character
      cols = 2;
    }
    cols *= this.style.width;
    if (this.columns !== undefined && cols > 0 && this.lineColumns + cols > this.columns && this.lineColumns > 0) {
      out.push({ ...(this.flush() as Extract<DecodedItem, { kind: 'text' }>), wrapped: true });
    }
    if (this.line.length === 0) this.lineAlign = this.style.align;
    const size = sizeName(this.style.width, this.style.height);
    let seg = this.line[this.line.length - 1];
    if (!seg || seg.bold !== this.style.bold || seg.size !== size || seg.chinese !== this.style.chinese) {
      seg = { bytes: [], bold: this.style.bold, size, chinese: this.style.chinese };
      this.line.push(seg);
    }
    seg.bytes.push(byte);
    this.lineColumns += cols;
  }

  private flush(): DecodedItem {
    const segments = this.line.map((s) => ({
      text: iconv.decode(Buffer.from(s.bytes), s.chinese ? 'gb18030' : 'cp437'),
      bold: s.bold,
      size: s.size,
    }));
    const inked = segments.filter((s) => s.text.trim() !== '');
    const item: DecodedItem = {
      kind: 'text',
      text: segments.map((s) => s.text).join(''),
      align: this.line.length ? this.lineAlign : this.style.align,
      bold: inked.length > 0 ? inked.every((s) => s.bold) : this.style.bold,
      size: (inked[0] ?? segments[0])?.size ?? sizeName(this.style.width, this.style.height),
      columns: this.lineColumns,
      segments,
    };
    this.line = [];
    this.lineColumns = 0;
    this.trail = 0;
    return item;
  }

  /** Symbols and cuts start on a fresh line: text waiting in the buffer is printed first. */
  private flushIfPending(out: DecodedItem[]): void {
    if (this.line.length > 0) out.push(this.flush());
  }

  private command(c: Uint8Array, out: DecodedItem[]): void {
    const [p, k, a] = c;
    const unknown = () => out.push({ kind: 'unknown', bytes: Array.from(c) });
    if (p === ESC) {
      if (k === 0x40) {
        this.style = defaults();
        this.line = []; // ESC @ clears the print buffer
        this.lineColumns = 0;
        this.qrStore = null;
        out.push({ kind: 'init' });
      } else if (k === 0x61) this.style.align = (['left', 'center', 'right'] as const)[a % 48] ?? this.style.align;
      else if (k === 0x45) this.style.bold = (a & 1) === 1;
      else if (k === 0x21) Object.assign(this.style, { bold: (a & 8) !== 0, height: a & 16 ? 2 : 1, width: a & 32 ? 2 : 1 });
      else if (k === 0x64) {
        const hadText = this.line.length > 0;
        if (hadText) out.push(this.flush());
        if (a - (hadText ? 1 : 0) > 0) out.push({ kind: 'feed', lines: a - (hadText ? 1 : 0) });
      } else if (k === 0x2a) {
        this.flushIfPending(out);
        out.push({ kind: 'image', widthDots: c[3] + c[4] * 256, heightDots: c[2] >= 32 ? 24 : 8 });
      } // other fixed ESC commands (spacing, code table, underline…) do not change what is decoded
    } else if (p === GS) {
      if (k === 0x21) Object.assign(this.style, { width: ((a >> 4) & 7) + 1, height: (a & 7) + 1 });
      else if (k === 0x56) {
        this.flushIfPending(out);
        out.push({ kind: 'cut', partial: a === 1 || a === 49 || a === 66 || a === 98 || a === 104 });
      } else if (k === 0x28) this.extended(c, out, unknown);
      else if (k === 0x6b) this.barcode(c, out);
      else if (k === 0x76) {
        this.flushIfPending(out);
        out.push({ kind: 'image', widthDots: (c[4] + c[5] * 256) * 8, heightDots: c[6] + c[7] * 256 });
      }
    } else if (p === FS) {
      if (k === 0x26) this.style.chinese = true;
      else if (k === 0x2e) this.style.chinese = false;
    } else if (p === DLE) {
      if (k === 0x04 && a >= 1 && a <= 4) out.push({ kind: 'status-request', n: a });
      else unknown(); // DLE ENQ / DLE DC4 and other DLE EOT n: recognised, nothing on paper
    }
  }

  /** GS ( k: QR code (cn 49). Other GS ( functions are reported as unknown. */
  private extended(c: Uint8Array, out: DecodedItem[], unknown: () => void): void {
    if (c[2] !== 0x6b || c.length < 7 || c[5] !== 49) return unknown();
    const fn = c[6];
    if (fn === 65 && c.length >= 8) this.qr.model = c[7] - 48;
    else if (fn === 67 && c.length >= 8) this.qr.moduleDots = c[7];
    else if (fn === 69 && c.length >= 8) this.qr.ecc = ECC[c[7]] ?? `?${c[7]}`;
    else if (fn === 80 && c.length >= 8) this.qrStore = Array.from(c.subarray(8));
    else if (fn === 81) {
      if (!this.qrStore) return unknown(); // nothing stored: a printer prints nothing
      this.flushIfPending(out);
      out.push({
        kind: 'qr',
        data: new TextDecoder().decode(Uint8Array.from(this.qrStore)),
        moduleDots: this.qr.moduleDots,
        errorCorrection: this.qr.ecc,
        model: this.qr.model,
      });
    } else unknown();
  }

  private barcode(c: Uint8Array, out: DecodedItem[]): void {
    const m = c[2];
    const data = m <= 6 ? c.subarray(3, c.length - 1) : c.subarray(4);
    const symbology = m <= 6 ? (SYMBOLOGY[m + 65] ?? `m${m}`) : (SYMBOLOGY[m] ?? `m${m}`);
    this.flushIfPending(out);
    out.push({ kind: 'barcode', symbology, data: m === 73 ? decodeCode128(data) : String.fromCharCode(...data) });
  }
}

/** GS k CODE128 data: "{A" "{B" "{C" switch code sets, "{{" is a literal "{", set C bytes are pairs of digits. */
export function decodeCode128(data: Uint8Array): string {
  let set = 'B';
  let out = '';
  for (let i = 0; i < data.length; i++) {
    const ch = data[i];
    if (ch === 0x7b && i + 1 < data.length) {
      const next = String.fromCharCode(data[i + 1]);
      i += 1;
      if (next === '{') out += '{';
      else if ('ABC'.includes(next)) set = next;
      continue; // FNC1–4 and shifts carry no text
    }
    out += set === 'C' ? String(ch).padStart(2, '0') : String.fromCharCode(ch);
  }
  return out;
}

/** Decodes a whole byte stream. */
export function decodeEscPos(bytes: Uint8Array, options: { columns?: number } = {}): DecodedItem[] {
  const d = new EscPosDecoder(options.columns);
  return [...d.push(bytes), ...d.end()];
}
