// Daily roll-ups the statistics read instead of the raw rows: a county's year is some 20 million
// transactions, which no query scans in half a second, but only ~500 000 rows of (day, terminal,
// service). Kept by statement-level triggers (one INSERT … ON CONFLICT per batch, whichever code
// path inserts), in the hub's zone, which stats_settings records: a hub started in another zone
// rebuilds them once (rebuildRollupsIfZoneChanged).
import type { Database } from '../../storage/database.ts';

/**
 * Per day, terminal and service (transaction kind): transactions; visits, counted once per kiosk
 * session at its first transaction (seq 0); and service visits, the sessions that used this
 * service, counted at the session's first transaction of that kind (found by
 * transactions_by_session, so a session delivered in several batches still counts once).
 */
export function rollUpTransactionsSql(source: string): string {
  return `INSERT INTO stats_daily_transactions AS s (day, terminal_id, kind, transactions, visits, service_visits)
    SELECT (a.occurred_at AT TIME ZONE z.time_zone)::date, a.terminal_id, a.kind, count(*), count(*) FILTER (WHERE a.seq = 0),
           count(*) FILTER (WHERE NOT EXISTS (SELECT 1 FROM transactions e
                                               WHERE e.terminal_id = a.terminal_id AND e.session_id = a.session_id AND e.kind = a.kind
                                                 AND (e.seq < a.seq OR (e.seq = a.seq AND e.id < a.id))))
      FROM ${source} a CROSS JOIN stats_settings z
     GROUP BY 1, 2, 3
    ON CONFLICT (day, terminal_id, kind) DO UPDATE
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
      await tx.query('DELETE FROM stats_daily_transactions');
      await tx.query('DELETE FROM stats_daily_ratings');
      await tx.query(rollUpTransactionsSql('transactions'));
      await tx.query(rollUpRatingsSql('ratings'));
    });
    done.catch(() => checked.delete(db));
    checked.set(db, done);
  }
  return done;
}
