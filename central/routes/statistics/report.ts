// Assembles a period's StatisticsReport from the queries (queries.ts, availability.ts).
import { zonedDay } from '../../../config/zoned-time.ts';
import type { Queryable } from '../../storage/database.ts';
import { AVAILABILITY_SQL, availabilityParams, HALL_HOURS } from './availability.ts';
import { dailySeries } from './daily-series.ts';
import type { Period } from './period.ts';
import {
  BAD_RATINGS_SQL,
  byDays,
  byInstants,
  CLOSED_SQL,
  DEMANDS_SQL,
  OVERDUE_SQL,
  RATING_LEVELS_SQL,
  RECEIVED_SQL,
  SATISFACTION_SQL,
  SERVICES_SQL,
  SITE_VISITS_SQL,
  type ScopeParam,
} from './queries.ts';
import type { ServiceFigures, SiteFigures, StatisticsReport } from './report-types.ts';

/** 超期 per site: the period's running cases past their due day (see OVERDUE_SQL). */
export async function overdueBySite(q: Queryable, scope: ScopeParam, period: Period, now: number, timeZone: string): Promise<Map<string, number>> {
  const rows = await q.query<{ site: string; overdue: number }>(OVERDUE_SQL, [...byInstants(scope, period), zonedDay(new Date(now), timeZone)]);
  return new Map(rows.map((r) => [r.site, r.overdue]));
}

type Whole = { site: string | null; whole: boolean };

export async function statisticsReport(q: Queryable, scope: ScopeParam, period: Period, now: number, timeZone: string): Promise<StatisticsReport> {
  const days = byDays(scope, period);
  const instants = byInstants(scope, period);
  const [services, visits, received, closed, satisfaction, ratingLevels, badRatings, demands, terminals, overdue, perDay] = await Promise.all([
    q.query<ServiceFigures>(SERVICES_SQL, days),
    q.query<{ site: string; visits: number; transactions: number }>(SITE_VISITS_SQL, days),
    q.query<{ site: string; received: number }>(RECEIVED_SQL, days),
    q.query<Whole & { closed: number; average_hours: number | null; p90_hours: number | null }>(CLOSED_SQL, instants),
    q.query<Whole & { ratings: number; bad: number; rate: number | null }>(SATISFACTION_SQL, days),
    q.query<{ level: number; ratings: number }>(RATING_LEVELS_SQL, days),
    q.query<{ site: string; state: string; ratings: number }>(BAD_RATINGS_SQL, instants),
    q.query<{ type: string; site: string; demands: number }>(DEMANDS_SQL, days),
    q.query<{ terminal_id: string; site_code: string; open_hours: number; serving_seconds: number }>(AVAILABILITY_SQL, availabilityParams(scope, period, timeZone, now)),
    overdueBySite(q, scope, period, now, timeZone),
    dailySeries(q, scope, period, timeZone),
  ]);

  const siteCodes = [...new Set([...visits, ...received, ...closed, ...satisfaction].flatMap((r) => (r.site === null ? [] : [r.site])).concat([...overdue.keys()]))].sort();
  const figuresOf = (site: string | null): Omit<SiteFigures, 'site'> => {
    const pick = <T extends { site: string | null }>(rows: T[]) => rows.find((r) => r.site === site && (!('whole' in r) || (r as Whole).whole === (site === null)));
    const sum = <T extends { site: string | null }>(rows: T[], key: keyof T) => rows.reduce((n, r) => n + (site === null || r.site === site ? Number(r[key]) : 0), 0);
    const siteClosed = pick(closed);
    const siteRatings = pick(satisfaction);
    return {
      visits: sum(visits, 'visits'),
      transactions: sum(visits, 'transactions'),
      received: sum(received, 'received'),
      closed: siteClosed?.closed ?? 0,
      overdue: site === null ? [...overdue.values()].reduce((a, b) => a + b, 0) : (overdue.get(site) ?? 0),
      averageHandlingHours: siteClosed?.average_hours ?? null,
      p90HandlingHours: siteClosed?.p90_hours ?? null,
      ratings: siteRatings?.ratings ?? 0,
      satisfactionRate: siteRatings?.rate ?? null,
      badRatings: siteRatings?.bad ?? 0,
    };
  };
  return {
    period: { kind: period.kind, firstDay: period.firstDay, lastDay: period.lastDay },
    timeZone,
    hallHours: { ...HALL_HOURS },
    total: figuresOf(null),
    services,
    sites: siteCodes.map((site) => ({ site, ...figuresOf(site) })),
    ratingLevels,
    badRatings,
    demands,
    terminals: terminals.map((t) => ({
      terminalId: t.terminal_id,
      site: t.site_code,
      openHours: t.open_hours,
      servingHours: Math.round((t.serving_seconds / 3600) * 10) / 10,
      availability: t.open_hours > 0 ? Math.round((1000 * t.serving_seconds) / (t.open_hours * 3600)) / 10 : null,
    })),
    days: perDay,
  };
}
