// What each language's catalog lacks or gets wrong, measured against the Chinese source: missing
// keys, keys the source does not have, messages that do not parse as ICU MessageFormat, and
// messages whose arguments differ from the source's declared ones (a translation that drops
// {code} would hide the resident's verification code). Used by the unit test and by
// `npm run i18n:check`; pure data in, problems out.
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import type { Locale } from '../../shared/locales.ts';
import type { SourceCatalog } from './message.ts';
import { isIcuMessage } from '../../shared/icu-message.ts';

export interface SourceEntry {
  /** e.g. 'info.resultCount' */
  id: string;
  path: string[];
  /** The Chinese ICU message; null for an arrow function an area file still has. */
  message: string | null;
  args: readonly string[];
}

export type Problem =
  | { kind: 'missing'; locale: Locale; id: string }
  | { kind: 'unknown-key'; locale: Locale; id: string }
  | { kind: 'not-icu'; locale: Locale; id: string; detail: string }
  | { kind: 'arguments'; locale: Locale; id: string; detail: string }
  | { kind: 'function-in-source'; locale: Locale; id: string };

export function sourceEntries(source: SourceCatalog, path: string[] = []): SourceEntry[] {
  return Object.entries(source).flatMap(([key, value]): SourceEntry[] => {
    const at = [...path, key];
    const id = at.join('.');
    if (typeof value === 'string') return [{ id, path: at, message: value, args: [] }];
    if (isIcuMessage(value)) return [{ id, path: at, message: value.icu, args: value.args }];
    if (typeof value === 'function') return [{ id, path: at, message: null, args: [] }];
    return sourceEntries(value, at);
  });
}

/** The argument names a message uses, through plural and select branches. Throws when it does not parse. */
export function argumentsOf(message: string): Set<string> {
  const names = new Set<string>();
  const walk = (elements: MessageFormatElement[]) => {
    for (const el of elements) {
      if (el.type === TYPE.literal || el.type === TYPE.pound) continue;
      names.add(el.value);
      if (el.type === TYPE.plural || el.type === TYPE.select) for (const option of Object.values(el.options)) walk(option.value);
      if (el.type === TYPE.tag) walk(el.children);
    }
  };
  walk(parse(message));
  return names;
}

function leafIds(node: unknown, path: string[] = []): string[] {
  if (typeof node !== 'object' || node === null) return [path.join('.')];
  return Object.entries(node).flatMap(([key, value]) => leafIds(value, [...path, key]));
}

function valueAt(node: unknown, path: readonly string[]): unknown {
  for (const key of path) {
    if (typeof node !== 'object' || node === null || !Object.hasOwn(node, key)) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

function checkMessage(locale: Locale, entry: SourceEntry, message: string): Problem[] {
  let used: Set<string>;
  try {
    used = argumentsOf(message);
  } catch (error) {
    return [{ kind: 'not-icu', locale, id: entry.id, detail: error instanceof Error ? error.message : String(error) }];
  }
  const declared = new Set(entry.args);
  const missing = [...declared].filter((a) => !used.has(a));
  const extra = [...used].filter((a) => !declared.has(a));
  if (!missing.length && !extra.length) return [];
  const detail = [missing.length ? `lacks {${missing.join('}, {')}}` : '', extra.length ? `has unknown {${extra.join('}, {')}}` : '']
    .filter(Boolean)
    .join('; ');
  return [{ kind: 'arguments', locale, id: entry.id, detail }];
}

/** The source's own problems (zh-CN) and each translation's, against it. */
export function checkCatalogs(source: SourceCatalog, translations: Partial<Record<Locale, unknown>>): Problem[] {
  const entries = sourceEntries(source);
  const problems: Problem[] = [];
  for (const entry of entries) {
    if (entry.message === null) problems.push({ kind: 'function-in-source', locale: 'zh-CN', id: entry.id });
    else problems.push(...checkMessage('zh-CN', entry, entry.message));
  }
  const known = new Set(entries.map((e) => e.id));
  for (const [locale, catalog] of Object.entries(translations) as [Locale, unknown][]) {
    for (const entry of entries) {
      const message = valueAt(catalog, entry.path);
      if (typeof message !== 'string') problems.push({ kind: 'missing', locale, id: entry.id });
      else problems.push(...checkMessage(locale, entry, message));
    }
    for (const id of leafIds(catalog)) if (!known.has(id)) problems.push({ kind: 'unknown-key', locale, id });
  }
  return problems;
}

export function describe(problem: Problem): string {
  switch (problem.kind) {
    case 'missing':
      return `${problem.locale}: missing ${problem.id}`;
    case 'unknown-key':
      return `${problem.locale}: ${problem.id} is not in zh-CN (renamed or removed there?)`;
    case 'not-icu':
      return `${problem.locale}: ${problem.id} is not valid ICU MessageFormat: ${problem.detail}`;
    case 'arguments':
      return `${problem.locale}: ${problem.id} ${problem.detail}`;
    case 'function-in-source':
      return `zh-CN: ${problem.id} is a function; make it icu('…{arg}…', 'arg') (renderer/i18n/README.md)`;
  }
}
