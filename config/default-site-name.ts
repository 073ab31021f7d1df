// The site name a kiosk has before its technician names it (config/schema.ts's default), in the
// resident's languages (issue 22). 示例镇 ("Example Town") is a placeholder, so it is translated
// rather than transliterated. Given to the screens only while the name is still this default: a
// hall that names itself and publishes no `site.i18n` shows its own name (with the Chinese note).
export const DEFAULT_SITE_NAME = '示例镇便民服务中心';

export const defaultSiteNameTexts = {
  bo: { name: 'དཔེ་མཚོན་གྲོང་རྡལ་གྱི་དམངས་ཕན་ཞབས་ཞུ་ལྟེ་གནས།' },
  ug: { name: 'ئۈلگە بازىرى خەلققە قولايلىق مۇلازىمەت مەركىزى' },
  en: { name: 'Example Town Service Centre' },
};

/** The site as the screens show it: the default name's translations when the name is still the default. */
export function withSiteNameTexts<S extends { name: string; i18n?: unknown }>(site: S): S {
  return site.i18n || site.name !== DEFAULT_SITE_NAME ? site : { ...site, i18n: defaultSiteNameTexts };
}
