import { describe, test } from 'vitest';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { centreLine, pairLines, textColumns, wrapText } from '../../printing/escpos/columns.ts';

const WIDTHS = [32, 42, 48] as const;
const nonSpace = (s: string) => [...s].filter((c) => c !== ' ' && c !== '\n').join('');

// Text as a resident's notes might look: hanzi, Latin words, digits, punctuation, spaces.
const piece = fc.oneof(
  fc.constantFrom('办', '理', '证', '明', '户', '籍', '，', '。', '𠀀', '·'),
  fc.constantFrom('a', 'b', 'Z', '1', '-', '.', ' ', ' '),
  fc.string({ unit: fc.constantFrom('x', 'y', 'ü'), minLength: 1, maxLength: 60 }),
);
const text = fc.array(piece, { maxLength: 80 }).map((a) => a.join(''));

describe('column arithmetic', () => {
  test('a hanzi takes two columns, ASCII one', () => {
    assert.equal(textColumns('A023'), 4);
    assert.equal(textColumns('户籍证明'), 8);
    assert.equal(textColumns('号A'), 3);
    assert.equal(textColumns('号A', 2), 6);
  });

  test('48 hanzi-columns hold 24 hanzi per line, 32 hold 16', () => {
    const hanzi = '请携带本人身份证原件及复印件到三号窗口办理'.repeat(3);
    for (const w of WIDTHS) {
      const lines = wrapText(hanzi, w);
      for (const l of lines.slice(0, -1)) assert.equal([...l].length, w / 2);
    }
  });

  test('Latin words break at spaces, not inside a word', () => {
    assert.deepEqual(wrapText('Please wait for your number to be called', 16), ['Please wait for', 'your number to', 'be called']);
  });

  test('a word longer than the line is split between characters', () => {
    assert.deepEqual(wrapText('https://example.gov.cn/abcdef', 16), ['https://example.', 'gov.cn/abcdef']);
  });

  test('closing punctuation does not start a line: the last hanzi comes down with it', () => {
    const lines = wrapText('一二三四五六七八，九十', 16);
    assert.deepEqual(lines, ['一二三四五六七', '八，九十']);
  });

  test('double width halves the characters per line', () => {
    const lines = wrapText('取号成功请等候叫号谢谢您的耐心', 32, 2);
    for (const l of lines) assert.ok(textColumns(l, 2) <= 32);
    assert.equal([...lines[0]].length, 8);
  });

  test('explicit newlines start new lines and blank lines are kept', () => {
    assert.deepEqual(wrapText('一\n\n二', 32), ['一', '', '二']);
  });

  test('property: no line is wider than the paper, no character is lost, order kept', () => {
    for (const w of WIDTHS) {
      fc.assert(
        fc.property(text, fc.constantFrom(1, 2), (t, mult) => {
          const lines = wrapText(t, w, mult);
          for (const l of lines) assert.ok(textColumns(l, mult) <= w, `"${l}" is ${textColumns(l, mult)} > ${w}`);
          assert.equal(nonSpace(lines.join('')), nonSpace(t));
        }),
        { numRuns: 300 },
      );
    }
  });

  test('label/value pair: value flush right on the same line when it fits', () => {
    const [line] = pairLines('业务', '户籍证明', 32);
    assert.equal(line, '业务' + ' '.repeat(20) + '户籍证明');
    assert.equal(textColumns(line), 32);
  });

  test('property: pair lines fit the paper and keep label and value', () => {
    for (const w of WIDTHS) {
      fc.assert(
        fc.property(text, text, (label, value) => {
          const lines = pairLines(label, value, w);
          for (const l of lines) assert.ok(textColumns(l) <= w);
          assert.equal(nonSpace(lines.join('')), nonSpace(label + value));
        }),
        { numRuns: 200 },
      );
    }
  });

  test('centred line pads the left with half the free columns', () => {
    assert.equal(centreLine('取号', 32), ' '.repeat(14) + '取号');
    assert.equal(centreLine('A023', 32, 2), ' '.repeat(6) + 'A023');
  });
});
