// Dates and numbers as the console shows them: on the hub's clock (its zone is told at login,
// issue 21: "last seen 09:05" means the same to every admin whatever zone their computer is in).
// Chinese reads 2026年12月7日 09:05; English keeps the receipts' own 2026-12-07 09:05, which no
// reader takes for 12 July, and which an admin matches against a kiosk's paper at a glance.
import { DEFAULT_TIME_ZONE, zonedMinute } from '../../../config/zoned-time.ts';
import { getLanguage } from './language.ts';

let hubTimeZone = DEFAULT_TIME_ZONE;
export function setHubTimeZone(timeZone: string): void {
  hubTimeZone = timeZone;
}

const chinese = new Map<string, Intl.DateTimeFormat>();
function chineseFormat(withTime: boolean, zone: string): Intl.DateTimeFormat {
  const id = `${withTime} ${zone}`;
  let found = chinese.get(id);
  if (!found) {
    const time = withTime ? ({ hour: '2-digit', minute: '2-digit', hourCycle: 'h23' } as const) : {};
    chinese.set(id, (found = new Intl.DateTimeFormat('zh-CN', { timeZone: zone, year: 'numeric', month: 'long', day: 'numeric', ...time })));
  }
  return found;
}

/** An instant to the minute on the hub's clock. */
export function dateTime(iso: string): string {
  const date = new Date(iso);
  return getLanguage() === 'zh-CN' ? chineseFormat(true, hubTimeZone).format(date) : zonedMinute(date, hubTimeZone);
}

/** A calendar day (YYYY-MM-DD, already the hub's): no zone arithmetic, it is shown as it is. */
export function calendarDay(day: string): string {
  return getLanguage() === 'zh-CN' ? chineseFormat(false, 'UTC').format(new Date(`${day}T00:00:00Z`)) : day;
}

export function count(n: number): string {
  return new Intl.NumberFormat(getLanguage()).format(n);
}
