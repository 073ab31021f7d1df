// Daily roll-ups the statistics read instead of the raw rows: a county's year is some 20 million
// transactions, which no query scans in half a second, but only ~50 000 rows of (day, site,
// service). Kept by statement-level triggers (one INSERT … ON CONFLICT per statement, whichever
// code path inserts), in the hub's zone, which stats_settings records: a hub started in another
// zone rebuilds them once (rebuildRollupsIfZoneChanged).
import type { Database } from '../../storage/database.ts';
import { ALL_SERVING_HOURS, rollUpServingSql } from './serving-rollup.ts';

/**
 * Per day, site and service (transaction kind): transactions; visits, counted once per kiosk
 * session at its first transaction (seq 0); and service visits, the sessions that used this
 * service, counted at the session's first transaction of that kind. stats_session_services keeps
 * each (session, service) once, so a session delivered in several batches still counts once: its
 * primary key decides, not a search of the transactions whose plan the planner might get wrong.
 */
export function rollUpTransactionsSql(source: string): string {
  return `WITH firsts AS (
      SELECT DISTINCT ON (terminal_id, session_id, kind) terminal_id, session_id, kind, occurred_at
        FROM ${source} ORDER BY terminal_id, session_id, kind, seq, id
    ), fresh AS (
      INSERT INTO stats_session_services (terminal_id, session_id, kind) SELECT terminal_id, session_id, kind FROM firsts
      ON CONFLICT DO NOTHING RETURNING terminal_id, session_id, kind
    ), counted AS (
      SELECT a.terminal_id, a.kind, a.occurred_at, 1 AS transactions, CASE WHEN a.seq = 0 THEN 1 ELSE 0 END AS visits, 0 AS service_visits FROM ${source} a
      UNION ALL
      SELECT f.terminal_id, f.kind, f.occurred_at, 0, 0, 1 FROM firsts f JOIN fresh n ON n.terminal_id = f.terminal_id AND n.session_id = f.session_id AND n.kind = f.kind
    )
    INSERT INTO stats_daily_transactions AS s (day, site_code, kind, transactions, visits, service_visits)
    SELECT (c.occurred_at AT TIME ZONE z.time_zone)::date, t.site_code, c.kind, sum(c.transactions), sum(c.visits), sum(c.service_visits)
      FROM counted c JOIN terminals t ON t.terminal_id = c.terminal_id CROSS JOIN stats_settings z
     GROUP BY 1, 2, 3
    ON CONFLICT (day, site_code, kind) DO UPDATE
       SET transactions = s.transactions + EXCLUDED.transactions, visits = s.visits + EXCLUDED.visits, service_visits = s.service_visits + EXCLUDED.service_visits`;
}

/** Per day, site and level (1 非常不满意 … 5 非常满意): ratings. A rating's level never changes. */
export function rollUpRatingsSql(source: string): string {
  return `INSERT INTO stats_daily_ratings AS s (day, site_code, level, ratings)
    SELECT (a.rated_at AT TIME ZONE z.time_zone)::date, a.site_code, a.level, count(*)
      FROM ${source} a CROSS JOIN stats_settings z
     GROUP BY 1, 2, 3
    ON CONFLICT (day, site_code, level) DO UPDATE SET ratings = s.ratings + EXCLUDED.ratings`;
}

/** Per day, site, kind and 12345 type (empty for applications): cases received. */
export function rollUpCasesSql(source: string): string {
  return `INSERT INTO stats_daily_cases AS s (day, site_code, kind, type, received)
    SELECT (a.submitted_at AT TIME ZONE z.time_zone)::date, a.site_code, a.kind, COALESCE(a.details->>'category', ''), count(*)
      FROM ${source} a CROSS JOIN stats_settings z
     GROUP BY 1, 2, 3, 4
    ON CONFLICT (day, site_code, kind, type) DO UPDATE SET received = s.received + EXCLUDED.received`;
}

/**
 * Each case's closing (已办结 is final: one per case) with its site and handling time in hours,
 * submission to 已办结: a narrow row the period's average and percentile read by index only.
 * Instants, not days: no zone involved.
 */
export function recordClosingsSql(source: string): string {
  return `INSERT INTO stats_case_closings (case_number, closed_at, site_code, hours)
    SELECT a.case_number, a.at, c.site_code, EXTRACT(EPOCH FROM a.at - c.submitted_at) / 3600
      FROM ${source} a JOIN cases c ON c.case_number = a.case_number
     WHERE a.status = '已办结'
    ON CONFLICT (case_number) DO NOTHING`;
}

// Per database: tests run several hubs in one process, each on its own database.
const checked = new WeakMap<Database, Promise<void>>();

/** Once per database handle: the roll-ups are in `timeZone`'s days, rebuilt from the raw rows if not. */
export function rebuildRollupsIfZoneChanged(db: Database, timeZone: string): Promise<void> {
  let done = checked.get(db);
  if (!done) {
    done = db.transaction(async (tx) => {
      // Two hubs on one PostgreSQL: one rebuilds, the other waits and finds it done.
      await tx.query('SELECT pg_advisory_xact_lock($1)', [7_405_316]);
      const [row] = await tx.query<{ time_zone: string }>('SELECT time_zone FROM stats_settings');
      if (row?.time_zone === timeZone) return;
      await tx.query('UPDATE stats_settings SET time_zone = $1', [timeZone]);
      for (const table of ['stats_daily_transactions', 'stats_session_services', 'stats_daily_ratings', 'stats_daily_cases', 'stats_daily_serving']) await tx.query(`DELETE FROM ${table}`);
      await tx.query(rollUpTransactionsSql('transactions'));
      await tx.query(rollUpRatingsSql('ratings'));
      await tx.query(rollUpCasesSql('cases'));
      await tx.query(rollUpServingSql(ALL_SERVING_HOURS));
    });
    done.catch(() => checked.delete(db));
    checked.set(db, done);
  }
  return done;
}
