// The period day by day (the statistics page's time series): transactions and cases received from
// the daily roll-ups, cases closed from their closing instants on the hub zone's calendar. Every
// day of the period has a row, zeros included, so a chart's line does not skip a quiet day.
// Kept apart from queries.ts so the per-day figures can change without touching the period's.
import type { Queryable } from '../../storage/database.ts';
import type { Period } from './period.ts';
import type { ScopeParam } from './queries.ts';
import type { DayFigures } from './report-types.ts';

const IN_SCOPE = (column: string) => `($1::text[] IS NULL OR ${column} = ANY($1::text[]))`;

/** $1 sites, $2–$3 the first and last day, $4–$5 [start, end) as instants, $6 the hub's zone. */
export const DAILY_SERIES_SQL = `SELECT to_char(d.day, 'YYYY-MM-DD') AS day,
         COALESCE(t.transactions, 0)::integer AS transactions,
         COALESCE(r.received, 0)::integer AS received,
         COALESCE(c.closed, 0)::integer AS closed
    FROM generate_series($2::date, $3::date, interval '1 day') AS d(day)
    LEFT JOIN (SELECT day, sum(transactions) AS transactions FROM stats_daily_transactions
                WHERE day BETWEEN $2::date AND $3::date AND ${IN_SCOPE('site_code')} GROUP BY day) t ON t.day = d.day::date
    LEFT JOIN (SELECT day, sum(received) AS received FROM stats_daily_cases
                WHERE day BETWEEN $2::date AND $3::date AND ${IN_SCOPE('site_code')} GROUP BY day) r ON r.day = d.day::date
    LEFT JOIN (SELECT (closed_at AT TIME ZONE $6::text)::date AS day, count(*) AS closed FROM stats_case_closings
                WHERE closed_at >= $4::timestamptz AND closed_at < $5::timestamptz AND ${IN_SCOPE('site_code')} GROUP BY 1) c ON c.day = d.day::date
   ORDER BY d.day`;

export function dailySeries(q: Queryable, scope: ScopeParam, period: Period, timeZone: string): Promise<DayFigures[]> {
  return q.query<DayFigures>(DAILY_SERIES_SQL, [scope, period.firstDay, period.lastDay, period.start, period.end, timeZone]);
}
