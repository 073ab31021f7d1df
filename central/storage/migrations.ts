// Versioned schema migrations, the same SQL for PGlite and PostgreSQL. Each migration is a list of
// single statements (both drivers' parameterised query runs one statement at a time) applied in
// one transaction together with its row in schema_migrations. Never edit a released migration:
// add a new one.
import type { Database } from './database.ts';
import { statisticsMigration } from '../routes/statistics/migration.ts';
import { notifyMigration } from '../notify/migration.ts';
import { dueDaysMigration } from '../routes/workbench/due-days.ts';
import { servingRollupMigration } from '../routes/statistics/serving-rollup.ts';
import { guessFailuresMigration } from '../routes/progress-query/guess-limiter.ts';

interface Migration {
  version: number;
  name: string;
  statements: string[];
}

export const migrations: Migration[] = [
  {
    version: 1,
    name: 'terminals, enrollment codes, nonces, transactions, documents',
    statements: [
      `CREATE TABLE terminals (
         terminal_id text PRIMARY KEY,
         public_key text NOT NULL UNIQUE,
         site_code text NOT NULL,
         site_name text NOT NULL,
         software_version text NOT NULL,
         enrolled_at timestamptz NOT NULL DEFAULT now(),
         last_heartbeat_at timestamptz,
         devices jsonb,
         sync jsonb
       )`,
      // Only a hash of each code is kept: a leaked database does not hand out enrollments.
      `CREATE TABLE enrollment_codes (
         code_hash text PRIMARY KEY,
         site_code text,
         created_at timestamptz NOT NULL DEFAULT now(),
         expires_at timestamptz NOT NULL,
         used_at timestamptz,
         used_by text REFERENCES terminals (terminal_id)
       )`,
      `CREATE TABLE request_nonces (
         terminal_id text NOT NULL REFERENCES terminals (terminal_id),
         nonce text NOT NULL,
         seen_at timestamptz NOT NULL,
         PRIMARY KEY (terminal_id, nonce)
       )`,
      `CREATE INDEX request_nonces_seen_at ON request_nonces (seen_at)`,
      // Deduplication is per terminal, so one terminal can never suppress another's transactions.
      `CREATE TABLE transactions (
         terminal_id text NOT NULL REFERENCES terminals (terminal_id),
         id text NOT NULL,
         receipt_seq bigserial NOT NULL UNIQUE,
         session_id text NOT NULL,
         seq integer NOT NULL,
         kind text NOT NULL,
         occurred_at timestamptz NOT NULL,
         payload jsonb NOT NULL,
         received_at timestamptz NOT NULL DEFAULT now(),
         PRIMARY KEY (terminal_id, id)
       )`,
      `CREATE INDEX transactions_by_terminal ON transactions (terminal_id, receipt_seq)`,
      `CREATE TABLE document_heads (
         kind text PRIMARY KEY,
         version integer NOT NULL
       )`,
      `CREATE TABLE documents (
         kind text NOT NULL,
         version integer NOT NULL,
         issued_at timestamptz NOT NULL,
         -- Text, not jsonb: served byte for byte as signed, whatever the body holds.
         signed text NOT NULL,
         PRIMARY KEY (kind, version)
       )`,
    ],
  },
  {
    version: 2,
    name: 'terminal lineage: a re-enrolled kiosk names the terminal it replaces',
    statements: [
      `ALTER TABLE terminals ADD COLUMN replaces text REFERENCES terminals (terminal_id)`,
      `ALTER TABLE terminals ADD COLUMN replaced_by text REFERENCES terminals (terminal_id)`,
    ],
  },
  {
    version: 3,
    name: '证明打印: residents\' records (the registry stand-in) and issued certificates',
    statements: [
      `CREATE TABLE certificate_records (
         id_number text NOT NULL,
         type text NOT NULL,
         holder_name text NOT NULL,
         body text NOT NULL,
         authority text NOT NULL,
         refusal text,
         loaded_at timestamptz NOT NULL DEFAULT now(),
         PRIMARY KEY (id_number, type)
       )`,
      // What the public verification page shows, and only that: the name is stored masked.
      `CREATE TABLE issued_certificates (
         code text PRIMARY KEY,
         type text NOT NULL,
         title text NOT NULL,
         holder_masked text NOT NULL,
         authority text NOT NULL,
         issued_at timestamptz NOT NULL,
         terminal_id text NOT NULL REFERENCES terminals (terminal_id)
       )`,
    ],
  },
  {
    version: 4,
    name: 'remote commands: screen, alerts and disk in the heartbeat; commands and their results; log bundles; admin log',
    statements: [
      `ALTER TABLE terminals ADD COLUMN screen jsonb`,
      `ALTER TABLE terminals ADD COLUMN alerts jsonb`,
      `ALTER TABLE terminals ADD COLUMN free_disk_bytes bigint`,
      // The signed envelope is stored as sent, so every redelivery carries the same bytes.
      `CREATE TABLE terminal_commands (
         command_id text PRIMARY KEY,
         terminal_id text NOT NULL REFERENCES terminals (terminal_id),
         type text NOT NULL,
         signed text NOT NULL,
         reason text,
         created_at timestamptz NOT NULL,
         expires_at timestamptz NOT NULL,
         delivered_at timestamptz,
         completed_at timestamptz,
         status text CHECK (status IN ('done', 'failed', 'refused')),
         detail text,
         attachment_type text,
         attachment bytea
       )`,
      `CREATE INDEX terminal_commands_open ON terminal_commands (terminal_id, created_at) WHERE completed_at IS NULL`,
      // Log bundles a technician sent from the kiosk's diagnostics page (no residents' data in them).
      `CREATE TABLE log_bundles (
         id bigserial PRIMARY KEY,
         terminal_id text NOT NULL REFERENCES terminals (terminal_id),
         received_at timestamptz NOT NULL,
         bundle text NOT NULL
       )`,
      `CREATE INDEX log_bundles_by_terminal ON log_bundles (terminal_id, id)`,
      // Who asked for what that may expose residents (screenshots): kept, never deleted by the hub.
      `CREATE TABLE admin_log (
         id bigserial PRIMARY KEY,
         at timestamptz NOT NULL,
         action text NOT NULL,
         terminal_id text,
         detail text NOT NULL
       )`,
    ],
  },
  {
    // 议题公告 (issue 9): one vote per resident per topic, keyed by a pseudonym (HMAC of the ID
    // number with the hub's own key, central/routes/public-matters/voter-key.ts); no ID number here.
    version: 5,
    name: 'public matters: topic votes by pseudonym, refused votes',
    statements: [
      `CREATE TABLE topic_votes (
         topic_id text NOT NULL,
         voter text NOT NULL,
         option_id text NOT NULL,
         comment text,
         terminal_id text NOT NULL REFERENCES terminals (terminal_id),
         transaction_id text NOT NULL,
         voted_at timestamptz NOT NULL,
         PRIMARY KEY (topic_id, voter)
       )`,
      `CREATE TABLE topic_vote_refusals (
         terminal_id text NOT NULL REFERENCES terminals (terminal_id),
         transaction_id text NOT NULL,
         topic_id text NOT NULL,
         reason text NOT NULL,
         received_at timestamptz NOT NULL DEFAULT now(),
         PRIMARY KEY (terminal_id, transaction_id)
       )`,
      `CREATE INDEX topic_vote_refusals_topic ON topic_vote_refusals (topic_id)`,
    ],
  },
  {
    // 办件编号 (issue 10): each terminal's number, 1–9999, the first four digits of the case numbers
    // it makes offline. Given in order at enrollment from a sequence (never reused: a replacement
    // terminal gets a new one); terminals enrolled before this migration are numbered by age.
    version: 6,
    name: 'terminal numbers for case numbers',
    statements: [
      `ALTER TABLE terminals ADD COLUMN terminal_number integer UNIQUE CHECK (terminal_number BETWEEN 1 AND 9999)`,
      `UPDATE terminals t SET terminal_number = n.rn
         FROM (SELECT terminal_id, row_number() OVER (ORDER BY enrolled_at, terminal_id) AS rn FROM terminals) n
        WHERE t.terminal_id = n.terminal_id`,
      `CREATE SEQUENCE terminal_numbers MINVALUE 1 MAXVALUE 9999 NO CYCLE`,
      `SELECT setval('terminal_numbers', (SELECT COALESCE(MAX(terminal_number), 0) FROM terminals) + 1, false)`,
    ],
  },
  {
    // 办件 and 服务评价 (issue 10). A case keeps the resident as a pseudonym (central/routes/cases/
    // resident-key.ts), never the ID number; `details` is what the clerk needs to handle it.
    version: 7,
    name: 'cases with their steps, residents last look, ratings and refused ratings',
    statements: [
      `CREATE TABLE cases (
         case_number text PRIMARY KEY,
         kind text NOT NULL CHECK (kind IN ('application', 'demand')),
         title text NOT NULL,
         status text NOT NULL,
         anonymous boolean NOT NULL,
         resident_key text,
         code_check text NOT NULL,
         details jsonb NOT NULL,
         site_code text NOT NULL,
         terminal_id text NOT NULL REFERENCES terminals (terminal_id),
         transaction_id text NOT NULL,
         submitted_at timestamptz NOT NULL,
         updated_at timestamptz NOT NULL,
         UNIQUE (terminal_id, transaction_id)
       )`,
      `CREATE INDEX cases_by_resident ON cases (resident_key) WHERE resident_key IS NOT NULL`,
      `CREATE INDEX cases_by_status ON cases (status, submitted_at)`,
      `CREATE TABLE case_steps (
         case_number text NOT NULL REFERENCES cases (case_number),
         step integer NOT NULL,
         status text NOT NULL,
         at timestamptz NOT NULL,
         reply text,
         PRIMARY KEY (case_number, step)
       )`,
      `CREATE TABLE resident_case_visits (
         resident_key text PRIMARY KEY,
         seen_at timestamptz NOT NULL
       )`,
      `CREATE TABLE ratings (
         id bigserial PRIMARY KEY,
         target_key text NOT NULL UNIQUE,
         target jsonb NOT NULL,
         item_kind text NOT NULL,
         item_label text NOT NULL,
         level integer NOT NULL CHECK (level BETWEEN 1 AND 5),
         label text NOT NULL,
         reason text,
         reason_text text,
         site_code text NOT NULL,
         terminal_id text NOT NULL REFERENCES terminals (terminal_id),
         transaction_id text NOT NULL,
         rated_at timestamptz NOT NULL,
         follow_up_state text,
         follow_up_note text,
         follow_up_at timestamptz,
         UNIQUE (terminal_id, transaction_id)
       )`,
      `CREATE INDEX ratings_bad ON ratings (rated_at) WHERE level <= 2`,
      `CREATE TABLE rating_refusals (
         terminal_id text NOT NULL REFERENCES terminals (terminal_id),
         transaction_id text NOT NULL,
         target_key text NOT NULL,
         reason text NOT NULL,
         received_at timestamptz NOT NULL DEFAULT now(),
         PRIMARY KEY (terminal_id, transaction_id)
       )`,
    ],
  },
  {
    // Updates (issue 12): releases signed with the offline release key, staged rollouts, and the
    // terminals that failed on a rollout's version (which halt it by themselves).
    version: 8,
    name: 'releases and staged rollouts',
    statements: [
      `CREATE TABLE releases (
         version text PRIMARY KEY,
         manifest text NOT NULL,
         signature text NOT NULL,
         bundle bytea NOT NULL,
         published_at timestamptz NOT NULL
       )`,
      `CREATE TABLE rollouts (
         rollout_id text PRIMARY KEY,
         version text NOT NULL REFERENCES releases (version),
         stages jsonb NOT NULL,
         stage_index integer NOT NULL,
         state text NOT NULL,
         reason text,
         halt_after_failures integer NOT NULL,
         created_at timestamptz NOT NULL,
         updated_at timestamptz NOT NULL
       )`,
      // At most one rollout moves terminals at a time.
      `CREATE UNIQUE INDEX rollouts_one_active ON rollouts ((true)) WHERE state IN ('running', 'paused')`,
      `CREATE TABLE rollout_failures (
         rollout_id text NOT NULL REFERENCES rollouts (rollout_id),
         terminal_id text NOT NULL,
         reason text NOT NULL,
         at timestamptz NOT NULL,
         PRIMARY KEY (rollout_id, terminal_id)
       )`,
    ],
  },
  {
    // The admin's case and rating lists page newest first by key: an index in that order keeps
    // each page a short index walk however many cases a county has.
    version: 9,
    name: 'case and rating lists in page order',
    statements: [
      `CREATE INDEX cases_newest_first ON cases (submitted_at DESC, case_number)`,
      `CREATE INDEX ratings_newest_first ON ratings (rated_at DESC, id DESC)`,
    ],
  },
  {
    // A terminal that rolled back by itself carries a warning until an admin acknowledges it;
    // kept apart from rollout_failures, which only hold failures while a rollout is active.
    version: 10,
    name: 'rollbacks on terminals, acknowledged by an admin',
    statements: [
      `CREATE TABLE terminal_rollbacks (
         terminal_id text NOT NULL,
         version text NOT NULL,
         back_on text NOT NULL,
         why text NOT NULL,
         at timestamptz NOT NULL,
         reported_at timestamptz NOT NULL,
         acknowledged_at timestamptz,
         acknowledged_by text,
         PRIMARY KEY (terminal_id, version, at)
       )`,
      `CREATE INDEX terminal_rollbacks_open ON terminal_rollbacks (terminal_id) WHERE acknowledged_at IS NULL`,
    ],
  },
  {
    // A bad rating may give several reasons (issue 21). Rows from before keep `reason` alone,
    // which is then their only one; new rows keep the first in `reason` too.
    version: 11,
    name: 'ratings with several reasons',
    statements: [`ALTER TABLE ratings ADD COLUMN reasons jsonb`],
  },
  {
    // Resumable release uploads (issue 21): a 9 MB release over a 3 Mbit/s county link arrives in
    // chunks kept here until the whole file is verified and becomes a release (or is discarded).
    version: 12,
    name: 'resumable release uploads',
    statements: [
      `CREATE TABLE release_uploads (
         upload_id text NOT NULL,
         sha256 text NOT NULL,
         manifest text NOT NULL,
         signature text NOT NULL,
         size bigint NOT NULL,
         received bigint NOT NULL DEFAULT 0,
         updated_at timestamptz NOT NULL,
         PRIMARY KEY (upload_id, sha256)
       )`,
      `CREATE TABLE release_upload_chunks (
         upload_id text NOT NULL,
         sha256 text NOT NULL,
         start_byte bigint NOT NULL,
         bytes bytea NOT NULL,
         PRIMARY KEY (upload_id, sha256, start_byte),
         FOREIGN KEY (upload_id, sha256) REFERENCES release_uploads (upload_id, sha256) ON DELETE CASCADE
       )`,
    ],
  },
  {
    // Named console accounts (issue 23): roles, a scope of sites or a township, passwords as scrypt
    // hashes. The built-in `admin` keeps a NULL hash: its password is the one the hub's CLI stores
    // in the data dir (--set-console-password), as before accounts existed.
    version: 13,
    name: 'console accounts, townships, sessions in the database, login failures, who moved a case',
    statements: [
      `CREATE TABLE console_accounts (
         username text PRIMARY KEY,
         display_name text NOT NULL,
         role text NOT NULL CHECK (role IN ('admin', 'supervisor', 'clerk', 'auditor')),
         scope_sites text[] NOT NULL DEFAULT '{}',
         scope_township text,
         password_hash text,
         must_change_password boolean NOT NULL DEFAULT false,
         disabled_at timestamptz,
         created_at timestamptz NOT NULL DEFAULT now(),
         created_by text
       )`,
      `INSERT INTO console_accounts (username, display_name, role, created_by) VALUES ('admin', '管理员', 'admin', 'hub')`,
      // Which township a site belongs to: a township's supervisor sees every site listed here.
      `CREATE TABLE site_townships (
         site_code text PRIMARY KEY,
         township text NOT NULL
       )`,
      `CREATE INDEX site_townships_by_township ON site_townships (township)`,
      // Only a hash of the session id is kept: a leaked database opens no session.
      `CREATE TABLE console_sessions (
         session_hash text PRIMARY KEY,
         username text NOT NULL REFERENCES console_accounts (username),
         csrf_token text NOT NULL,
         created_at timestamptz NOT NULL,
         last_used_at timestamptz NOT NULL
       )`,
      `CREATE INDEX console_sessions_by_user ON console_sessions (username)`,
      `CREATE TABLE console_login_failures (
         id bigserial PRIMARY KEY,
         username text NOT NULL,
         address text NOT NULL,
         at timestamptz NOT NULL
       )`,
      `CREATE INDEX console_login_failures_by_address ON console_login_failures (address, at)`,
      `CREATE INDEX console_login_failures_by_user ON console_login_failures (username, at)`,
      // Who set each step of a case from the console (case_steps stays as the kiosk reads it).
      `CREATE TABLE case_step_actors (
         case_number text NOT NULL,
         step integer NOT NULL,
         username text NOT NULL,
         role text NOT NULL,
         at timestamptz NOT NULL,
         PRIMARY KEY (case_number, step)
       )`,
      `CREATE INDEX cases_by_site ON cases (site_code, status, submitted_at)`,
    ],
  },
  {
    // The audit log (issue 23): every change made through the console or the admin API, who made it
    // (an account or the admin token), when, from which address, on what, before → after (personal
    // data masked). Append-only: no route changes or deletes a row, and the database itself refuses
    // UPDATE, DELETE and TRUNCATE on the table, so neither a bug nor a console user can rewrite it.
    // `sites`: the sites an entry concerns (a case's, a terminal's; both for a 转办), which decide
    // which scoped auditor reads it; empty for county-wide things (accounts, releases, documents).
    // case_notes: 转办 and 督办 on a case, shown among its steps on the workbench (not to the resident).
    version: 14,
    name: 'audit log (append-only), 转办 and 督办 notes',
    statements: [
      `CREATE TABLE audit_log (
         id bigserial PRIMARY KEY,
         at timestamptz NOT NULL,
         actor text NOT NULL,
         actor_role text,
         via_token boolean NOT NULL DEFAULT false,
         action text NOT NULL,
         target_kind text NOT NULL,
         target_id text NOT NULL,
         sites text[] NOT NULL DEFAULT '{}',
         before jsonb,
         after jsonb,
         address text
       )`,
      `CREATE INDEX audit_log_by_actor ON audit_log (actor, id)`,
      `CREATE INDEX audit_log_by_action ON audit_log (action, id)`,
      `CREATE INDEX audit_log_by_at ON audit_log (at)`,
      `CREATE INDEX audit_log_by_sites ON audit_log USING gin (sites)`,
      `CREATE FUNCTION audit_log_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         RAISE EXCEPTION 'the audit log is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
       END
       $$`,
      `CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log FOR EACH ROW EXECUTE FUNCTION audit_log_refuse_change()`,
      `CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log FOR EACH STATEMENT EXECUTE FUNCTION audit_log_refuse_change()`,
      `CREATE TABLE case_notes (
         id bigserial PRIMARY KEY,
         case_number text NOT NULL REFERENCES cases (case_number),
         kind text NOT NULL CHECK (kind IN ('转办', '督办')),
         at timestamptz NOT NULL,
         username text NOT NULL,
         role text NOT NULL,
         text text NOT NULL,
         from_site text,
         to_site text,
         to_clerk text,
         due_day date
       )`,
      `CREATE INDEX case_notes_by_case ON case_notes (case_number, id)`,
    ],
  },
  {
    // 好差评 整改 (issue 23): a bad rating opens one rectification (central/routes/rectification/),
    // owned by the site responsible for what was rated, due on a working day fixed when opened; its
    // steps say who recorded what. A resident's rating is never changed by anyone: the trigger
    // refuses an UPDATE of what the resident said (only the older follow-up note may change) and
    // any DELETE, whatever route or script tries.
    version: 15,
    name: 'rectifications of bad ratings, their steps, ratings unchangeable',
    statements: [
      `CREATE TABLE rectifications (
         id bigserial PRIMARY KEY,
         rating_id bigint NOT NULL UNIQUE REFERENCES ratings (id),
         site_code text NOT NULL,
         case_number text,
         service text NOT NULL,
         state text NOT NULL,
         opened_at timestamptz NOT NULL,
         due_day date NOT NULL,
         updated_at timestamptz NOT NULL
       )`,
      `CREATE INDEX rectifications_by_site ON rectifications (site_code, state, due_day)`,
      `CREATE INDEX rectifications_by_opened_at ON rectifications (opened_at)`, // statistics per period
      `CREATE TABLE rectification_steps (
         rectification_id bigint NOT NULL REFERENCES rectifications (id),
         step integer NOT NULL,
         action text NOT NULL,
         state text NOT NULL,
         note text,
         result text,
         username text NOT NULL,
         role text NOT NULL,
         at timestamptz NOT NULL,
         PRIMARY KEY (rectification_id, step)
       )`,
      `CREATE FUNCTION ratings_stay_as_rated() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         IF TG_OP = 'DELETE' THEN
           RAISE EXCEPTION 'a resident''s rating is never deleted (rating %)', OLD.id;
         END IF;
         IF (NEW.id, NEW.target_key, NEW.target, NEW.item_kind, NEW.item_label, NEW.level, NEW.label, NEW.reason, NEW.reasons, NEW.reason_text,
             NEW.site_code, NEW.terminal_id, NEW.transaction_id, NEW.rated_at)
            IS DISTINCT FROM (OLD.id, OLD.target_key, OLD.target, OLD.item_kind, OLD.item_label, OLD.level, OLD.label, OLD.reason, OLD.reasons, OLD.reason_text,
             OLD.site_code, OLD.terminal_id, OLD.transaction_id, OLD.rated_at) THEN
           RAISE EXCEPTION 'a resident''s rating is never changed (rating %)', OLD.id;
         END IF;
         RETURN NEW;
       END $$`,
      `CREATE TRIGGER ratings_stay_as_rated BEFORE UPDATE OR DELETE ON ratings FOR EACH ROW EXECUTE FUNCTION ratings_stay_as_rated()`,
    ],
  },
  statisticsMigration, // 16: statistics (issue 23)
  {
    // The holiday calendar admins load each year (issue 23): days off (休) and weekend days worked
    // (调休 班), by which every case's due date is counted in working days.
    version: 17,
    name: 'holiday calendar',
    statements: [
      `CREATE TABLE holiday_calendar (
         day date PRIMARY KEY,
         kind text NOT NULL CHECK (kind IN ('holiday', 'workday')),
         name text NOT NULL,
         loaded_at timestamptz NOT NULL,
         loaded_by text NOT NULL
       )`,
    ],
  },
  {
    // 事项办理's pages and signatures (issue 24), uploaded by the kiosk in chunks after their case.
    // `received` grows chunk by chunk; only a row with completed_at set (size and SHA-256 checked)
    // is listed or served: nothing half-uploaded is ever shown as complete.
    version: 19,
    name: 'case attachments',
    statements: [
      `CREATE TABLE case_attachments (
         id text PRIMARY KEY,
         terminal_id text NOT NULL REFERENCES terminals (terminal_id),
         transaction_id text NOT NULL,
         kind text NOT NULL CHECK (kind IN ('page', 'signature')),
         material integer,
         page integer,
         content_type text NOT NULL,
         size integer NOT NULL CHECK (size > 0),
         sha256 text NOT NULL,
         body bytea NOT NULL DEFAULT ''::bytea,
         received integer NOT NULL DEFAULT 0,
         created_at timestamptz NOT NULL,
         completed_at timestamptz
       )`,
      `CREATE INDEX case_attachments_by_case ON case_attachments (terminal_id, transaction_id)`,
    ],
  },
  notifyMigration, // 20: outbox, webhooks, SMS notices (issue 26)
  {
    // Issue 27: hubs remember which terminals have open commands and which rollout is offering,
    // and hear of every change through NOTIFY (routes/heartbeat-open-work.ts), whichever process
    // or tool made it. A trigger rather than the code that writes: nothing can forget to announce.
    version: 21,
    name: 'announce new commands and rollout changes to listening hubs',
    statements: [
      `CREATE FUNCTION announce_terminal_command() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN PERFORM pg_notify('hub_open_work', 'command:' || NEW.terminal_id); RETURN NULL; END $$`,
      `CREATE TRIGGER terminal_commands_announce AFTER INSERT ON terminal_commands FOR EACH ROW EXECUTE FUNCTION announce_terminal_command()`,
      `CREATE FUNCTION announce_rollout_change() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN PERFORM pg_notify('hub_open_work', 'rollouts'); RETURN NULL; END $$`,
      `CREATE TRIGGER rollouts_announce AFTER INSERT OR UPDATE OR DELETE ON rollouts FOR EACH STATEMENT EXECUTE FUNCTION announce_rollout_change()`,
      `CREATE TRIGGER rollout_failures_announce AFTER INSERT OR UPDATE OR DELETE ON rollout_failures FOR EACH STATEMENT EXECUTE FUNCTION announce_rollout_change()`,
    ],
  },
  dueDaysMigration, // 22: each running case's due day, kept by the database; 超期 by index (issue 23)
  servingRollupMigration, // 23: terminal availability from a daily roll-up (issue 23)
  {
    // Recorded prompts (issue 22): the console's recording page keeps each language's latest take
    // per prompt, already trimmed and normalised; publishing puts them into the signed voice-packs
    // document. The WAV is kept as base64, the form the document carries it in.
    version: 24,
    name: 'voice recordings',
    statements: [
      `CREATE TABLE voice_recordings (
         locale text NOT NULL,
         prompt_id text NOT NULL,
         audio_base64 text NOT NULL,
         sha256 text NOT NULL,
         duration_ms integer NOT NULL,
         rms_dbfs real NOT NULL,
         recorded_by text NOT NULL,
         recorded_at timestamptz NOT NULL,
         PRIMARY KEY (locale, prompt_id)
       )`,
    ],
  },
  guessFailuresMigration, // 26: wrong 查询码 counted across hub processes (issue 27)
];

/** An arbitrary constant: two hubs starting on one PostgreSQL at once migrate one after the other. */
const MIGRATION_LOCK_KEY = 7_405_311;

export async function migrate(db: Database): Promise<number[]> {
  await db.query(
    `CREATE TABLE IF NOT EXISTS schema_migrations (
       version integer PRIMARY KEY,
       name text NOT NULL,
       applied_at timestamptz NOT NULL DEFAULT now()
     )`,
  );
  const applied: number[] = [];
  for (const migration of migrations) {
    const done = await db.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK_KEY]);
      const rows = await tx.query('SELECT 1 FROM schema_migrations WHERE version = $1', [migration.version]);
      if (rows.length > 0) return false;
      for (const statement of migration.statements) await tx.query(statement);
      await tx.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [migration.version, migration.name]);
      return true;
    });
    if (done) applied.push(migration.version);
  }
  return applied;
}
