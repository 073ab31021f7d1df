// The translated catalogs, each complete for the resident-facing source (zh-CN.ts). All four are
// bundled: together they are a few kilobytes, and a language switch must not wait on a network.
import type { Locale } from '../../shared/locales.ts';
import { bo } from './bo.ts';
import { en } from './en.ts';
import { ug } from './ug.ts';

export const translations: Record<Exclude<Locale, 'zh-CN'>, object> = { bo, ug, en };

/** The translated message at a path (e.g. ['info', 'title']), or undefined when the language lacks it. */
export function translationAt(locale: Locale, path: readonly string[]): unknown {
  if (locale === 'zh-CN') return undefined;
  let node: unknown = translations[locale];
  for (const key of path) {
    if (typeof node !== 'object' || node === null || !Object.hasOwn(node, key)) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}
