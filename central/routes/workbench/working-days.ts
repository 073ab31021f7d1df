// Working days on the county's clock: Monday to Friday in the hub's zone, except the public
// holidays (休) of the calendar an admin loaded, plus its adjusted working days (调休 班: a Saturday
// or Sunday worked). Without a loaded calendar (or for a year it lacks) only weekends are off, which
// errs on the side of showing a case due earlier, never later.
import { shiftDay, zonedDay } from '../../../config/zoned-time.ts';

export interface WorkingCalendar {
  holidays: ReadonlySet<string>;
  workdays: ReadonlySet<string>;
}

export const WEEKENDS_ONLY: WorkingCalendar = { holidays: new Set(), workdays: new Set() };

export function isWorkingDay(day: string, calendar: WorkingCalendar = WEEKENDS_ONLY): boolean {
  if (calendar.workdays.has(day)) return true;
  if (calendar.holidays.has(day)) return false;
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const weekday = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  return weekday !== 0 && weekday !== 6;
}

/** The Nth working day after `day` (the day itself not counted: "自受理之日起 N 个工作日"); 0: that day. */
export function addWorkingDays(day: string, n: number, calendar: WorkingCalendar = WEEKENDS_ONLY): string {
  let current = day;
  for (let left = n; left > 0; ) {
    current = shiftDay(current, 1);
    if (isWorkingDay(current, calendar)) left--;
  }
  return current;
}

/** Working days from the day after `from` up to and including `to` (0 when `to` is not later). */
export function workingDaysBetween(from: string, to: string, calendar: WorkingCalendar = WEEKENDS_ONLY): number {
  let count = 0;
  for (let day = shiftDay(from, 1); day <= to; day = shiftDay(day, 1)) if (isWorkingDay(day, calendar)) count++;
  return count;
}

export function dayOf(iso: string, timeZone: string): string {
  return zonedDay(new Date(iso), timeZone);
}
