// The language the screen speaks right now: the site's (`ui.locale`) until a resident picks another
// on the attract screen, and the site's again when their visit ends. A plain module-level value
// with listeners, so `t` (read anywhere, also outside components) and the root component agree.
import { DEFAULT_LOCALE, LOCALE_INFO, type Locale } from '../../shared/locales.ts';

let current: Locale = DEFAULT_LOCALE;
const listeners = new Set<(locale: Locale) => void>();

export function getLocale(): Locale {
  return current;
}

export function setLocale(locale: Locale): void {
  if (locale === current) return;
  current = locale;
  // The page's language and direction: screen readers, hyphenation and the RTL mirroring follow it.
  if (typeof document !== 'undefined') {
    document.documentElement.lang = locale;
    document.documentElement.dir = LOCALE_INFO[locale].dir;
  }
  for (const listener of listeners) listener(locale);
}

export function onLocaleChange(listener: (locale: Locale) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
