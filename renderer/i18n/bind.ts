// `t`: the catalogs bound to the current language. `t.key` is a string, `t.key(a, b)` formats an
// ICU message with its declared arguments (plurals, numbers by the language's rules), and
// `t.area.key` reaches a nested area. A key a translation lacks, or a translated message that
// does not format, falls back to the Chinese source: a resident never gets an empty button.
import { IntlMessageFormat } from 'intl-messageformat';
import { TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { LOCALE_INFO, type Locale } from '../../shared/locales.ts';
import type { ArgValue, Bound, SourceCatalog } from './message.ts';
import { isIcuMessage } from '../../shared/icu-message.ts';

type Lookup = (locale: Locale, path: readonly string[]) => unknown;

// In a right-to-left language each text argument (a code, a time, a phone number, a Chinese name)
// is a bidi isolate, FSI…PDI, the plain-text twin of <bdi>: its own direction is taken from its
// first strong letter (digits alone: left-to-right), so '0871 123 4567' keeps its order in Uyghur.
// A select's argument is a key the message matches ('printerOff'), never shown: it stays as it is.
function isolated(locale: Locale, formatter: IntlMessageFormat, values?: Record<string, ArgValue>) {
  if (!values || LOCALE_INFO[locale].dir !== 'rtl') return values;
  const keys = selectArguments(formatter);
  return Object.fromEntries(Object.entries(values).map(([k, v]) => [k, typeof v === 'string' && !keys.has(k) ? `\u2068${v}\u2069` : v]));
}

const selectArgs = new WeakMap<IntlMessageFormat, Set<string>>();
function selectArguments(formatter: IntlMessageFormat): Set<string> {
  let found = selectArgs.get(formatter);
  if (found) return found;
  found = new Set<string>();
  const names = found;
  const walk = (elements: MessageFormatElement[]) => {
    for (const el of elements) {
      if (el.type === TYPE.select) names.add(el.value);
      if (el.type === TYPE.plural || el.type === TYPE.select) for (const option of Object.values(el.options)) walk(option.value);
      if (el.type === TYPE.tag) walk(el.children);
    }
  };
  walk(formatter.getAst());
  selectArgs.set(formatter, found);
  return found;
}

export function bindCatalog<C extends SourceCatalog>(source: C, translated: Lookup, currentLocale: () => Locale): Bound<C> {
  const formatters = new Map<string, IntlMessageFormat>();

  const formatterFor = (locale: Locale, id: string, message: string) => {
    const cacheKey = `${locale}\u0000${id}`;
    let formatter = formatters.get(cacheKey);
    if (!formatter) {
      formatter = new IntlMessageFormat(message, locale);
      formatters.set(cacheKey, formatter);
    }
    return formatter;
  };

  const format = (path: readonly string[], sourceMessage: string, values?: Record<string, ArgValue>): string => {
    const locale = currentLocale();
    const id = path.join('.');
    const own = locale === 'zh-CN' ? undefined : translated(locale, path);
    if (typeof own === 'string') {
      try {
        const formatter = formatterFor(locale, id, own);
        return String(formatter.format(isolated(locale, formatter, values)));
      } catch (error) {
        console.error(`i18n: ${locale} message "${id}" does not format; showing Chinese`, error);
      }
    }
    return String(formatterFor('zh-CN', id, sourceMessage).format(values));
  };

  const areas = new Map<string, object>();
  const area = (node: SourceCatalog, path: readonly string[]): object => {
    const id = path.join('.');
    let proxy = areas.get(id);
    if (!proxy) {
      proxy = new Proxy(node, {
        get(target, key) {
          if (typeof key !== 'string') return undefined;
          const entry = target[key];
          const at = [...path, key];
          if (typeof entry === 'string') return format(at, entry);
          if (isIcuMessage(entry)) {
            return (...args: ArgValue[]) => format(at, entry.icu, Object.fromEntries(entry.args.map((name, i) => [name, args[i] ?? ''])));
          }
          // A not yet converted area file's arrow function: Chinese only, until it becomes ICU.
          if (typeof entry === 'function') return entry;
          if (entry && typeof entry === 'object') return area(entry, at);
          return undefined;
        },
      });
      areas.set(id, proxy);
    }
    return proxy;
  };
  return area(source, []) as Bound<C>;
}
