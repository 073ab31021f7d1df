// One typical Chinese queue ticket encoded three ways, side by side:
//  1. this project's encoder (GB18030 text in Chinese mode, native GS ( k QR),
//  2. node-thermal-printer (the npm package most kiosk projects reach for), offline buffer API,
//  3. the whole receipt rendered to a 576-dot bitmap and sent as GS v 0 raster images (what a
//     driver does when it cannot trust the printer's Chinese font).
// Columns: encode time (median), bytes sent, time on the serial wire at 10 bits per byte. A second
// table decodes each output with the simulator's decoder to show what lands on 80 mm paper.
import { createRequire } from 'node:module';
import { launchChromium } from '../tests/support/chromium.ts';
import { encodeReceipt, layoutReceipt, printableDots, type Receipt } from '../printing/receipt.ts';
import { rasterImage } from '../printing/escpos/commands.ts';
import { decodeEscPos } from '../drivers/sim/escpos-decoder.ts';
import { wireTimeMs } from '../drivers/escpos-printer/printer.ts';

interface BenchTable { title: string; columns: string[]; rows: (string | number)[][]; note?: string }

const COLUMNS = 48 as const;
const SITE = '青石镇便民服务中心';
const SERVICE = '户籍证明开具';
const NUMBER = 'A023';
const TIME = '2024-05-01 09:30';
const NOTES = [
  '前面还有 3 人等候，请留意大厅屏幕和语音叫号。',
  '过号请到服务台重新取号。办理时请携带本人身份证原件。',
  '咨询电话 0000-1234567（工作日 8:30-17:30）',
];
const QR_DATA = 'https://gov.example/q/2024050109300023';

const receipt: Receipt = {
  lines: [
    { kind: 'text', text: SITE, align: 'center', bold: true },
    { kind: 'text', text: NUMBER, align: 'center', size: 'double' },
    { kind: 'pair', label: '业务', value: SERVICE },
    { kind: 'pair', label: '取号时间', value: TIME },
    { kind: 'rule' },
    ...NOTES.map((text) => ({ kind: 'text' as const, text })),
    { kind: 'qr', data: QR_DATA },
  ],
};

function median(samples: number[]): number {
  const s = [...samples].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}
/** Median microseconds of `fn` over `runs` runs, after a warm-up. */
async function timeIt(fn: () => unknown, runs: number): Promise<number> {
  for (let i = 0; i < Math.min(20, runs); i++) await fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = process.hrtime.bigint();
    await fn();
    samples.push(Number(process.hrtime.bigint() - t) / 1000);
  }
  return median(samples);
}

function encodeOurs(): Uint8Array {
  return encodeReceipt(receipt, COLUMNS);
}

const require = createRequire(import.meta.url);
type NtpPrinter = {
  alignCenter(): void; alignLeft(): void; bold(on: boolean): void; println(t: string): void; setTextQuadArea(): void;
  setTextNormal(): void; leftRight(l: string, r: string): void; drawLine(): void; newLine(): void;
  printQR(d: string, s: object): void; partialCut(): void; getBuffer(): Buffer;
};
const { ThermalPrinter } = require('node-thermal-printer') as { ThermalPrinter: new (c: object) => NtpPrinter };

function encodeNodeThermalPrinter(): Uint8Array {
  // No interface: the package then only builds its buffer (nothing is opened or sent).
  const p = new ThermalPrinter({ type: 'epson', width: COLUMNS, characterSet: 'CHINA' });
  p.alignCenter();
  p.bold(true);
  p.println(SITE);
  p.bold(false);
  p.setTextQuadArea();
  p.println(NUMBER);
  p.setTextNormal();
  p.alignLeft();
  p.leftRight('业务', SERVICE);
  p.leftRight('取号时间', TIME);
  p.drawLine();
  for (const n of NOTES) p.println(n);
  p.alignCenter();
  p.printQR(QR_DATA, { cellSize: 6, correction: 'M', model: 2 });
  p.newLine();
  p.partialCut();
  return p.getBuffer();
}

