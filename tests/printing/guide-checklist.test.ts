// A guide's material checklist on 58 mm and 80 mm paper: every line fits (hanzi two columns),
// each material starts with its own tick box, and its wrapped lines stay under the text.
import { test } from 'vitest';
import assert from 'node:assert/strict';
import { encodeReceipt } from '../../printing/receipt.ts';
import { textColumns } from '../../printing/escpos/columns.ts';
import { decodeEscPos } from '../../drivers/sim/escpos-decoder.ts';
import { guideChecklistReceipt } from '../../terminal/services/info-query/guide-receipt.ts';
import { sampleGuides } from '../support/info-samples.ts';

const guide = sampleGuides().items.find((g) => g.id === 'yanglao-daiyu')!;

for (const columns of [32, 42, 48] as const) {
  test(`checklist on ${columns}-column paper: lines fit, one box per material, wrapped lines indented`, () => {
    const receipt = guideChecklistReceipt({ siteName: '东升街道便民服务中心', timeZone: 'Asia/Shanghai', guide, printedAt: new Date('2026-11-23T09:30:00+08:00'), version: 2 });
    const lines = decodeEscPos(encodeReceipt(receipt, columns), { columns }).flatMap((i) => (i.kind === 'text' ? [i] : []));
    for (const line of lines) {
      const width = textColumns(line.text) * (line.size === 'normal' ? 1 : line.size === 'double-height' ? 1 : 2);
      assert.ok(width <= columns, `"${line.text}" is ${width} columns on ${columns}-column paper`);
    }
    const texts = lines.map((l) => l.text);
    const first = texts.findIndex((t) => t.startsWith('□ 1.'));
    const end = texts.indexOf('-'.repeat(columns), first);
    assert.ok(first > 0 && end > first, texts.join('\n'));
    const block = texts.slice(first, end);
    assert.equal(block.filter((t) => t.startsWith('□ ')).length, guide.materials.length);
    for (const t of block) assert.ok(t.startsWith('□ ') || t.startsWith('   '), `"${t}" is a box line or indented under one`);
    // Read back, the boxes hold every material's words in full.
    const joined = block.map((t) => t.slice(2).trim()).join('');
    for (const m of guide.materials) assert.ok(joined.includes(m.name), `${m.name} on ${columns} columns`);
    if (columns === 32) assert.ok(block.length > guide.materials.length, 'narrow paper wraps long materials');
  });
}
