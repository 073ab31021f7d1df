// The Tibetan and Uyghur keyboard layouts (issue 11; data the keyboard component takes at merge):
// a resident can type every letter of their alphabet, and Tibetan stacks through the subjoined layer.
import { test } from 'vitest';
import assert from 'node:assert/strict';
import { tibetanLayout } from '../../renderer/i18n/keyboard-layouts/bo.ts';
import { uyghurLayout } from '../../renderer/i18n/keyboard-layouts/ug.ts';
import { LATCH, type KeyboardLayoutData } from '../../renderer/i18n/keyboard-layouts/types.ts';

const keysOf = (layout: KeyboardLayoutData, ...layers: string[]) => new Set(layers.flatMap((l) => layout.layers[l]!.flat()));

test('Tibetan: the 30 consonants, the vowel signs, tsheg and shad on the first layer, digits 0-9', () => {
  const base = keysOf(tibetanLayout, 'default');
  const missing = [...'ཀཁགངཅཆཇཉཏཐདནཔཕབམཙཚཛཝཞཟའཡརལཤསཧཨ', ...'ིེོུ', '་', '།', ...'0123456789'].filter((c) => !base.has(c));
  assert.deepEqual(missing, []);
  assert.ok(base.has(LATCH), 'a key reaches the subjoined letters');
});

test('Tibetan: a stacked word such as བསྒྲུབས་ is typed letter by letter, the stacked ones from the subjoined layer', () => {
  const base = keysOf(tibetanLayout, 'default');
  const subjoined = keysOf(tibetanLayout, 'subjoined');
  for (const ch of 'བསྒྲུབས་') assert.ok(base.has(ch) || subjoined.has(ch), `${ch} U+${ch.codePointAt(0)!.toString(16)} cannot be typed`);
  for (const ch of 'ྐྒྲླྱྭྟྡྦྨྣྤ') assert.ok(subjoined.has(ch), `subjoined ${ch} missing`);
});

test('Uyghur: right-to-left, every letter of the alphabet and the hamza carrier on the plain or shifted keys', () => {
  assert.equal(uyghurLayout.direction, 'rtl');
  const keys = keysOf(uyghurLayout, 'default', 'shift');
  const missing = [...'ائەبپتجچخدرزژسشغفقكگڭلمنھوۇۆۈۋېىي', '،', '؟'].filter((c) => !keys.has(c));
  assert.deepEqual(missing, []);
});

test('both name their source and licence', () => {
  for (const layout of [tibetanLayout, uyghurLayout]) assert.match(layout.source, /xkb-data .*symbols\/cn\(.*\); MIT\/X11/);
});

test('the keyboard offers the language\'s script first in text fields (bo: tibetan, ug: uyghur, en: latin letters), never on number pads', async () => {
  const { layoutsForLocale, scriptRows, scriptLayoutFor } = await import('../../renderer/components/keyboard/layouts.ts');
  const text = ['pinyin', 'latin', 'digits'] as const;
  // Every field that offers pinyin offers 手写 right after it (issue 22: elders who never learned pinyin).
  assert.deepEqual(layoutsForLocale(text, 'bo'), ['tibetan', 'pinyin', 'handwriting', 'latin', 'digits']);
  assert.deepEqual(layoutsForLocale(text, 'ug'), ['uyghur', 'pinyin', 'handwriting', 'latin', 'digits']);
  assert.deepEqual(layoutsForLocale(text, 'zh-CN'), ['pinyin', 'handwriting', 'latin', 'digits']);
  assert.deepEqual(layoutsForLocale(text, 'en'), ['latin', 'pinyin', 'handwriting', 'digits'], 'an English reader starts on English letters');
  assert.deepEqual(layoutsForLocale(['pinyin'], 'en'), ['latin', 'pinyin', 'handwriting'], 'a pinyin-only field still opens on letters in English');
  assert.deepEqual(layoutsForLocale(['latin', 'pinyin'], 'en'), ['latin', 'pinyin', 'handwriting']);
  assert.deepEqual(layoutsForLocale(['latin'], 'zh-CN'), ['latin'], 'a letters-only field (a site code) gets no 手写');
  assert.deepEqual(layoutsForLocale(['handwriting', 'pinyin'], 'zh-CN'), ['handwriting', 'pinyin'], 'a field naming 手写 keeps its order');
  assert.deepEqual(layoutsForLocale(['phone'], 'en'), ['phone']);
  assert.deepEqual(layoutsForLocale(['phone'], 'bo'), ['phone']);
  assert.deepEqual(layoutsForLocale(['digits'], 'ug'), ['digits']);
  assert.deepEqual(layoutsForLocale(['latin', 'uyghur'], 'ug'), ['latin', 'uyghur'], 'a field naming the script keeps its order');
  assert.equal(scriptLayoutFor('bo'), 'tibetan');
  // Each layer is the generated data as is: the subjoined ག on the key of ག.
  const plain = scriptRows('tibetan', 'default');
  const sub = scriptRows('tibetan', 'subjoined');
  const [r, c] = [plain.findIndex((row) => row.includes('ག')), 0];
  assert.equal(sub[r]![plain[r]!.indexOf('ག') + c], 'ྒ');
  assert.deepEqual(scriptRows('uyghur', 'subjoined'), uyghurLayout.layers.default, 'a layout without the layer shows its plain keys');
});
