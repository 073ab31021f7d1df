// The 整改 pages' words: every English message has its Chinese source and the same arguments, every
// message formats in the console's language (the language switch, i18n/language.ts).
import { test, afterEach } from 'vitest';
import assert from 'node:assert/strict';
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { nameOf, rectificationWords, say } from '../../central/console/rectification-words.ts';
import { setLanguage } from '../../central/console/i18n/language.ts';

afterEach(() => setLanguage('zh-CN'));

function argumentsOf(message: string): string[] {
  const names = new Set<string>();
  const walk = (elements: MessageFormatElement[]) => {
    for (const el of elements) {
      if (el.type === TYPE.argument || el.type === TYPE.number || el.type === TYPE.plural || el.type === TYPE.select) names.add(el.value);
      if (el.type === TYPE.plural || el.type === TYPE.select) for (const option of Object.values(el.options)) walk(option.value);
    }
  };
  walk(parse(message));
  return [...names].sort();
}

function flatten(catalog: object, prefix = ''): Map<string, string> {
  return new Map(Object.entries(catalog).flatMap(([k, v]) => (typeof v === 'string' ? [[`${prefix}${k}`, v] as const] : [...flatten(v as object, `${prefix}${k}.`)])));
}

test('every English message has a Chinese source with the same arguments', () => {
  const zh = flatten(rectificationWords['zh-CN']);
  const en = flatten(rectificationWords.en);
  assert.ok(en.size >= zh.size - 2, `English covers the pages (${en.size} of ${zh.size})`);
  for (const [key, message] of en) {
    assert.ok(zh.has(key), `${key}: no Chinese source`);
    assert.deepEqual(argumentsOf(message), argumentsOf(zh.get(key)!), key);
  }
});

test('messages format in both languages, following the console\'s language switch', () => {
  assert.equal(say('remaining', { n: 3 }), '剩余 3 个工作日');
  assert.equal(say('remaining', { n: 0 }), '今日到期');
  assert.equal(say('overdue', { n: 2 }), '超期 2 个工作日');
  assert.equal(nameOf('states', '待回访'), '待回访');
  setLanguage('en');
  assert.equal(say('remaining', { n: 1 }), '1 working day left');
  assert.equal(say('overdue', { n: 2 }), '2 working days overdue');
  assert.equal(nameOf('actions', '退回'), 'Send back');
});
