// Hub migration 20 (issue 26): the outbox every notice and webhook event leaves through, the
// webhook endpoints they go to, the SMS templates admins edit, and the phones residents gave for
// notices. A row of `outbox` is one delivery: one event to one destination (an endpoint, or the
// SMS provider for one phone), written in the transaction of the change it announces.
export const notifyMigration = {
  version: 20,
  name: 'outbox, webhook endpoints, SMS templates and recipients (issue 26)',
  statements: [
    `CREATE TABLE webhook_endpoints (
       id text PRIMARY KEY,
       url text NOT NULL,
       secret text NOT NULL,
       events text[] NOT NULL,
       description text NOT NULL DEFAULT '',
       created_at timestamptz NOT NULL,
       created_by text NOT NULL,
       disabled_at timestamptz
     )`,
    // Opt-in at the kiosk: the phone a resident gave to be told about this case, and their language.
    `CREATE TABLE case_notice_recipients (
       case_number text PRIMARY KEY REFERENCES cases (case_number),
       phone text NOT NULL,
       language text NOT NULL
     )`,
    `CREATE TABLE sms_templates (
       language text PRIMARY KEY,
       text text NOT NULL,
       updated_at timestamptz NOT NULL,
       updated_by text NOT NULL
     )`,
    // state: pending (to send, from next_attempt_at), delivered (the receiver answered 2xx), dead
    // (given up: an admin replays it). leased_until: a worker is sending it; past that time a
    // crashed worker's row is taken again (at least once; the receiver dedups by event_id).
    `CREATE TABLE outbox (
       id bigserial PRIMARY KEY,
       event_id text NOT NULL,
       event_type text NOT NULL,
       destination text NOT NULL,
       ordering_key text NOT NULL,
       recipient text,
       payload jsonb NOT NULL,
       state text NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'delivered', 'dead')),
       attempts integer NOT NULL DEFAULT 0,
       created_at timestamptz NOT NULL,
       next_attempt_at timestamptz NOT NULL,
       leased_until timestamptz,
       lease_owner text,
       last_error text,
       delivered_at timestamptz,
       UNIQUE (event_id, destination)
     )`,
    `CREATE INDEX outbox_due ON outbox (next_attempt_at) WHERE state = 'pending'`,
    // The per-case order check: is an earlier delivery of this case to this destination still owed?
    `CREATE INDEX outbox_open_by_key ON outbox (destination, ordering_key, id) WHERE state <> 'delivered'`,
    `CREATE INDEX outbox_by_case ON outbox (ordering_key, id)`,
    `CREATE INDEX outbox_sms_sent ON outbox (recipient, delivered_at) WHERE recipient IS NOT NULL AND state = 'delivered'`,
  ],
};
