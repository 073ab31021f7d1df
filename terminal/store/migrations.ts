// Versioned schema migrations, applied in order at start inside one transaction each.
// Append new versions; never edit one that has shipped.
export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const migrations: Migration[] = [
  {
    version: 1,
    name: 'transactions, outbox, print jobs, ticket counters, caches, audit log',
    sql: `
      CREATE TABLE transactions (
        id TEXT PRIMARY KEY,                 -- ULID made here: the idempotency key central dedupes on
        session_id TEXT NOT NULL,
        seq INTEGER NOT NULL,                -- order within the session
        kind TEXT NOT NULL,                  -- 'queue-ticket' | 'rating' | …
        service_id TEXT NOT NULL,
        occurred_at TEXT NOT NULL,
        data TEXT NOT NULL,                  -- JSON without personal data
        personal BLOB,                       -- AES-256-GCM sealed JSON; NULL once central has it
        acknowledged_at TEXT
      );
      CREATE INDEX transactions_occurred ON transactions (occurred_at);
      CREATE TABLE outbox (
        transaction_id TEXT PRIMARY KEY REFERENCES transactions (id),
        enqueued_at TEXT NOT NULL,
        attempts INTEGER NOT NULL DEFAULT 0,
        last_error TEXT
      );
      CREATE TABLE print_jobs (
        id TEXT PRIMARY KEY,
        transaction_id TEXT NOT NULL REFERENCES transactions (id),
        state TEXT NOT NULL CHECK (state IN ('pending', 'printing', 'done', 'failed')),
        bytes BLOB NOT NULL,
        attempts INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        last_error TEXT
      );
      CREATE INDEX print_jobs_state ON print_jobs (state);
      CREATE TABLE ticket_counters (
        queue_id TEXT NOT NULL,
        day TEXT NOT NULL,
        last INTEGER NOT NULL,
        PRIMARY KEY (queue_id, day)
      );
      CREATE TABLE caches (
        kind TEXT PRIMARY KEY,               -- 'catalog' | 'config' | 'announcements'
        version TEXT NOT NULL,
        etag TEXT,
        body TEXT NOT NULL,
        signature TEXT,
        applied_at TEXT NOT NULL
      );
      CREATE TABLE audit_log (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        at TEXT NOT NULL,
        event TEXT NOT NULL,
        detail TEXT NOT NULL DEFAULT ''      -- never personal data
      );
    `,
  },
  {
    // Sync (issue 4): an outbox row that central refused as invalid is parked instead of being
    // retried in a hot loop; sync_state keeps the agent's last success/error across restarts;
    // the index serves the retention sweep of acknowledged transactions.
    version: 2,
    name: 'sync: parked outbox rows, sync state, acknowledged index',
    sql: `
      ALTER TABLE outbox ADD COLUMN parked_at TEXT;
      CREATE TABLE sync_state (
        key TEXT PRIMARY KEY,
        value TEXT
      );
      CREATE INDEX transactions_acknowledged ON transactions (acknowledged_at) WHERE acknowledged_at IS NOT NULL;
    `,
  },
  {
    // A parked row holds back the later rows of its session (session order at central); finding
    // "is anything parked in this session before me" must stay cheap with 10 000 rows waiting.
    version: 3,
    name: 'sync: index of parked outbox rows',
    sql: `
      CREATE INDEX outbox_parked ON outbox (parked_at) WHERE parked_at IS NOT NULL;
    `,
  },
  {
    // Remote commands (issue 12): each command id central sent, run at most once, with the result
    // kept until central has it; settings an admin sets remotely (out of service, volume) that
    // must survive a restart; the technician PIN's lockout.
    version: 4,
    name: 'remote commands, remotely set settings, technician PIN lockout',
    sql: `
      CREATE TABLE remote_commands (
        id TEXT PRIMARY KEY,                 -- the command's ULID, chosen by central
        type TEXT NOT NULL,
        received_at TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('done', 'failed', 'refused')),
        detail TEXT NOT NULL,                -- never personal data
        attachment TEXT,                     -- JSON {contentType, base64}; dropped once sent
        reported_at TEXT
      );
      CREATE INDEX remote_commands_unreported ON remote_commands (received_at) WHERE reported_at IS NULL;
      CREATE TABLE remote_settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
      );
      -- Technician PIN lockout: kept in the store so pulling the plug does not reset it.
      CREATE TABLE technician_lockout (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        failures INTEGER NOT NULL,
        lockouts INTEGER NOT NULL,
        locked_until TEXT
      );
    `,
  },
  {
    // 议题公告 (issue 9): who voted on which topic at this kiosk, so a second vote here is refused
    // on the spot, also offline. The voter is an HMAC of the ID number with a key derived from the
    // store key (terminal/services/public-matters/local-votes.ts), never the ID number.
    version: 5,
    name: 'public matters: votes cast at this kiosk, by voter pseudonym',
    sql: `
      CREATE TABLE topic_votes_local (
        topic_id TEXT NOT NULL,
        voter TEXT NOT NULL,
        -- No foreign key: the mark must outlive the transaction, which the retention sweep deletes
        -- (store.retentionDays) while a topic may stay open for longer.
        transaction_id TEXT NOT NULL,
        voted_at TEXT NOT NULL,
        PRIMARY KEY (topic_id, voter)
      );
    `,
  },
  {
    // 办件进度查询 and 服务评价 (issue 10). case_cache: the last-known CaseViews, sealed, under an
    // owner key (an HMAC of the ID number, or of the number + 查询码 typed) so a card only ever sees
    // its own cases offline. ratings_local: one rating per target at this kiosk (the key names the
    // rated thing, e.g. "ticket:A003:2026-12-01"), outliving the transaction's retention sweep.
    version: 6,
    name: 'progress: last-known cases by owner; ratings: one per target',
    sql: `
      CREATE TABLE case_cache (
        owner TEXT NOT NULL,
        case_number TEXT NOT NULL,
        view BLOB NOT NULL,                  -- AES-256-GCM sealed JSON CaseView
        checked_at TEXT NOT NULL,            -- the hub's checkedAt of the answer it came in
        PRIMARY KEY (owner, case_number)
      );
      CREATE TABLE ratings_local (
        target_key TEXT PRIMARY KEY,
        transaction_id TEXT NOT NULL,
        rated_at TEXT NOT NULL
      );
    `,
  },
  {
    // 事项办理 / 诉求反映 (issue 10): this kiosk's case sequence, the middle of every 办件编号
    // (shared/contract/cases.ts). One row; advanced in the same SQLite transaction as the case's
    // transaction record, so a number is never issued twice, nor reused after a crash or restart.
    version: 7,
    name: 'cases: the kiosk case sequence',
    sql: `
      CREATE TABLE case_sequence (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        last INTEGER NOT NULL
      );
    `,
  },
  {
    // 办件进度查询 (issue 21): the greeting's "您有 N 件办理结果" as the hub last counted it for a
    // resident, shown at once on their next card read while the hub is asked again. Only the count,
    // under an HMAC of the ID number (terminal/services/progress-query/notice-cache.ts).
    version: 8,
    name: 'progress: the last count of new results by resident',
    sql: `
      CREATE TABLE progress_notices (
        owner TEXT PRIMARY KEY,              -- HMAC of the ID number, never the number
        count INTEGER NOT NULL,
        kept_at TEXT NOT NULL
      );
    `,
  },
  {
    // The hall's queue (issue 25): each ticket's place and state, every call the display announces,
    // and each counter's pause and priority streak. A counter action changes them in one SQLite
    // transaction, so a kill -9 loses no ticket and never calls one twice.
    version: 9,
    name: 'hall queue: tickets, calls, counters',
    sql: `
      CREATE TABLE hall_tickets (
        id TEXT PRIMARY KEY,                 -- the ticket's transaction id
        day TEXT NOT NULL,                   -- the site's date
        number TEXT NOT NULL,                -- A012, printed and called
        queue_id TEXT NOT NULL,              -- the queue it waits in now (转窗口 changes it)
        priority TEXT,                       -- elder | disabled | military | appointment | NULL
        state TEXT NOT NULL CHECK (state IN ('waiting', 'called', 'serving', 'done', 'skipped')),
        issued_at TEXT NOT NULL,
        transferred_from TEXT,               -- the queue a 转窗口 moved it from: it goes first there
        counter_id TEXT,
        called_at TEXT,
        started_at TEXT,
        finished_at TEXT,
        recalls INTEGER NOT NULL DEFAULT 0,
        UNIQUE (day, number)
      );
      CREATE INDEX hall_tickets_state ON hall_tickets (day, state, queue_id);
      CREATE TABLE hall_calls (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        ticket_id TEXT NOT NULL REFERENCES hall_tickets (id),
        counter_id TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('call', 'repeat', 'recall')),
        at TEXT NOT NULL
      );
      CREATE TABLE hall_counters (
        counter_id TEXT PRIMARY KEY,
        paused INTEGER NOT NULL DEFAULT 0,
        priority_streak INTEGER NOT NULL DEFAULT 0
      );
    `,
  },
  {
    // 事项办理's pages and signature (issue 24): sealed with the store's key (field-cipher.ts), a
    // draft of the visit until the application is filed (the visit's end deletes its drafts), then
    // bound to the case's transaction and uploaded in chunks once the hub has the case; the row is
    // deleted when the hub acknowledges the whole attachment. No foreign key to transactions: the
    // retention sweep may remove an acknowledged case while a page is still on its way.
    version: 10,
    name: 'case attachments: captured pages and signatures',
    sql: `
      CREATE TABLE case_attachments (
        id TEXT PRIMARY KEY,                 -- ULID made here: the hub's key (a resend is a no-op)
        session_id TEXT NOT NULL,
        item_id TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('page', 'signature')),
        material INTEGER,
        page INTEGER,
        content_type TEXT NOT NULL,
        bytes INTEGER NOT NULL,
        sha256 TEXT NOT NULL,
        body BLOB NOT NULL,                  -- AES-256-GCM sealed bytes
        transaction_id TEXT,                 -- NULL while a draft of the visit
        created_at TEXT NOT NULL,
        attempts INTEGER NOT NULL DEFAULT 0,
        last_error TEXT
      );
      CREATE UNIQUE INDEX case_attachments_draft_slot ON case_attachments (session_id, item_id, material, page)
        WHERE transaction_id IS NULL AND kind = 'page';
      CREATE INDEX case_attachments_case ON case_attachments (transaction_id);
    `,
  },
];
