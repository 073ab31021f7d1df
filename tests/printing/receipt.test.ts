import { describe, test } from 'vitest';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { encodeReceipt, layoutReceipt, type Receipt } from '../../printing/receipt.ts';
import { textColumns } from '../../printing/escpos/columns.ts';
import { decodeEscPos, type DecodedItem } from '../../drivers/sim/escpos-decoder.ts';

const queueTicket: Receipt = {
  lines: [
    { kind: 'text', text: '青石镇便民服务中心', align: 'center', bold: true },
    { kind: 'text', text: 'A023', align: 'center', size: 'double' },
    { kind: 'pair', label: '业务', value: '户籍证明' },
    { kind: 'pair', label: '时间', value: '2024-05-01 09:30' },
    { kind: 'rule' },
    { kind: 'text', text: '请留意叫号，过号请重新取号。' },
    { kind: 'qr', data: 'https://gov.example/q/A023' },
    { kind: 'barcode', data: 'A023-20240501' },
  ],
};
const texts = (items: DecodedItem[]) => items.flatMap((i) => (i.kind === 'text' ? [i] : []));

describe('encodeReceipt', () => {
  test('a queue ticket decodes to the lines a resident reads, in order, on 32-column paper', () => {
    const items = decodeEscPos(encodeReceipt(queueTicket, 32), { columns: 32 });
    assert.deepEqual(
      texts(items).map((t) => t.text),
      [
        '青石镇便民服务中心',
        'A023',
        '业务' + ' '.repeat(20) + '户籍证明',
        '时间' + ' '.repeat(12) + '2024-05-01 09:30',
        '-'.repeat(32),
        '请留意叫号，过号请重新取号。',
      ],
    );
    const [title, number] = texts(items);
    assert.equal(title.align, 'center');
    assert.equal(title.bold, true);
    assert.equal(number.size, 'double');
    assert.equal(number.bold, false, 'bold does not leak into the next line');
    assert.deepEqual(items.filter((i) => i.kind === 'qr').map((i) => i.kind === 'qr' && [i.data, i.errorCorrection, i.model]), [['https://gov.example/q/A023', 'M', 2]]);
    assert.deepEqual(items.filter((i) => i.kind === 'barcode').map((i) => i.kind === 'barcode' && i.data), ['A023-20240501']);
  });

  test('starts with ESC @ and Chinese mode, feeds past the cutter and ends with one partial cut', () => {
    const bytes = encodeReceipt(queueTicket, 48);
    assert.equal(Buffer.from(bytes.subarray(0, 4)).toString('hex'), '1b401c26');
    const items = decodeEscPos(bytes);
    const cuts = items.filter((i) => i.kind === 'cut');
    assert.deepEqual(cuts, [{ kind: 'cut', partial: true }]);
    assert.equal(items[items.length - 1].kind, 'cut');
    const feed = items[items.length - 2];
    assert.ok(feed.kind === 'feed' && feed.lines >= 3, 'feeds at least 3 lines before cutting');
  });

  test('a barcode too wide for the paper is a clear error, not a clipped symbol', () => {
    assert.throws(() => encodeReceipt({ lines: [{ kind: 'barcode', data: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ' }] }, 32), /too wide for 32-column/);
  });

  test('an invalid receipt is refused with the field named', () => {
    assert.throws(() => encodeReceipt({ lines: [{ kind: 'feed', lines: 0 }] } as Receipt, 32), /lines/);
  });

  test('property: any text receipt round-trips through the decoder with no line wider than the paper', () => {
    const line = fc.oneof(
      fc.record({
        kind: fc.constant('text' as const),
        text: fc.string({ unit: fc.constantFrom('号', '办', '，', 'a', 'B', ' ', '7', '证'), maxLength: 70 }),
        size: fc.constantFrom('normal' as const, 'double' as const, 'double-height' as const),
        bold: fc.boolean(),
        align: fc.constantFrom('left' as const, 'center' as const, 'right' as const),
      }),
      fc.record({
        kind: fc.constant('pair' as const),
        label: fc.string({ unit: fc.constantFrom('业', '务', 'x', ' '), maxLength: 30 }),
        value: fc.string({ unit: fc.constantFrom('值', '1', 'y'), maxLength: 30 }),
      }),
    );
    fc.assert(
      fc.property(fc.array(line, { maxLength: 8 }), fc.constantFrom(32 as const, 42 as const, 48 as const), (lines, columns) => {
        const receipt = { lines };
        const decoded = texts(decodeEscPos(encodeReceipt(receipt, columns), { columns }));
        const expected = layoutReceipt(receipt, columns).flatMap((l) => (l.kind === 'text' ? [l] : []));
        assert.deepEqual(decoded.map((d) => d.text), expected.map((e) => e.text));
        assert.deepEqual(decoded.map((d) => d.size), expected.map((e) => e.size));
        for (const d of decoded) {
          assert.ok(d.columns <= columns, `decoded line "${d.text}" uses ${d.columns} columns`);
          assert.equal(d.wrapped, undefined, 'the printer never had to wrap a line itself');
        }
        for (const e of expected) assert.ok(textColumns(e.text) <= columns);
      }),
      { numRuns: 150 },
    );
  });
});