const DOTS = printableDots(COLUMNS); // 576
const LINE_DOTS = 30; // font A 24 dots + default line spacing
const BAND = 256; // rows per GS v 0 command: cheap printers refuse taller rasters

type Laid = ReturnType<typeof layoutReceipt>;

/**
 * Draws the laid-out lines at printer metrics (24-dot font, QR of the same module size) on a
 * canvas in Debian's Chromium — the renderer a kiosk already has — and packs them into 1-bit rows.
 * Runs inside the page, so the timing covers drawing and packing, not the browser round trip.
 */
function drawAndPack(args: { laid: Laid; dots: number; lineDots: number; runs: number }): { bits: number[]; height: number; medianUs: number } {
  const { laid, dots, lineDots, runs } = args;
  const heightOf = (l: Laid[number]) =>
    l.kind === 'text' ? (l.size === 'double' || l.size === 'double-height' ? 2 : 1) * lineDots
    : l.kind === 'qr' ? (17 + 4 * 3 + 8) * l.moduleDots
    : l.kind === 'barcode' ? 110 : l.lines * lineDots;
  const height = laid.reduce((h, l) => h + heightOf(l), 0);
  const once = (): Uint8Array => {
    const canvas = document.createElement('canvas');
    canvas.width = dots;
    canvas.height = height;
    const g = canvas.getContext('2d', { willReadFrequently: true })!;
    g.fillStyle = '#fff';
    g.fillRect(0, 0, dots, height);
    g.fillStyle = '#000';
    g.textBaseline = 'top';
    let y = 0;
    for (const l of laid) {
      if (l.kind === 'text') {
        const scale = l.size === 'double' ? 2 : 1;
        g.font = `${l.bold ? 'bold ' : ''}${24 * scale}px "Noto Sans CJK SC", sans-serif`;
        g.textAlign = l.align === 'center' ? 'center' : l.align === 'right' ? 'right' : 'left';
        g.fillText(l.text, l.align === 'center' ? dots / 2 : l.align === 'right' ? dots : 0, y + 3);
      } else if (l.kind === 'qr') {
        // A module pattern of the same size costs the same bytes as a real QR code.
        const n = 17 + 4 * 3, m = l.moduleDots, x0 = (dots - n * m) / 2;
        for (let r = 0; r < n; r++) for (let c = 0; c < n; c++) if ((r * 31 + c * 17) % 3 === 0) g.fillRect(x0 + c * m, y + 4 * m + r * m, m, m);
      }
      y += heightOf(l);
    }
    const rgba = g.getImageData(0, 0, dots, height).data;
    const rowBytes = dots / 8;
    const bits = new Uint8Array(rowBytes * height);
    for (let i = 0, px = 0; px < dots * height; px++, i += 4) {
      if (rgba[i] + rgba[i + 1] + rgba[i + 2] < 384) bits[(px / dots | 0) * rowBytes + ((px % dots) >> 3)] |= 0x80 >> (px % dots & 7);
    }
    return bits;
  };
  once(); // warm-up: font loading
  const times: number[] = [];
  let bits: Uint8Array = new Uint8Array(0);
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    bits = once();
    times.push((performance.now() - t0) * 1000);
  }
  times.sort((a, b) => a - b);
  return { bits: Array.from(bits), height, medianUs: times[times.length >> 1] };
}

/** The packed rows as GS v 0 bands, between initialise and feed-and-cut. */
function rasterJob(bits: Uint8Array, height: number): Uint8Array {
  const rowBytes = DOTS / 8;
  const parts: Uint8Array[] = [Uint8Array.of(0x1b, 0x40)];
  for (let top = 0; top < height; top += BAND) {
    const rows = Math.min(BAND, height - top);
    parts.push(rasterImage(rowBytes, rows, bits.subarray(top * rowBytes, (top + rows) * rowBytes)));
  }
  parts.push(Uint8Array.of(0x1b, 0x64, 4, 0x1d, 0x56, 1));
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) { out.set(p, at); at += p.length; }
  return out;
}

