// Hub migration 16 (issue 23, statistics): the daily roll-ups and case closings (rollups.ts) with
// their triggers, an index of open cases, and terminal health history: per terminal and
// hour (UTC hour buckets: whole-hour zones such as China's read them as local hours), the seconds
// it was heard from and serving, written by the heartbeat's own statement (heartbeat-statement.ts).
import { recordClosingsSql, rollUpCasesSql, rollUpRatingsSql, rollUpTransactionsSql } from './rollups.ts';

/**
 * A trigger running `body` once per INSERT statement over its new rows (\`added\`). EXECUTE plans
 * it afresh each time: a cached plan would be the one made at the first insert, on near-empty
 * tables (a sequential scan of transactions per row: 1 s a batch after 20 000 rows in a bench).
 */
function statementTrigger(table: string, fn: string, body: string): string[] {
  return [
    `CREATE FUNCTION ${fn}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN EXECUTE $sql$ ${body} $sql$; RETURN NULL; END $$`,
    `CREATE TRIGGER ${fn} AFTER INSERT ON ${table} REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION ${fn}()`,
  ];
}

export const statisticsMigration = {
  version: 16,
  name: 'statistics: daily roll-ups of transactions and ratings, terminal health per hour, indexes for periods',
  statements: [
    // The zone the roll-ups' days are in; the hub sets its own before its first statistics query.
    `CREATE TABLE stats_settings (only_row boolean PRIMARY KEY DEFAULT true CHECK (only_row), time_zone text NOT NULL)`,
    `INSERT INTO stats_settings (time_zone) VALUES ('Asia/Shanghai')`,
    `CREATE TABLE stats_daily_transactions (
       day date NOT NULL,
       site_code text NOT NULL,
       kind text NOT NULL,
       transactions integer NOT NULL,
       visits integer NOT NULL,
       service_visits integer NOT NULL,
       PRIMARY KEY (day, site_code, kind)
     )`,
    `CREATE TABLE stats_daily_ratings (
       day date NOT NULL,
       site_code text NOT NULL,
       level integer NOT NULL,
       ratings integer NOT NULL,
       PRIMARY KEY (day, site_code, level)
     )`,
    `CREATE TABLE stats_daily_cases (
       day date NOT NULL,
       site_code text NOT NULL,
       kind text NOT NULL,
       type text NOT NULL,
       received integer NOT NULL,
       PRIMARY KEY (day, site_code, kind, type)
     )`,
    `CREATE TABLE stats_case_closings (
       case_number text PRIMARY KEY,
       closed_at timestamptz NOT NULL,
       site_code text NOT NULL,
       hours float8 NOT NULL
     )`,
    `CREATE INDEX stats_case_closings_by_time ON stats_case_closings (closed_at) INCLUDE (site_code, hours)`,
    // Which services each kiosk session used, so each counts one visit per session (rollups.ts).
    `CREATE TABLE stats_session_services (
       terminal_id text NOT NULL,
       session_id text NOT NULL,
       kind text NOT NULL,
       PRIMARY KEY (terminal_id, session_id, kind)
     )`,
    ...statementTrigger('transactions', 'stats_roll_up_transactions', rollUpTransactionsSql('added')),
    ...statementTrigger('ratings', 'stats_roll_up_ratings', rollUpRatingsSql('added')),
    ...statementTrigger('cases', 'stats_roll_up_cases', rollUpCasesSql('added')),
    ...statementTrigger('case_steps', 'stats_record_closings', recordClosingsSql('added')),
    rollUpTransactionsSql('transactions'),
    rollUpRatingsSql('ratings'),
    rollUpCasesSql('cases'),
    recordClosingsSql('case_steps'),
    // 超期: the open cases of a period (a small share of its cases), without reading the closed ones.
    // Bad ratings by site and 整改 state, read from the index alone.
    `CREATE INDEX ratings_bad_by_site ON ratings (rated_at) INCLUDE (site_code, follow_up_state) WHERE level <= 2`,
    `CREATE INDEX cases_open_by_submitted ON cases (submitted_at) WHERE status NOT IN ('已办结', '不予受理')`,
    `CREATE TABLE terminal_health_hours (
       terminal_id text NOT NULL,
       hour timestamptz NOT NULL,
       heard_seconds integer NOT NULL,
       serving_seconds integer NOT NULL,
       PRIMARY KEY (terminal_id, hour)
     )`,
  ],
};
