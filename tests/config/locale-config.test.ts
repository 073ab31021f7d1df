// `ui.locale` (issue 11): the site's language, zh-CN unless configured; a language without a
// catalog is refused with the field named, so a typo does not silently give Chinese.
import { test } from 'vitest';
import assert from 'node:assert/strict';
import { parseConfig } from '../../config/load.ts';

test('ui.locale defaults to zh-CN and takes bo, ug or en', () => {
  assert.equal(parseConfig({}, 'hall.json').ui.locale, 'zh-CN');
  for (const locale of ['bo', 'ug', 'en']) assert.equal(parseConfig({ ui: { locale } }, 'hall.json').ui.locale, locale);
});

test('an unknown language is refused naming the field, the file and the choices', () => {
  assert.throws(() => parseConfig({ ui: { locale: 'uy' } }, 'hall.json'), (error: Error) => {
    assert.match(error.message, /hall\.json/);
    assert.match(error.message, /ui\.locale/);
    assert.match(error.message, /"zh-CN", "bo", "ug", "en"/);
    return true;
  });
});
