// Per-language texts for catalog and content documents (issue 11): a service, a guide or a notice
// is written in Chinese and may carry `i18n: { bo: { name: '…' }, ug: { … } }` for the languages
// a resident can choose. Every field is optional: what is missing falls back to the Chinese text
// (with a small note in the resident's language), never to an empty button.
import { z } from 'zod';
import { LOCALES, type Locale } from './locales.ts';

export const translatedLocaleSchema = z.enum(LOCALES.filter((l): l is Exclude<Locale, 'zh-CN'> => l !== 'zh-CN'));

/** `i18n` for an item whose translatable fields are `shape`'s keys (each optional per language). */
export function localizedTexts<S extends z.ZodRawShape>(shape: S) {
  return z.partialRecord(translatedLocaleSchema, z.strictObject(shape).partial()).optional();
}
