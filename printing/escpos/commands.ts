// ESC/POS command bytes, declared as data (as VotingWorks does for its printer), following the
// Epson ESC/POS Application Programming Guide. Both the encoder and the decoder read this table,
// so a byte written here is the byte a real printer receives.

export const ESC = 0x1b;
export const GS = 0x1d;
export const FS = 0x1c;
export const DLE = 0x10;
export const EOT = 0x04;
export const LF = 0x0a;

export type Alignment = 'left' | 'center' | 'right';
export const ALIGNMENT_CODE: Record<Alignment, number> = { left: 0, center: 1, right: 2 };

/** GS ! n: high nibble = width multiplier − 1, low nibble = height multiplier − 1. */
export type CharacterSize = 'normal' | 'double' | 'double-width' | 'double-height';
export const SIZE_CODE: Record<CharacterSize, number> = {
  normal: 0x00,
  'double-width': 0x10,
  'double-height': 0x01,
  double: 0x11,
};
export function widthMultiplier(size: CharacterSize): number {
  return (SIZE_CODE[size] >> 4) + 1;
}

/** Fixed commands. */
export const CMD = {
  /** ESC @ — clears the buffer and resets modes to power-on defaults. */
  initialize: [ESC, 0x40],
  /** ESC a n */
  align: (a: Alignment) => [ESC, 0x61, ALIGNMENT_CODE[a]],
  /** ESC E n — emphasized (bold) on/off. */
  bold: (on: boolean) => [ESC, 0x45, on ? 1 : 0],
  /** GS ! n */
  size: (s: CharacterSize) => [GS, 0x21, SIZE_CODE[s]],
  /** FS & — Kanji (on Chinese printers: GB18030/GB2312 two-byte) mode on. */
  chineseOn: [FS, 0x26],
  /** FS . — Kanji mode off. */
  chineseOff: [FS, 0x2e],
  lineFeed: [LF],
  /** ESC d n — print the buffer and feed n lines. */
  feedLines: (n: number) => [ESC, 0x64, clampByte(n)],
  /** GS V 0 / GS V 1 — cut now (function A: no feed first). */
  cut: (partial: boolean) => [GS, 0x56, partial ? 1 : 0],
  /** GS V 65 n / GS V 66 n — feed to the cutting position + n motion units, then cut (function B). */
  feedAndCut: (partial: boolean, n: number) => [GS, 0x56, partial ? 66 : 65, clampByte(n)],
  /** DLE EOT n — real-time status transmission. */
  statusRequest: (n: 1 | 2 | 3 | 4) => [DLE, EOT, n],
} as const;

/** GS ( k — QR code (cn = 49), the printer's own symbol generator. */
export const QR = {
  /** fn 65: select model; n1 = 50 → model 2. */
  model2: [GS, 0x28, 0x6b, 4, 0, 49, 65, 50, 0],
  /** fn 67: module size in dots (1–16). */
  moduleSize: (dots: number) => [GS, 0x28, 0x6b, 3, 0, 49, 67, Math.max(1, Math.min(16, dots))],
  /** fn 69: error correction level; 48 L, 49 M, 50 Q, 51 H. */
  errorCorrection: (level: 'L' | 'M' | 'Q' | 'H') => [GS, 0x28, 0x6b, 3, 0, 49, 69, { L: 48, M: 49, Q: 50, H: 51 }[level]],
  /** fn 80: store data; pL pH count the 3 bytes cn fn m plus the data. */
  store: (data: Uint8Array) => {
    const len = data.length + 3;
    return [GS, 0x28, 0x6b, len & 0xff, len >> 8, 49, 80, 48, ...data];
  },
  /** fn 81: print the stored symbol. */
  print: [GS, 0x28, 0x6b, 3, 0, 49, 81, 48],
} as const;

/** Model 2, level M, byte mode: the capacity of the largest symbol (version 40). */
export const QR_MAX_BYTES = 2331;

/** GS k m=73 — CODE128; GS h height, GS w module width, GS H HRI position. */
export const BARCODE = {
  height: (dots: number) => [GS, 0x68, Math.max(1, Math.min(255, dots))],
  moduleWidth: (n: number) => [GS, 0x77, Math.max(2, Math.min(6, n))],
  /** 0 none, 1 above, 2 below, 3 both. */
  hriPosition: (p: 0 | 1 | 2 | 3) => [GS, 0x48, p],
  /** data already includes the code-set prefix ({B…). */
  code128: (data: Uint8Array) => [GS, 0x6b, 73, data.length, ...data],
} as const;

/** GS v 0 m xL xH yL yH — raster bit image (used by the benchmark's bitmap comparison). */
export function rasterImage(widthBytes: number, heightDots: number, bits: Uint8Array): Uint8Array {
  const head = [GS, 0x76, 0x30, 0, widthBytes & 0xff, widthBytes >> 8, heightDots & 0xff, heightDots >> 8];
  const out = new Uint8Array(head.length + bits.length);
  out.set(head, 0);
  out.set(bits, head.length);
  return out;
}

function clampByte(n: number): number {
  return Math.max(0, Math.min(255, Math.floor(n)));
}
