// A form field's (or a choice's) text as a plain string in the resident's language: for
// aria-labels, the keyboard's title, units and the review list, where the "(Chinese)" note has no
// place. Visible labels use <Localized>, which adds the note when a translation is missing.
import { localizedField } from '../../i18n/localized.tsx';

type Texts = { i18n?: Partial<Record<string, { [field: string]: unknown } | undefined>> };

export function fieldText<T extends Texts, K extends keyof T & string>(item: T, field: K): string {
  return String(localizedField(item as T & Record<K, unknown>, field).value ?? '');
}
