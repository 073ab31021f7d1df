// The message catalogs (issue 11): every language has every resident-facing message of the
// Chinese source, each parses as ICU MessageFormat and uses the source's arguments; and `t`
// formats them in the chosen language (plurals, numbers), falling back to Chinese, never blank.
import { afterEach, test } from 'vitest';
import assert from 'node:assert/strict';
import { bindCatalog } from '../../renderer/i18n/bind.ts';
import { checkCatalogs, describe } from '../../renderer/i18n/catalog-check.ts';
import { icu } from '../../shared/icu-message.ts';
import { getLocale, setLocale } from '../../renderer/i18n/locale-store.ts';
import { translationAt, translations } from '../../renderer/i18n/translations.ts';
import { zhCN } from '../../renderer/i18n/zh-CN.ts';
import { t } from '../../renderer/i18n/index.ts';
import type { Locale } from '../../shared/locales.ts';
import { readFileSync } from 'node:fs';
import { sourceEntries } from '../../renderer/i18n/catalog-check.ts';

afterEach(() => setLocale('zh-CN'));

test('bo, ug and en have every message of zh-CN, each valid ICU with the same arguments', () => {
  assert.deepEqual(checkCatalogs(zhCN, translations).map(describe), []);
  assert.ok(Object.keys(translations).length === 3);
});

test('the check names a missing key, a message that does not parse, a dropped or unknown argument, a stray key', () => {
  const source = { a: '甲', b: icu('取号时间 {time}', 'time'), area: { c: icu('{n, plural, other {# 票}}', 'n') }, legacy: (x: string) => `旧${x}` };
  const problems = checkCatalogs(source, {
    en: { b: 'Taken at', area: { c: '{n, plural, one {# vote}}' }, d: 'stray' },
    ug: { a: 'ئا', b: '{time} {clock}', area: { c: '{n, number} بېلەت' }, legacy: 'x' },
  }).map(describe);
  assert.deepEqual(problems.sort(), [
    'en: area.c is not valid ICU MessageFormat: MISSING_OTHER_CLAUSE',
    'en: b lacks {time}',
    'en: d is not in zh-CN (renamed or removed there?)',
    'en: missing a',
    'en: missing legacy',
    'ug: b has unknown {clock}',
    "zh-CN: legacy is a function; make it icu('…{arg}…', 'arg') (renderer/i18n/README.md)",
  ].sort());
});

test('t speaks the chosen language: positional arguments, plural rules and number formatting', () => {
  assert.equal(t.greeting('张*民'), '您好，张*民');
  setLocale('en');
  assert.equal(t.greeting('张*民'), 'Hello, 张*民');
  assert.equal(t.autoReturn(1), 'Back to the start in 1 second');
  assert.equal(t.autoReturn(5), 'Back to the start in 5 seconds');
  assert.equal(t.info.noticesCount(12345), 'Notices (12,345)');
  assert.equal(t.info.resultCountTruncated(20, 31), '31 results, showing the first 20');
  assert.equal(t.matters.state.open, 'Voting open');
  setLocale('ug');
  assert.equal(t.autoReturn(5), '5 سېكۇنتتىن كېيىن باش بەتكە قايتىدۇ');
  setLocale('bo');
  assert.equal(t.certificateCode('7KQ2-9XJD'), 'ཞིབ་བཤེར་ཨང་རྟགས། 7KQ2-9XJD');
  setLocale('zh-CN');
  assert.equal(t.info.material('户口簿', 2, '公安机关'), '户口簿 2 份 · 来源：公安机关');
  assert.equal(getLocale(), 'zh-CN');
});

test('every message of every language formats to visible text with sample arguments', () => {
  for (const locale of ['zh-CN', 'bo', 'ug', 'en'] as Locale[]) {
    setLocale(locale);
    const walk = (node: object, id: string) => {
      for (const [key, value] of Object.entries(node)) {
        const bound = id.split('.').filter(Boolean).reduce((n: any, k) => n[k], t as any)[key];
        if (typeof bound === 'string') assert.ok(bound.trim(), `${locale} ${id}${key} is blank`);
        else if (typeof bound === 'function') assert.ok(bound('X', 3, 'Y').trim(), `${locale} ${id}${key} is blank`);
        else walk(value, `${id}${key}.`);
      }
    };
    walk(zhCN, '');
  }
});

test('a language lacking a message, or with one that does not format, shows the Chinese one', () => {
  const source = { hello: '您好', count: icu('{n, number} 项', 'n') };
  const broken = { en: { count: '{n, number, ::currency/}' } };
  let locale: Locale = 'en';
  const bound = bindCatalog(source, (l, path) => (broken as Record<string, any>)[l]?.[path[0]!], () => locale);
  const errors = console.error;
  console.error = () => {};
  try {
    assert.equal(bound.hello, '您好');
    assert.equal(bound.count(3), '3 项');
  } finally {
    console.error = errors;
  }
  locale = 'zh-CN';
  assert.equal(bound.count(1234), '1,234 项');
  // An area file merged before its conversion to ICU keeps working, in Chinese.
  const legacy = bindCatalog({ cases: (n: number) => `共 ${n} 件` }, () => undefined, () => 'ug');
  assert.equal(legacy.cases(4), '共 4 件');
  assert.equal(translationAt('en', ['no', 'such', 'key']), undefined);
});

test('REVIEW.md lists every bo and ug message a native speaker has not checked yet', () => {
  const review = readFileSync('renderer/i18n/REVIEW.md', 'utf8');
  const reviewed = JSON.parse(readFileSync('renderer/i18n/reviewed.json', 'utf8')) as Record<'bo' | 'ug', string[]>;
  for (const locale of ['bo', 'ug'] as const) {
    const section = review.split(/^## /m).find((s) => s.includes(`(${locale})`)) ?? '';
    const unlisted = sourceEntries(zhCN)
      .filter((e) => !reviewed[locale].includes(e.id))
      .filter((e) => !section.includes(`| ${e.id} |`) || !section.includes(String(translationAt(locale, e.path)).replaceAll('|', '\\|')))
      .map((e) => e.id);
    assert.deepEqual(unlisted, [], `run npm run i18n:review (${locale})`);
  }
});
