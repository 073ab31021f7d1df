// The console says the hub's refusals in the clerk's language: a clerk working in Chinese must not
// read "invalid 转办: reason: Required". Every refusal the workbench's routes can send has a
// Chinese sentence; in English the hub's own (more detailed) message shows.
import { afterEach, describe, expect, test } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { hubErrorText, saidCodes } from '../../central/console/hub-error-words.ts';
import { setLanguage } from '../../central/console/i18n/language.ts';

/** The sources of what a console user calls: the workbench, 整改, statistics, accounts, logins, the recording page. */
const consoleRoutes = ['central/routes/workbench', 'central/routes/rectification', 'central/routes/statistics', 'central/routes/cases', 'central/audit', 'central/accounts', 'central/console-auth.ts', 'central/routes/console.ts', 'central/routes/admin-auth.ts', 'central/routes/voice-recording'];

function sources(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path).flatMap((name) => sources(join(path, name)));
}

const thrownCodes = [...new Set(consoleRoutes.flatMap(sources).flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/HttpError\(\d+, '([a-z-]+)'/g)].map((m) => m[1]!)))].sort();

describe('the hub\'s refusals in the console\'s words', () => {
  afterEach(() => setLanguage('zh-CN'));

  test('every refusal code the console\'s routes send has a Chinese sentence', () => {
    expect(thrownCodes.length).toBeGreaterThan(20);
    expect(thrownCodes.filter((code) => !saidCodes.includes(code))).toEqual([]);
  });

  test('in Chinese a known code reads as the console\'s sentence, a form\'s missing field by its label, anything else with the hub\'s words after a Chinese lead', () => {
    expect(hubErrorText(409, { error: 'case-closed', message: 'case 0001-0000001-1 is 已办结: a closed case is not handed on' })).toBe('该件已办结，不能再办理');
    expect(hubErrorText(400, { error: 'invalid-body', message: 'invalid 转办: reason: Required', issues: [{ path: 'reason', message: 'Required' }] })).toBe('请检查填写的内容：转办理由');
    expect(hubErrorText(400, { error: 'invalid-body', message: 'invalid x', issues: [{ path: 'mystery', message: 'bad' }] })).toBe('请检查填写的内容');
    expect(hubErrorText(409, { error: 'rollout-active', message: 'a rollout is already running' })).toBe('操作未完成：a rollout is already running');
    expect(hubErrorText(502, null)).toBe('操作未完成：HTTP 502');
  });

  test('in English the hub\'s own message shows', () => {
    setLanguage('en');
    expect(hubErrorText(409, { error: 'case-closed', message: 'case 0001-0000001-1 is 已办结: a closed case is not handed on' })).toBe('case 0001-0000001-1 is 已办结: a closed case is not handed on');
  });
});
