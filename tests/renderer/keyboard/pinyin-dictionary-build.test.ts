// The build step that turns jieba's frequency list into the keyboard's dictionary, on a small list
// in jieba's own format (`word frequency part-of-speech`).
import { test } from 'vitest';
import assert from 'node:assert/strict';
import { buildPinyinDictionary } from '../../../scripts/build-pinyin-dictionary.ts';

const jieba = ['正负 57 v', '政府 23452 n', '银行 9000 n', 'AA制 3 n', '政府工作报告书 40 n', '行 50000 v', '政 800 n', '政府 48 n', ''].join('\n');

test('entries are ordered by frequency, with readings by word, ü as v, and duplicates added up', () => {
  const lines = buildPinyinDictionary(jieba).trim().split('\n');
  assert.deepEqual(lines.slice(0, 4), ['行 xing', '政府 zheng fu', '银行 yin hang', '行 hang']);
  assert.ok(lines.indexOf('政 zheng') < lines.indexOf('正负 zheng fu'));
  assert.equal(lines.filter((l) => l.startsWith('政府 ')).length, 1, 'the two 政府 lines are one entry');
});

test('what a resident cannot type in pinyin, or would not, is left out', () => {
  const text = buildPinyinDictionary(jieba);
  assert.doesNotMatch(text, /AA制/, 'Latin letters in a word');
  assert.doesNotMatch(text, /政府工作报告书/, 'longer than four characters');
  assert.match(buildPinyinDictionary('绿 100 a\n'), /^绿 lv$/m);
});
