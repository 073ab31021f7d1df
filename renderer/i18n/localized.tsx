// Texts that come with the data (service names, counters, guides, notices) rather than from the
// catalogs: the resident's language when the document carries it (`i18n.<locale>.<field>`),
// otherwise the Chinese text marked with a small "(Chinese)" note in the resident's language.
import { t } from './index.ts';
import { getLocale } from './locale-store.ts';

type WithTexts<K extends string> = { i18n?: Partial<Record<string, { [field: string]: unknown } | undefined>> } & Record<K, unknown>;

/** The field in the current language, and whether it fell back to Chinese. */
export function localizedField<T extends WithTexts<K>, K extends string>(item: T, field: K): { value: T[K]; fallback: boolean } {
  const locale = getLocale();
  if (locale === 'zh-CN') return { value: item[field], fallback: false };
  const own = item.i18n?.[locale]?.[field];
  const present = Array.isArray(own) ? own.length > 0 : typeof own === 'string' && own.trim() !== '';
  return present ? { value: own as T[K], fallback: false } : { value: item[field], fallback: true };
}

/**
 * A text field for display: in Chinese (lang="zh-CN", so it is read and shaped as such) with the note
 * when it fell back. `note={false}` where a neighbour already carries it (a description under a name).
 */
export function Localized<T extends WithTexts<K>, K extends string>({ item, field, note = true }: { item: T; field: K; note?: boolean }) {
  const { value, fallback } = localizedField(item, field);
  if (!fallback) return <>{String(value ?? '')}</>;
  if (typeof value !== 'string' || value === '') return null;
  return (
    <>
      <span lang="zh-CN">{value}</span>
      {note && <small class="zh-fallback-note">{t.chineseOnly}</small>}
    </>
  );
}
