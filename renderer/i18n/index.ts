// The screens' one entry to text: `import { t } from '../i18n/index.ts'`, then `t.key` or
// `t.key(args)`. What `t` says follows the current language (locale-store.ts); the root component
// re-renders the screen when it changes (useLocale).
import { useEffect, useState } from 'preact/hooks';
import { LOCALES, type Locale } from '../../shared/locales.ts';
import { bindCatalog } from './bind.ts';
import { getLocale, onLocaleChange } from './locale-store.ts';
import { translationAt } from './translations.ts';
import { zhCN, zhStaff, type UiStrings } from './zh-CN.ts';

export const t = bindCatalog({ ...zhCN, ...zhStaff }, translationAt, getLocale);
/** The same catalogs, always in Chinese: voice guidance speaks these when a language has no voice. */
export const tZh = bindCatalog({ ...zhCN, ...zhStaff }, translationAt, () => 'zh-CN');
/** The catalogs bound to one language whatever the current one is (tests walk every language with it). */
export function catalogFor(locale: Locale) {
  return bindCatalog({ ...zhCN, ...zhStaff }, translationAt, () => locale);
}
export const tFor = catalogFor;
/** Every language the catalogs speak (config ui.locale), Mandarin first. */
export const locales: readonly Locale[] = LOCALES;
export type { UiStrings };
export { getLocale, onLocaleChange, setLocale } from './locale-store.ts';

/** The current language, re-rendering the calling component (the root) when it changes. */
export function useLocale(): Locale {
  const [locale, setState] = useState(getLocale());
  useEffect(() => onLocaleChange(setState), []);
  return locale;
}
