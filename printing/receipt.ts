// The receipt model the terminal core fills in (queue tickets, demand tracking numbers, service
// receipts) and its encoding for an ESC/POS printer. Layout (wrapping, pairs, rules) is done here
// in columns, so what leaves for the printer never relies on the printer wrapping a line.
import { z } from 'zod';
import { EscPosBuilder } from './escpos/builder.ts';
import { code128Modules, encodeCode128 } from './escpos/code128.ts';
import { widthMultiplier, type Alignment, type CharacterSize } from './escpos/commands.ts';
import { pairLines, wrapText, type PaperColumns } from './escpos/columns.ts';

export const receiptLineSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('text'),
    text: z.string(),
    align: z.enum(['left', 'center', 'right']).optional(),
    bold: z.boolean().optional(),
    size: z.enum(['normal', 'double', 'double-height']).optional(),
  }),
  z.object({ kind: z.literal('pair'), label: z.string(), value: z.string() }),
  z.object({ kind: z.literal('rule') }),
  /** A tick box and its text; wrapped lines stay indented under the text, not under the box. */
  z.object({ kind: z.literal('check'), text: z.string() }),
  z.object({ kind: z.literal('qr'), data: z.string().min(1) }),
  z.object({ kind: z.literal('barcode'), data: z.string().min(1) }),
  z.object({ kind: z.literal('feed'), lines: z.number().int().min(1).max(255) }),
]);
export const receiptSchema = z.object({ lines: z.array(receiptLineSchema) });

export type ReceiptLine = z.infer<typeof receiptLineSchema>;
export interface Receipt {
  lines: ReceiptLine[];
}

/** One physical line (or mark) after layout. */
export type LaidOut =
  | { kind: 'text'; text: string; align: Alignment; bold: boolean; size: CharacterSize }
  | { kind: 'qr'; data: string; moduleDots: number }
  | { kind: 'barcode'; data: string; moduleWidth: number }
  | { kind: 'feed'; lines: number };

/** Lines fed after the last print line so it clears the cutter (head-to-cutter ≈ 4 lines on 80 mm printers). */
export const FEED_BEFORE_CUT = 4;

/** An empty tick box (□, two columns) and a space; continuation lines are indented as wide. */
const CHECK_BOX = '□ ';
const CHECK_INDENT = '   ';

/** Print width in dots for font A (12 dots per column). */
export function printableDots(columns: PaperColumns): number {
  return columns * 12;
}

// Model 2, level M, byte mode: bytes a symbol of version 1..40 holds.
const QR_M_BYTES = [
  14, 26, 42, 62, 84, 106, 122, 152, 180, 213, 251, 287, 331, 362, 412, 450, 504, 560, 624, 666, 711, 779, 857, 911,
  997, 1059, 1125, 1190, 1264, 1370, 1452, 1538, 1628, 1722, 1809, 1911, 1989, 2099, 2213, 2331,
];

/** The biggest module (≤ 6 dots, comfortable for phone cameras) at which the symbol, with its
 * 4-module quiet zone, still fits the paper. */
export function qrModuleDots(data: string, columns: PaperColumns): number {
  const bytes = new TextEncoder().encode(data).length;
  const version = QR_M_BYTES.findIndex((cap) => cap >= bytes) + 1;
  if (version === 0) throw new Error(`QR data is ${bytes} bytes; the largest symbol holds ${QR_M_BYTES[39]}`);
  const modules = 17 + 4 * version + 8;
  const dots = Math.floor(printableDots(columns) / modules);
  if (dots < 2) throw new Error(`QR data of ${bytes} bytes is too large to scan on ${columns}-column paper`);
  return Math.min(6, dots);
}

export function layoutReceipt(receipt: Receipt, columns: PaperColumns): LaidOut[] {
  const out: LaidOut[] = [];
  for (const line of receipt.lines) {
    switch (line.kind) {
      case 'text': {
        const size: CharacterSize = line.size ?? 'normal';
        for (const text of wrapText(line.text, columns, widthMultiplier(size))) {
          out.push({ kind: 'text', text, align: line.align ?? 'left', bold: line.bold ?? false, size });
        }
        break;
      }
      case 'pair':
        for (const text of pairLines(line.label, line.value, columns)) {
          out.push({ kind: 'text', text, align: 'left', bold: false, size: 'normal' });
        }
        break;
      case 'check':
        wrapText(line.text, columns - CHECK_INDENT.length).forEach((text, i) => {
          out.push({ kind: 'text', text: (i === 0 ? CHECK_BOX : CHECK_INDENT) + text, align: 'left', bold: false, size: 'normal' });
        });
        break;
      case 'rule':
        out.push({ kind: 'text', text: '-'.repeat(columns), align: 'left', bold: false, size: 'normal' });
        break;
      case 'qr':
        out.push({ kind: 'qr', data: line.data, moduleDots: qrModuleDots(line.data, columns) });
        break;
      case 'barcode': {
        const modules = code128Modules(encodeCode128(line.data));
        const moduleWidth = modules * 3 <= printableDots(columns) ? 3 : 2;
        if (modules * moduleWidth > printableDots(columns)) {
          throw new Error(`barcode "${line.data}" (${line.data.length} characters) is too wide for ${columns}-column paper`);
        }
        out.push({ kind: 'barcode', data: line.data, moduleWidth });
        break;
      }
      case 'feed':
        out.push({ kind: 'feed', lines: line.lines });
        break;
    }
  }
  return out;
}

/** Initialise, Chinese mode, the laid-out lines, feed past the cutter, partial cut. */
export function encodeReceipt(receipt: Receipt, columns: PaperColumns): Uint8Array {
  const laidOut = layoutReceipt(receiptSchema.parse(receipt), columns);
  const b = new EscPosBuilder().initialize().chineseMode(true);
  for (const item of laidOut) {
    switch (item.kind) {
      case 'text': {
        // Each styled line sets its style and puts the default back, so lines never leak style.
        if (item.align !== 'left') b.align(item.align);
        if (item.bold) b.bold(true);
        if (item.size !== 'normal') b.size(item.size);
        b.line(item.text);
        if (item.align !== 'left') b.align('left');
        if (item.bold) b.bold(false);
        if (item.size !== 'normal') b.size('normal');
        break;
      }
      case 'qr':
        b.align('center').qr(item.data, item.moduleDots).align('left');
        break;
      case 'barcode':
        b.align('center').barcode(item.data, { moduleWidth: item.moduleWidth }).align('left');
        break;
      case 'feed':
        b.feed(item.lines);
        break;
    }
  }
  return b.feed(FEED_BEFORE_CUT).cut('partial').bytes();
}
