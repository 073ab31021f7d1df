// A page's words: a table `{ 'zh-CN': {...}, en: {...} }` of ICU messages under the same keys,
// kept beside the page (`<page>-words.ts`), bound with `words(table)` into `t(key, values?)`.
// `t` speaks the current language; an English message that is missing or does not format falls
// back to the Chinese one, so a clerk never gets an empty button. tests/console/console-words.test.ts
// checks every table in central/console/ for missing keys, bad ICU and mismatched arguments.
import { IntlMessageFormat } from 'intl-messageformat';
import { getLanguage, type ConsoleLanguage } from './language.ts';

export interface WordTable<K extends string = string> {
  readonly 'zh-CN': Readonly<Record<K, string>>;
  readonly en: Readonly<Record<K, string>>;
}

export type MessageValues = Record<string, string | number | Date>;
export type Translate<K extends string> = (key: K, values?: MessageValues) => string;

export function isWordTable(value: unknown): value is WordTable {
  if (typeof value !== 'object' || value === null) return false;
  const table = value as Record<string, unknown>;
  return typeof table['zh-CN'] === 'object' && table['zh-CN'] !== null && typeof table.en === 'object' && table.en !== null;
}

export function words<K extends string>(table: WordTable<K>): Translate<K> {
  const formatters = new Map<string, IntlMessageFormat>();
  const formatterFor = (language: ConsoleLanguage, key: string, message: string) => {
    const id = `${language}\u0000${key}`;
    let formatter = formatters.get(id);
    if (!formatter) formatters.set(id, (formatter = new IntlMessageFormat(message, language)));
    return formatter;
  };
  return (key, values) => {
    const language = getLanguage();
    const own = language === 'zh-CN' ? undefined : (table[language] as Record<string, string | undefined>)[key];
    if (typeof own === 'string') {
      try {
        return String(formatterFor(language, key, own).format(values));
      } catch (error) {
        console.error(`console words: ${language} "${key}" does not format; showing Chinese`, error);
      }
    }
    return String(formatterFor('zh-CN', key, table['zh-CN'][key]).format(values));
  };
}
