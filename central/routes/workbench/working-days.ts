// Working days on the county's clock: Monday to Friday in the hub's zone. (A holiday calendar an
// admin loads is the next step of issue 23; until then 法定节假日 count as working days, which
// errs on the side of showing a case due earlier, never later.)
import { shiftDay, zonedDay } from '../../../config/zoned-time.ts';

export function isWorkingDay(day: string): boolean {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const weekday = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  return weekday !== 0 && weekday !== 6;
}

/** The Nth working day after `day` (the day itself not counted: "自受理之日起 N 个工作日"); 0: that day. */
export function addWorkingDays(day: string, n: number): string {
  let current = day;
  for (let left = n; left > 0; ) {
    current = shiftDay(current, 1);
    if (isWorkingDay(current)) left--;
  }
  return current;
}

/** Working days from the day after `from` up to and including `to` (0 when `to` is not later). */
export function workingDaysBetween(from: string, to: string): number {
  let count = 0;
  for (let day = shiftDay(from, 1); day <= to; day = shiftDay(day, 1)) if (isWorkingDay(day)) count++;
  return count;
}

export function dayOf(iso: string, timeZone: string): string {
  return zonedDay(new Date(iso), timeZone);
}