/** Renders the receipt as a raster in Chromium; null (with the reason) when no Chromium is installed. */
async function rasterInChromium(runs: number): Promise<{ bytes: Uint8Array; medianUs: number } | { problem: string }> {
  let browser;
  try {
    browser = await launchChromium();
  } catch (err) {
    return { problem: (err as Error).message };
  }
  try {
    const page = await browser.newPage();
    await page.setContent('<!doctype html><meta charset="utf-8"><body></body>');
    // tsx compiles named functions with esbuild's __name helper, which the page does not have.
    await page.evaluate('globalThis.__name = (fn) => fn');
    const result = await page.evaluate(drawAndPack, { laid: layoutReceipt(receipt, COLUMNS), dots: DOTS, lineDots: LINE_DOTS, runs });
    return { bytes: rasterJob(Uint8Array.from(result.bits), result.height), medianUs: result.medianUs };
  } finally {
    await browser.close();
  }
}

const ms = (x: number) => (x >= 100 ? Math.round(x) : Number(x.toFixed(1)));

export async function run(): Promise<BenchTable[]> {
  const contenders: { name: string; encode: () => Uint8Array; runs: number }[] = [
    { name: 'this encoder (GB18030 text, native QR)', encode: encodeOurs, runs: 2000 },
    { name: 'node-thermal-printer 4.6 (EUC-CN, native QR)', encode: encodeNodeThermalPrinter, runs: 2000 },
  ];
  const rows: (string | number)[][] = [];
  const layoutRows: (string | number)[][] = [];
  for (const c of contenders) {
    const bytes = c.encode();
    const us = await timeIt(c.encode, c.runs);
    rows.push([c.name, Number(us.toFixed(1)), bytes.length, ms(wireTimeMs(bytes.length, 9600)), ms(wireTimeMs(bytes.length, 115200))]);
    // node-thermal-printer never sends FS &: decode as a Chinese printer that starts in Chinese mode.
    const items = decodeEscPos(Uint8Array.of(0x1c, 0x26, ...bytes), { columns: COLUMNS });
    const text = items.filter((i) => i.kind === 'text');
    const wrapped = text.filter((i) => i.kind === 'text' && i.wrapped).length;
    const pairsOk = ['业务', '取号时间'].every((label) =>
      text.some((t) => t.kind === 'text' && t.text.startsWith(label) && t.columns === COLUMNS && !t.wrapped));
    const qr = items.filter((i) => i.kind === 'qr').length;
    const images = items.filter((i) => i.kind === 'image').length;
    layoutRows.push(
      images > 0
        ? [c.name, 'n/a (image)', 0, 'as drawn', 'bitmap']
        : [c.name, text.length, wrapped, pairsOk ? 'yes' : 'no', qr ? 'native' : 'none'],
    );
  }
  const raster = await rasterInChromium(40);
  const rasterName = 'raster bitmap, GS v 0 (Chromium canvas)';
  if ('bytes' in raster) {
    const n = raster.bytes.length;
    rows.push([rasterName, Number(raster.medianUs.toFixed(1)), n, ms(wireTimeMs(n, 9600)), ms(wireTimeMs(n, 115200))]);
    layoutRows.push([rasterName, 'n/a (image)', 0, 'as drawn', 'bitmap']);
  }
  return [
    {
      title: 'ESC/POS: one Chinese queue ticket, 80 mm paper (48 columns)',
      columns: ['encoder', 'encode µs (median)', 'bytes', 'wire ms @9600', 'wire ms @115200'],
      rows,
      note:
        'Wire time = bytes × 10 bits / baud. The raster row draws the same laid-out lines with Noto Sans CJK at 24 dots ' +
        '(font A metrics) on a Chromium canvas; its QR area is a module pattern of the same size, since no QR generator is installed (raster ' +
        'bytes depend only on the image size).' + ('problem' in raster ? ` Raster not rendered: ${raster.problem}.` : ''),
    },
    {
      title: 'What lands on the paper (decoded by drivers/sim/escpos-decoder at 48 columns)',
      columns: ['encoder', 'text lines', 'lines the printer must wrap', 'label/value pairs flush right', 'QR'],
      rows: layoutRows,
      note: 'node-thermal-printer counts a hanzi as one column (String.length), so Chinese lines overflow and pairs misalign.',
    },
  ];
}
