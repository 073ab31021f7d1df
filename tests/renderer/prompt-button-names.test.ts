// Words agree (issue 22): a spoken prompt that tells the resident to press a button names it in
// the words the button shows, in every language; and the Tibetan prompts spell ID card and exit as
// the screen does.
import { test } from 'vitest';
import assert from 'node:assert/strict';
import { catalogFor, locales } from '../../renderer/i18n/index.ts';
import { named, promptButtons } from '../../renderer/i18n/button-names.ts';

type Entry = string | ((...args: (string | number)[]) => string) | Record<string, unknown>;
const at = (catalog: unknown, path: string): Entry => path.split('.').reduce((node, key) => (node as Record<string, Entry>)[key]!, catalog as Entry);
// A prompt with arguments (a service's name, seconds left) said with stand-ins: the button's words
// are outside them.
const said = (entry: Entry): string => (typeof entry === 'function' ? entry(...Array(4).fill(30)) : String(entry));

test('every prompt that names a button says exactly the words on that button, in every language', () => {
  const zh = catalogFor('zh-CN');
  for (const locale of locales) {
    const t = catalogFor(locale);
    for (const [prompt, buttons] of Object.entries(promptButtons)) {
      const text = said(at(t, prompt));
      if (locale !== 'zh-CN') assert.notEqual(text, said(at(zh, prompt)), `${locale} ${prompt} is its own language, not the Chinese fallback`);
      for (const button of buttons) {
        const label = named(String(at(t, button)));
        assert.ok(label.length > 0, `${locale} ${button} has words`);
        assert.ok(text.includes(label), `${locale} ${prompt} names ${button} as the button shows it ("${label}"): ${text}`);
      }
    }
  }
});

test('a button\'s words lose only their closing mark inside a sentence', () => {
  assert.equal(named('ཕྱིར་ཐོན།'), 'ཕྱིར་ཐོན');
  assert.equal(named('退出'), '退出');
  assert.equal(named('Check, then submit'), 'Check, then submit');
});

test('Tibetan prompts spell the ID card ལག་འཁྱེར and exiting ཕྱིར་ཐོན, as the screen does', () => {
  const bo = catalogFor('bo') as unknown as Record<string, Entry>;
  const prompts = Object.keys(bo).filter((key) => key.startsWith('prompt')).map((key) => said(bo[key]!));
  assert.ok(prompts.length > 30);
  assert.ok(said(bo.placeCard!).includes('ལག་འཁྱེར'), 'the screen says ལག་འཁྱེར');
  for (const text of prompts) {
    assert.doesNotMatch(text, /ལག་ཁྱེར(?!་ཁ་པར)/u, `ID card as on screen: ${text}`);
    assert.doesNotMatch(text, /ཕྱིར་འཐེན/u, `exit as on screen: ${text}`);
  }
});
