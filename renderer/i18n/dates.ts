// Dates and times in the resident's language (Tibetan and Uyghur month names, 24-hour clock),
// with one Intl.DateTimeFormat per language kept for each screen's format.
import { getLocale } from './locale-store.ts';

export function localDateFormat(options: Intl.DateTimeFormatOptions): (date: Date) => string {
  const formats = new Map<string, Intl.DateTimeFormat>();
  return (date) => {
    const locale = getLocale();
    let format = formats.get(locale);
    if (!format) formats.set(locale, (format = new Intl.DateTimeFormat(locale, { hour12: false, ...options })));
    return format.format(date);
  };
}
