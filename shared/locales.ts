// The languages a kiosk speaks (issue 11). One list shared by the configuration schema (`ui.locale`)
// and the renderer's catalogs, so a language cannot be configured that has no catalog.
export const LOCALES = ['zh-CN', 'bo', 'ug', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'zh-CN';

/** How each language names itself (the attract screen shows these, each in its own script) and its direction. */
export const LOCALE_INFO: Record<Locale, { nativeName: string; dir: 'ltr' | 'rtl' }> = {
  'zh-CN': { nativeName: '中文', dir: 'ltr' },
  bo: { nativeName: 'བོད་ཡིག', dir: 'ltr' },
  ug: { nativeName: 'ئۇيغۇرچە', dir: 'rtl' },
  en: { nativeName: 'English', dir: 'ltr' },
};
