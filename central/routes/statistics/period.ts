// The period a statistics page covers: a day, the week (Monday to Sunday) or the month holding a
// date, or a custom range of days, each day from the hub zone's midnight (CENTRAL_TIME_ZONE) to
// the next, so "today" is the county's day whatever zone the server or the browser runs in.
import { z } from 'zod';
import { shiftDay, zonedDayStart } from '../../../config/zoned-time.ts';

const daySchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date YYYY-MM-DD').refine((d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) && new Date(`${d}T00:00:00Z`).toISOString().startsWith(d), 'a real date');

export const statisticsQuerySchema = z.strictObject({
  period: z.enum(['day', 'week', 'month', 'custom']).default('month'),
  /** Any day of the day/week/month wanted; default today. */
  date: daySchema.optional(),
  from: daySchema.optional(),
  /** The last day included. */
  to: daySchema.optional(),
  /** Only for the export route. */
  format: z.enum(['csv', 'xlsx']).optional(),
  lang: z.enum(['zh-CN', 'en']).optional(),
});
export type StatisticsQuery = z.infer<typeof statisticsQuerySchema>;

/** A year and a bit: longer ranges are a report of reports, and would let one request scan the whole history. */
export const MAX_PERIOD_DAYS = 400;

export interface Period {
  kind: StatisticsQuery['period'];
  /** The first day, and the last day included (YYYY-MM-DD, in the hub's zone). */
  firstDay: string;
  lastDay: string;
  /** [start, end) as instants: the first day's midnight to the midnight after the last day. */
  start: string;
  end: string;
}

function weekday(day: string): number {
  return (new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
}

function daysBetween(first: string, last: string): number {
  return Math.round((Date.parse(`${last}T00:00:00Z`) - Date.parse(`${first}T00:00:00Z`)) / 86_400_000);
}

/** The period asked for, or a message saying what is wrong with it. */
export function periodOf(query: StatisticsQuery, today: string, timeZone: string): Period | string {
  let firstDay: string;
  let lastDay: string;
  const date = query.date ?? today;
  switch (query.period) {
    case 'day':
      firstDay = lastDay = date;
      break;
    case 'week':
      firstDay = shiftDay(date, -weekday(date));
      lastDay = shiftDay(firstDay, 6);
      break;
    case 'month': {
      firstDay = `${date.slice(0, 7)}-01`;
      const next = shiftDay(firstDay, 32);
      lastDay = shiftDay(`${next.slice(0, 7)}-01`, -1);
      break;
    }
    case 'custom':
      if (!query.from || !query.to) return 'a custom period needs from and to (YYYY-MM-DD, both included)';
      if (query.to < query.from) return `to (${query.to}) is before from (${query.from})`;
      if (daysBetween(query.from, query.to) >= MAX_PERIOD_DAYS) return `a custom period is at most ${MAX_PERIOD_DAYS} days`;
      firstDay = query.from;
      lastDay = query.to;
      break;
  }
  return {
    kind: query.period,
    firstDay,
    lastDay,
    start: zonedDayStart(firstDay, timeZone).toISOString(),
    end: zonedDayStart(shiftDay(lastDay, 1), timeZone).toISOString(),
  };
}
