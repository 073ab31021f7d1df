// The console's word tables (central/console/*-words.ts, every page's, also pages added later):
// each key in Chinese and English, each message valid ICU with the same arguments in both; and `t`
// speaks the chosen language, falls back to Chinese, and formats dates on the hub's clock.
import { describe, test, afterEach } from 'vitest';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isWordTable, words, type WordTable } from '../../central/console/i18n/words.ts';
import { wordTableProblems } from '../../central/console/i18n/check-words.ts';
import { getLanguage, setLanguage } from '../../central/console/i18n/language.ts';
import { calendarDay, count, dateTime, setHubTimeZone } from '../../central/console/i18n/dates.ts';
import { clockText } from '../../central/console/workbench-words.ts';

const consoleDir = fileURLToPath(new URL('../../central/console/', import.meta.url));
const modules: Record<string, Record<string, unknown>> = Object.fromEntries(
  await Promise.all(readdirSync(consoleDir).filter((f) => f.endsWith('-words.ts')).map(async (f) => [f, await import(join(consoleDir, f))] as const)),
);
const tables = Object.entries(modules).flatMap(([file, exports]) =>
  Object.entries(exports)
    .filter(([, value]) => isWordTable(value))
    .map(([name, value]) => ({ id: `${file.replace(/^.*\//, '')} ${name}`, table: value as WordTable })),
);

describe('console word tables', () => {
  afterEach(() => setLanguage('zh-CN'));

  test('every page has its words in a table', () => {
    const files = Object.keys(modules).map((f) => f.replace(/^.*\//, ''));
    for (const file of ['workbench-words.ts', 'fleet-words.ts', 'case-words.ts', 'account-words.ts', 'console-words.ts', 'rollout-words.ts']) assert.ok(files.includes(file), file);
    assert.ok(tables.length >= 6, tables.map((t) => t.id).join(', '));
  });

  test.each(tables.map((t) => [t.id, t.table] as const))('%s: every key in both languages, valid ICU, same arguments', (_id, table) => {
    assert.deepEqual(wordTableProblems(table), []);
  });

  test('the check names a missing key, a broken message and a dropped argument', () => {
    const broken = { 'zh-CN': { a: '共 {n} 件', b: '好', c: '{x' }, en: { a: 'cases', c: 'x' } };
    assert.deepEqual(wordTableProblems(broken as unknown as WordTable), ['a: the languages\' arguments differ ({n})', 'en lacks b', 'zh-CN c is not ICU: EXPECT_ARGUMENT_CLOSING_BRACE']);
  });

  test('Chinese by default, English when chosen, Chinese for what English lacks', () => {
    const t = words({ 'zh-CN': { left: '剩余 {n} 件', only: '仅中文' }, en: { left: '{n, plural, one {# case} other {# cases}} left' } } as unknown as WordTable<'left' | 'only'>);
    assert.equal(getLanguage(), 'zh-CN');
    assert.equal(t('left', { n: 3 }), '剩余 3 件');
    setLanguage('en');
    assert.equal(t('left', { n: 1 }), '1 case left');
    assert.equal(t('left', { n: 1200 }), '1,200 cases left');
    assert.equal(t('only'), '仅中文');
    assert.equal(clockText({ state: 'running', phase: 'handling', dueDay: '2026-12-14', remainingWorkingDays: -2, overdue: true, nearlyDue: false }), '2 working days overdue');
    setLanguage('zh-CN');
    assert.equal(clockText({ state: 'running', phase: 'handling', dueDay: '2026-12-14', remainingWorkingDays: -2, overdue: true, nearlyDue: false }), '超期 2 个工作日');
  });

  test('dates on the hub\'s clock in each language\'s format, numbers grouped', () => {
    setHubTimeZone('Asia/Shanghai');
    assert.equal(dateTime('2026-12-06T16:05:00Z'), '2026年12月7日 00:05', 'past midnight in Beijing: the 7th');
    assert.equal(calendarDay('2026-02-17'), '2026年2月17日');
    setLanguage('en');
    assert.equal(dateTime('2026-12-06T16:05:00Z'), '2026-12-07 00:05', 'as the receipts print it');
    assert.equal(calendarDay('2026-02-17'), '2026-02-17');
    assert.equal(count(12345), '12,345');
    setHubTimeZone('Asia/Urumqi');
    assert.equal(dateTime('2026-12-06T16:05:00Z'), '2026-12-06 22:05');
    setHubTimeZone('Asia/Shanghai');
  });
});
