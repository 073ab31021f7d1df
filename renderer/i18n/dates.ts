// Dates and times in the resident's language (Tibetan and Uyghur month names, 24-hour clock),
// with one Intl.DateTimeFormat per language kept for each screen's format.
import { getLocale } from './locale-store.ts';

export function localDateFormat(options: Intl.DateTimeFormatOptions): (date: Date) => string {
  const formats = new Map<string, Intl.DateTimeFormat>();
  return (date) => {
    const locale = getLocale();
    let format = formats.get(locale);
    if (!format) formats.set(locale, (format = formatFor(locale, options)));
    return format.format(date);
  };
}

/**
 * The browser may have no month names for a language (Chromium has none for bo or ug) and would
 * then use its own (Chinese: 2026年11月23日), which a Tibetan or Uyghur reader cannot read. Then
 * the date is numbers only, year first (2026-11-23), which reads the same in every script.
 */
function formatFor(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  if (Intl.DateTimeFormat.supportedLocalesOf([locale]).length > 0) return new Intl.DateTimeFormat(locale, { hour12: false, ...options });
  const { weekday: _weekday, ...rest } = options;
  const numeric = { ...rest, ...(rest.month && { month: '2-digit' as const }), ...(rest.day && { day: '2-digit' as const }) };
  return new Intl.DateTimeFormat('en-CA', { hour12: false, ...numeric });
}
