import { describe, test } from 'vitest';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { decodeEscPos, EscPosDecoder } from '../../../drivers/sim/escpos-decoder.ts';
import { encodeReceipt } from '../../../printing/receipt.ts';

const bytes = (...parts: (number[] | string)[]) =>
  Uint8Array.from(parts.flatMap((p) => (typeof p === 'string' ? [...Buffer.from(p, 'hex')] : p)));

describe('ESC/POS decoder', () => {
  test('hand-written bytes: style, GB18030 text in Chinese mode, code page 437 outside it', () => {
    const items = decodeEscPos(
      bytes('1b40', '1c26', '1b6101', '1b4501', 'd6d0cec40a', '1b4500', '1b6100', '1d2111', '41300a', '1c2e', '820a'),
    );
    assert.deepEqual(
      items.map((i) => (i.kind === 'text' ? [i.text, i.align, i.bold, i.size, i.columns] : i.kind)),
      ['init', ['中文', 'center', true, 'normal', 4], ['A0', 'left', false, 'double', 4], ['é', 'left', false, 'double', 2]],
    );
  });

  test('ESC ! print mode (used by other encoders) sets bold and double size', () => {
    const [line] = decodeEscPos(bytes('1b2138', '58', '0a'));
    assert.ok(line.kind === 'text' && line.bold && line.size === 'double');
  });

  test('a line longer than the paper wraps like a printer does, never inside a hanzi', () => {
    const items = decodeEscPos(bytes('1c26', ...Array(17).fill('d6d0'), '0a'), { columns: 32 });
    assert.deepEqual(items.map((i) => i.kind === 'text' && [[...i.text].length, i.wrapped ?? false]), [[16, true], [1, false]]);
  });

  test('QR store/print, CODE128 with code set C, CODE39 NUL-terminated, cuts, status requests', () => {
    const items = decodeEscPos(
      bytes('1d286b0400314132001d286b03003145311d286b06003150306162631d286b0300315130', '1d6b4908', '7b4241', '7b43', '1418', '05', '1d6b04', '41424300', '1d5600', '1d564203', '100404'),
    );
    assert.deepEqual(items, [
      { kind: 'qr', data: 'abc', moduleDots: 3, errorCorrection: 'M', model: 2 },
      { kind: 'barcode', symbology: 'CODE128', data: 'A202405' },
      { kind: 'barcode', symbology: 'CODE39', data: 'ABC' },
      { kind: 'cut', partial: false },
      { kind: 'cut', partial: true },
      { kind: 'status-request', n: 4 },
    ]);
  });

  test('unknown commands are reported, not thrown, and decoding goes on', () => {
    const items = decodeEscPos(bytes('1b7e', '680a', '1d286b0300304130', '07'));
    assert.deepEqual(items, [
      { kind: 'unknown', bytes: [0x1b, 0x7e] },
      { kind: 'text', text: 'h', align: 'left', bold: false, size: 'normal', columns: 1, segments: [{ text: 'h', bold: false, size: 'normal' }] },
      { kind: 'unknown', bytes: [0x1d, 0x28, 0x6b, 3, 0, 0x30, 0x41, 0x30] },
      { kind: 'unknown', bytes: [7] },
    ]);
  });

  test('a command cut short at the end of the stream is unknown', () => {
    assert.deepEqual(decodeEscPos(bytes('1d286b0500315030')), [{ kind: 'unknown', bytes: [0x1d, 0x28, 0x6b, 5, 0, 0x31, 0x50, 0x30] }]);
  });

  test('property: a receipt fed in arbitrary chunks decodes the same as in one piece', () => {
    const receipt = encodeReceipt(
      { lines: [{ kind: 'text', text: '青石镇 取号', bold: true }, { kind: 'qr', data: 'q/1' }, { kind: 'barcode', data: 'A1-2024' }] },
      42,
    );
    const whole = decodeEscPos(receipt);
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: receipt.length }), { maxLength: 10 }), (cuts) => {
        const d = new EscPosDecoder();
        const points = [0, ...[...new Set(cuts)].sort((a, b) => a - b), receipt.length];
        const items = points.slice(1).flatMap((end, k) => d.push(receipt.subarray(points[k], end)));
        assert.deepEqual([...items, ...d.end()], whole);
      }),
      { numRuns: 200 },
    );
  });

  test('property: random bytes never make the decoder throw', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), fc.option(fc.constantFrom(32, 48)), (b, columns) => {
        decodeEscPos(b, { columns: columns ?? undefined });
      }),
      { numRuns: 500 },
    );
  });

  test('property: a corrupted receipt never makes the decoder throw', () => {
    const receipt = encodeReceipt({ lines: [{ kind: 'text', text: '中文 text' }, { kind: 'qr', data: 'x' }] }, 32);
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(receipt.length - 1), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 6 }), fc.nat(receipt.length), (flips, cutAt) => {
        const b = receipt.slice(0, cutAt || receipt.length);
        for (const [at, v] of flips) if (at < b.length) b[at] = v;
        decodeEscPos(b, { columns: 32 });
      }),
      { numRuns: 500 },
    );
  });
});
