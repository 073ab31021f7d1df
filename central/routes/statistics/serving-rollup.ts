// Hub migration 23 (issue 23): terminal availability over a long period from a daily roll-up of
// the health hours, not from a year's hour rows (1.75 M for a county of 200 terminals). Per
// terminal and day (the hub zone's), the serving seconds of the hall's open hours only: a past day
// is then one row, and only today's open hours still come from terminal_health_hours
// (availability.ts). The heartbeat's statement adds to an hour's bucket with INSERT … ON CONFLICT
// DO UPDATE: one statement-level trigger adds the new buckets, another the increase of the
// updated ones (their new minus old), one upsert per statement whichever code writes the hours.
import { OPEN_HOUR_SQL } from './availability.ts';

/** Adds `source`'s (terminal_id, hour, seconds) to the days they fall on, open hours only. */
export function rollUpServingSql(source: string): string {
  return `INSERT INTO stats_daily_serving AS s (day, terminal_id, serving_seconds)
    SELECT (a.hour AT TIME ZONE z.time_zone)::date, a.terminal_id, sum(a.seconds)
      FROM ${source} a CROSS JOIN stats_settings z
     WHERE ${OPEN_HOUR_SQL('a.hour', 'z.time_zone')}
     GROUP BY 1, 2 HAVING sum(a.seconds) <> 0
    ON CONFLICT (day, terminal_id) DO UPDATE SET serving_seconds = s.serving_seconds + EXCLUDED.serving_seconds`;
}

export const ALL_SERVING_HOURS = '(SELECT terminal_id, hour, serving_seconds AS seconds FROM terminal_health_hours)';
const ADDED_HOURS = '(SELECT terminal_id, hour, serving_seconds AS seconds FROM added)';
const GROWN_HOURS = `(SELECT n.terminal_id, n.hour, n.serving_seconds - o.serving_seconds AS seconds
    FROM grown n JOIN before o ON o.terminal_id = n.terminal_id AND o.hour = n.hour)`;

/**
 * Static SQL, its plan cached per connection: unlike migration 16's triggers (EXECUTE, planned
 * afresh, because they join the growing transactions table), these read only the statement's own
 * rows and upsert by key, a plan that cannot go stale; planning each beat's statement cost 2 ms.
 */
const triggerFunction = (fn: string, body: string) => `CREATE FUNCTION ${fn}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN ${body}; RETURN NULL; END $$`;

export const servingRollupMigration = {
  version: 23,
  name: 'statistics: terminal availability from a daily roll-up of the health hours',
  statements: [
    `CREATE TABLE stats_daily_serving (
       day date NOT NULL,
       terminal_id text NOT NULL,
       serving_seconds integer NOT NULL,
       PRIMARY KEY (day, terminal_id)
     )`,
    triggerFunction('stats_roll_up_serving_added', rollUpServingSql(ADDED_HOURS)),
    `CREATE TRIGGER stats_roll_up_serving_added AFTER INSERT ON terminal_health_hours REFERENCING NEW TABLE AS added
       FOR EACH STATEMENT EXECUTE FUNCTION stats_roll_up_serving_added()`,
    triggerFunction('stats_roll_up_serving_grown', rollUpServingSql(GROWN_HOURS)),
    `CREATE TRIGGER stats_roll_up_serving_grown AFTER UPDATE ON terminal_health_hours REFERENCING OLD TABLE AS before NEW TABLE AS grown
       FOR EACH STATEMENT EXECUTE FUNCTION stats_roll_up_serving_grown()`,
    // A hub with history: its hours so far.
    rollUpServingSql(ALL_SERVING_HOURS),
  ],
};
