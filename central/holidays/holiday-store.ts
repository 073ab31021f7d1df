// The loaded holiday calendar: replaced a year at a time by a file (holiday-file.ts), read by every
// due-date computation. Read afresh for each request: a year is a few dozen rows, and every hub
// process behind a balancer then counts with the calendar an admin loaded on any of them.
import type { Queryable } from '../storage/database.ts';
import type { WorkingCalendar } from '../routes/workbench/working-days.ts';
import { yearsOf, type HolidayDay, type HolidayKind } from './holiday-file.ts';

export interface LoadedHolidays {
  years: number[];
  holidays: number;
  workdays: number;
}

/** Replaces the calendar of the years `days` covers (the caller's transaction: all or nothing). */
export async function replaceHolidayYears(tx: Queryable, days: readonly HolidayDay[], by: string, at: string): Promise<LoadedHolidays> {
  const years = yearsOf(days);
  await tx.query(`DELETE FROM holiday_calendar WHERE EXTRACT(YEAR FROM day)::int = ANY($1::int[])`, [years]);
  await tx.query(
    `INSERT INTO holiday_calendar (day, kind, name, loaded_at, loaded_by)
     SELECT d::date, k, n, $4::timestamptz, $5 FROM unnest($1::text[], $2::text[], $3::text[]) AS x(d, k, n)`,
    [days.map((d) => d.day), days.map((d) => d.kind), days.map((d) => d.name), at, by],
  );
  return { years, holidays: days.filter((d) => d.kind === 'holiday').length, workdays: days.filter((d) => d.kind === 'workday').length };
}

export async function listHolidays(q: Queryable, year: number | null): Promise<HolidayDay[]> {
  const rows = await q.query<{ day: string; kind: HolidayKind; name: string }>(
    `SELECT to_char(day, 'YYYY-MM-DD') AS day, kind, name FROM holiday_calendar WHERE $1::int IS NULL OR EXTRACT(YEAR FROM day)::int = $1::int ORDER BY day`,
    [year],
  );
  return rows;
}

export async function workingCalendar(q: Queryable): Promise<WorkingCalendar> {
  const days = await listHolidays(q, null);
  return {
    holidays: new Set(days.filter((d) => d.kind === 'holiday').map((d) => d.day)),
    workdays: new Set(days.filter((d) => d.kind === 'workday').map((d) => d.day)),
  };
}
