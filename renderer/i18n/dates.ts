// Dates and times in the resident's language (Tibetan and Uyghur month names, 24-hour clock), on
// the site's clock (issue 21): the zone comes from the core's status (`site.timeZone`), so the
// screen reads the same time as the paper whatever zone the kiosk's system or Chromium runs in.
// One Intl.DateTimeFormat per language and zone is kept for each screen's format.
import { DEFAULT_TIME_ZONE } from '../../config/zoned-time.ts';
import { getLocale } from './locale-store.ts';

let siteTimeZone = DEFAULT_TIME_ZONE;

/** The site's zone, from KioskApi's status; set before the screens render (see app.tsx). */
export function setSiteTimeZone(timeZone: string | undefined): void {
  siteTimeZone = timeZone ?? DEFAULT_TIME_ZONE;
}

export function getSiteTimeZone(): string {
  return siteTimeZone;
}

export function localDateFormat(options: Intl.DateTimeFormatOptions): (date: Date) => string {
  const formats = new Map<string, Intl.DateTimeFormat>();
  return (date) => {
    const locale = getLocale();
    const key = `${locale} ${siteTimeZone}`;
    let format = formats.get(key);
    if (!format) formats.set(key, (format = formatFor(locale, options, siteTimeZone)));
    return format.format(date);
  };
}

// The technician's lists (device changes, errors, voice fallbacks): to the second, on the same clock
// as everything else, so a technician can match them with what a resident or a receipt said.
export const clockTime = localDateFormat({ hour: '2-digit', minute: '2-digit', second: '2-digit' });
export const clockDateTime = localDateFormat({ year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' });

/**
 * The browser may have no month names for a language (Chromium has none for bo or ug) and would
 * then use its own (Chinese: 2026年11月23日), which a Tibetan or Uyghur reader cannot read. Then
 * the date is numbers only, year first (2026-11-23), which reads the same in every script.
 */
function formatFor(locale: string, options: Intl.DateTimeFormatOptions, timeZone: string): Intl.DateTimeFormat {
  if (Intl.DateTimeFormat.supportedLocalesOf([locale]).length > 0) return new Intl.DateTimeFormat(locale, { hour12: false, ...options, timeZone });
  const { weekday: _weekday, ...rest } = options;
  const numeric = { ...rest, ...(rest.month && { month: '2-digit' as const }), ...(rest.day && { day: '2-digit' as const }) };
  return new Intl.DateTimeFormat('en-CA', { hour12: false, ...numeric, timeZone });
}
