// The pinyin engine over the real generated dictionary (jieba's frequencies, pinyin-pro's readings):
// what a resident sees in the candidate bar for what they typed.
import { describe, test, beforeAll } from 'vitest';
import assert from 'node:assert/strict';
import { loadOrBuildPinyinDictionary } from '../../../scripts/build-pinyin-dictionary.ts';
import { parsePinyinDictionary, type PinyinEngine } from '../../../renderer/components/keyboard/pinyin-engine.ts';

let engine: PinyinEngine;
const texts = (letters: string, first = 10) => engine.candidates(letters).slice(0, first).map((c) => c.text);
const positionOf = (letters: string, word: string) => engine.candidates(letters).findIndex((c) => c.text === word);

beforeAll(() => {
  engine = parsePinyinDictionary(loadOrBuildPinyinDictionary().text);
});

describe('pinyin candidates', () => {
  test('full pinyin without separators gives the word first', () => {
    assert.equal(texts('zhengfu')[0], '政府');
    assert.equal(texts('zhengwu')[0], '政务');
    assert.equal(texts('shequ')[0], '社区');
  });

  test('homophones are ranked by frequency: 政府 before the rarer 征服, 正负', () => {
    assert.ok(positionOf('zhengfu', '政府') < positionOf('zhengfu', '征服'));
    assert.ok(positionOf('zhengfu', '征服') < positionOf('zhengfu', '正负'));
    assert.ok(positionOf('xian', '先') < positionOf('xian', '西安'), 'xian reads both 先 and 西安 (xi an)');
  });

  test('whole words come before single characters, which consume fewer letters', () => {
    const all = engine.candidates('zhengfu');
    const firstSingle = all.findIndex((c) => [...c.text].length === 1);
    assert.ok(firstSingle > 0);
    assert.ok(all.slice(0, firstSingle).every((c) => c.letters === 7), 'words spelled by all the letters first');
    assert.deepEqual(all[firstSingle], { text: all[firstSingle]!.text, letters: 5 }, 'a single character takes "zheng" and leaves "fu"');
    assert.ok(all.some((c) => c.text === '政' && c.letters === 5));
  });

  test('a phrase not in the dictionary is offered whole, built from its words', () => {
    assert.deepEqual(engine.candidates('zhengwufuwu')[0], { text: '政务服务', letters: 11 });
    assert.equal(texts('zhengwufuwuzhongxin')[0], '政务服务中心');
    assert.equal(texts('yanglaobaoxian')[0], '养老保险', 'too rare in the frequency list to be kept as a word');
  });

  test('a begun last syllable: zhengf finds 政府 among the first candidates', () => {
    assert.ok(texts('zhengf', 3).includes('政府'), texts('zhengf', 3).join(' '));
  });

  test('initials: zf gives 政府, ylbx gives 医疗保险', () => {
    assert.ok(texts('zf', 3).includes('政府'), texts('zf', 3).join(' '));
    assert.equal(texts('ylbx')[0], '医疗保险');
  });

  test('ü is typed v (lvse → 绿色), capitals are read as lower case', () => {
    assert.equal(texts('lvse')[0], '绿色');
    assert.equal(texts('SheQu')[0], '社区');
  });

  test('letters that spell nothing give no candidates, and non-letters none either', () => {
    assert.deepEqual(engine.candidates('vvv'), []);
    assert.deepEqual(engine.candidates(''), []);
    assert.deepEqual(engine.candidates('zheng fu'), []);
  });

  test('a line without a reading is refused with its line number', () => {
    assert.throws(() => parsePinyinDictionary('好 hao\n政府\n'), /line 2 has no reading/);
  });
});

describe('continuations after a pick (the 手写 pad\'s 联想)', () => {
  test('after 养 comes 老 among the first; after 养老, what makes 养老院 or 养老金', () => {
    assert.ok(engine.continuations('养').slice(0, 6).includes('老'), engine.continuations('养').slice(0, 6).join(' '));
    const afterPhrase = engine.continuations('养老').slice(0, 6);
    assert.ok(afterPhrase.includes('院') && afterPhrase.includes('金'), afterPhrase.join(' '));
  });

  test('the longest ending that starts words wins: after 申请 the words after 申请, after 申请低 those after 低', () => {
    assert.ok(engine.continuations('申请').slice(0, 6).includes('书'), engine.continuations('申请').slice(0, 6).join(' '));
    assert.deepEqual(engine.continuations('申请低', 12), engine.continuations('低', 12), 'no word starts with 请低 or 申请低');
    assert.deepEqual(engine.continuations(''), []);
    assert.ok(engine.continuations('养', 5).length <= 5);
  });
});
