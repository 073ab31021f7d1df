// The statistics of a period, each figure aggregated by PostgreSQL (the same SQL on PGlite):
// transactions and ratings from the daily roll-ups (rollups.ts), cases from their own rows and
// closing steps (indexes of migration 16), 超期 from the cases' stored due days (migration 22),
// availability from the daily serving roll-up and today's health hours (migration 23). $1 is always the
// user's sites (NULL: the whole county), as the workbench's lists take it.
import type { Queryable } from '../../storage/database.ts';
import type { Period } from './period.ts';

const IN_SCOPE = (column: string) => `($1::text[] IS NULL OR ${column} = ANY($1::text[]))`;

/** Per service and per site, visits and transactions. $2–$3: the first and last day. */
export const SERVICES_SQL = `SELECT kind AS service, sum(service_visits)::integer AS visits, sum(transactions)::integer AS transactions
    FROM stats_daily_transactions WHERE day BETWEEN $2::date AND $3::date AND ${IN_SCOPE('site_code')}
   GROUP BY kind ORDER BY transactions DESC, service`;

export const SITE_VISITS_SQL = `SELECT site_code AS site, sum(visits)::integer AS visits, sum(transactions)::integer AS transactions
    FROM stats_daily_transactions WHERE day BETWEEN $2::date AND $3::date AND ${IN_SCOPE('site_code')}
   GROUP BY site_code`;

/** Cases submitted in the period's days. */
export const RECEIVED_SQL = `SELECT site_code AS site, sum(received)::integer AS received FROM stats_daily_cases
   WHERE day BETWEEN $2::date AND $3::date AND ${IN_SCOPE('site_code')}
   GROUP BY site_code`;

/**
 * Cases closed (已办结) in [$2, $3) and their handling time in hours, submission to 已办结, per
 * site and (site NULL) for the whole scope: a percentile is not a sum of the sites' percentiles.
 */
export const CLOSED_SQL = `SELECT site_code AS site, GROUPING(site_code) = 1 AS whole, count(*)::integer AS closed,
         round(avg(hours)::numeric, 1)::float8 AS average_hours,
         round((percentile_cont(0.9) WITHIN GROUP (ORDER BY hours))::numeric, 1)::float8 AS p90_hours
    FROM stats_case_closings WHERE closed_at >= $2::timestamptz AND closed_at < $3::timestamptz AND ${IN_SCOPE('site_code')}
   GROUP BY GROUPING SETS ((site_code), ())`;

/**
 * 满意率 = (非常满意 + 满意 + 基本满意) / all ratings, the 好差评 rule that the last two of the five
 * levels are 差评 (../shared/reference/resident-services.md §3). 广东's "7 days unrated count as
 * 基本满意" is a province's rule, not applied: only ratings residents gave are counted.
 */
export const SATISFACTION_SQL = `SELECT site_code AS site, GROUPING(site_code) = 1 AS whole, sum(ratings)::integer AS ratings,
         COALESCE(sum(ratings) FILTER (WHERE level <= 2), 0)::integer AS bad,
         round(100.0 * COALESCE(sum(ratings) FILTER (WHERE level >= 3), 0) / NULLIF(sum(ratings), 0), 1)::float8 AS rate
    FROM stats_daily_ratings WHERE day BETWEEN $2::date AND $3::date AND ${IN_SCOPE('site_code')}
   GROUP BY GROUPING SETS ((site_code), ())`;

export const RATING_LEVELS_SQL = `SELECT level, sum(ratings)::integer AS ratings FROM stats_daily_ratings
   WHERE day BETWEEN $2::date AND $3::date AND ${IN_SCOPE('site_code')} GROUP BY level ORDER BY level DESC`;

/**
 * Where a bad rating's 整改 stands: the state of the rectification it opened (待核实 … 已办结,
 * central/routes/rectification/); a rating stored before 整改 existed (hub migration 15) keeps the
 * older follow-up state on the rating itself.
 */
export const RECTIFICATION_STATE_SQL = `COALESCE(x.state, ratings.follow_up_state, '待整改')`;

export const BAD_RATINGS_SQL = `SELECT ratings.site_code AS site, ${RECTIFICATION_STATE_SQL} AS state, count(*)::integer AS ratings
   FROM ratings LEFT JOIN rectifications x ON x.rating_id = ratings.id
   WHERE ratings.level <= 2 AND ratings.rated_at >= $2::timestamptz AND ratings.rated_at < $3::timestamptz AND ${IN_SCOPE('ratings.site_code')}
   GROUP BY 1, 2 ORDER BY 1, 2`;

/** Demands (诉求) by 12345 type (咨询 求助 投诉 举报 建议 表扬) and site. */
export const DEMANDS_SQL = `SELECT type, site_code AS site, sum(received)::integer AS demands FROM stats_daily_cases
   WHERE kind = 'demand' AND day BETWEEN $2::date AND $3::date AND ${IN_SCOPE('site_code')}
   GROUP BY 1, 2 ORDER BY 1, 2`;

/**
 * 超期: cases submitted in [$2, $3) whose clock runs and whose due day (kept by the database,
 * workbench/due-days.ts, the day the workbench's clock shows) is before $4, the county's today.
 */
export const OVERDUE_SQL = `SELECT site_code AS site, count(*)::integer AS overdue FROM cases
   WHERE due_day < $4::date AND submitted_at >= $2::timestamptz AND submitted_at < $3::timestamptz AND ${IN_SCOPE('site_code')}
   GROUP BY site_code`;

export type ScopeParam = string[] | null;

/** The parameters of the queries that read days ($2 first, $3 last) or instants ($2 start, $3 end). */
export const byDays = (scope: ScopeParam, period: Period) => [scope, period.firstDay, period.lastDay];
export const byInstants = (scope: ScopeParam, period: Period) => [scope, period.start, period.end];

