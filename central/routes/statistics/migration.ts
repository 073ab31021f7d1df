// Hub migration 16 (issue 23, statistics): the daily roll-ups (rollups.ts) with their triggers,
// the indexes the statistics queries range over, and terminal health history: per terminal and
// hour (UTC hour buckets: whole-hour zones such as China's read them as local hours), the seconds
// it was heard from and serving, written by the heartbeat's own statement (heartbeat-statement.ts).
import { rollUpRatingsSql, rollUpTransactionsSql } from './rollups.ts';

function statementTrigger(table: string, fn: string, body: string): string[] {
  return [
    `CREATE FUNCTION ${fn}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN ${body}; RETURN NULL; END $$`,
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
       terminal_id text NOT NULL,
       kind text NOT NULL,
       transactions integer NOT NULL,
       visits integer NOT NULL,
       service_visits integer NOT NULL,
       PRIMARY KEY (day, terminal_id, kind)
     )`,
    `CREATE TABLE stats_daily_ratings (
       day date NOT NULL,
       site_code text NOT NULL,
       level integer NOT NULL,
       ratings integer NOT NULL,
       PRIMARY KEY (day, site_code, level)
     )`,
    `CREATE INDEX transactions_by_session ON transactions (terminal_id, session_id, kind)`,
    ...statementTrigger('transactions', 'stats_roll_up_transactions', rollUpTransactionsSql('added')),
    ...statementTrigger('ratings', 'stats_roll_up_ratings', rollUpRatingsSql('added')),
    rollUpTransactionsSql('transactions'),
    rollUpRatingsSql('ratings'),
    // 办结 in a period: the closing steps by time.
    `CREATE INDEX case_steps_closed ON case_steps (at, case_number) WHERE status = '已办结'`,
    `CREATE INDEX cases_by_submitted ON cases (submitted_at, site_code)`,
    `CREATE TABLE terminal_health_hours (
       terminal_id text NOT NULL,
       hour timestamptz NOT NULL,
       heard_seconds integer NOT NULL,
       serving_seconds integer NOT NULL,
       PRIMARY KEY (terminal_id, hour)
     )`,
  ],
};
