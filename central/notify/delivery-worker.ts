// The delivery worker (issue 26): takes due rows from the outbox and sends them, one hub process
// or several on one PostgreSQL. A claim is a short transaction (FOR UPDATE SKIP LOCKED, so two
// workers never take one row) that leases the rows; the sending happens outside any transaction
// (PGlite has one connection: a transaction held open across an HTTP call would stall the hub).
// A row is taken only when every earlier row of its case to the same destination is delivered, so
// each receiver gets a case's events in order, and at most one of them is in flight at a time. A
// worker killed mid-send leaves a lease that expires: the row is sent again with the same event id
// (at least once; receivers deduplicate). A stopped worker finishes what it is sending first.
import { randomUUID } from 'node:crypto';
import type { Database } from '../storage/database.ts';
import { isoOf } from '../storage/database.ts';
import { backoffMs, defaultRetryPolicy, type RetryPolicy } from './retry-policy.ts';
import { SMS_DESTINATION } from './outbox.ts';
import { EVENT_ID_HEADER, signatureHeader, SIGNATURE_HEADER } from './signature.ts';
import { postSigned } from './post-signed.ts';
import type { SendResult, SmsProvider } from './sms/provider.ts';
import { defaultTemplates, FALLBACK_LANGUAGE, renderTemplate } from './sms/templates.ts';

export interface DeliveryOptions {
  now: () => number;
  /** Where a notice's progress link points (the hub as phones reach it). */
  publicUrl: string;
  /** null: SMS rows wait (a hub without a provider configured still records them). */
  sms: SmsProvider | null;
  retry?: RetryPolicy;
  /** How often an idle worker looks for due rows; a change at this hub wakes it at once. Default 1 s. */
  pollMs?: number;
  batchSize?: number;
  /** A receiver that has not answered by then has failed this attempt. Default 10 s. */
  timeoutMs?: number;
  /** Longer than timeoutMs: a row is not taken again while its sender may still be waiting. */
  leaseMs?: number;
  /** Per phone: at most this many notices an hour; more wait their turn. Default 5. */
  smsPerPhonePerHour?: number;
}

export interface DeliveryWorker {
  /** Look now (after a commit that queued something). */
  nudge(): void;
  /** One claim-and-send round; the number of rows it sent or retried. */
  runOnce(): Promise<number>;
  stop(): Promise<void>;
}

interface ClaimedRow {
  id: string;
  event_id: string;
  event_type: string;
  destination: string;
  recipient: string | null;
  payload: Record<string, unknown>;
  attempts: number;
  created_at: unknown;
}

const HOUR_MS = 3_600_000;

export function createDeliveryWorker(db: Database, options: DeliveryOptions): DeliveryWorker {
  const owner = randomUUID();
  const retry = options.retry ?? defaultRetryPolicy;
  const timeoutMs = options.timeoutMs ?? 10_000;
  const leaseMs = options.leaseMs ?? Math.max(60_000, timeoutMs * 3);
  const perPhone = options.smsPerPhonePerHour ?? 5;
  const iso = (ms: number) => new Date(ms).toISOString();

  async function claim(): Promise<ClaimedRow[]> {
    const now = options.now();
    return db.query<ClaimedRow>(
      `UPDATE outbox SET leased_until = $3::timestamptz, lease_owner = $4, attempts = attempts + 1
        WHERE id IN (
          SELECT o.id FROM outbox o
           WHERE o.state = 'pending' AND o.next_attempt_at <= $1::timestamptz AND (o.leased_until IS NULL OR o.leased_until <= $1::timestamptz)
             AND ($5::boolean OR o.destination <> '${SMS_DESTINATION}')
             AND NOT EXISTS (SELECT 1 FROM outbox e WHERE e.destination = o.destination AND e.ordering_key = o.ordering_key AND e.id < o.id AND e.state <> 'delivered')
           ORDER BY o.id LIMIT $2
           FOR UPDATE SKIP LOCKED)
        RETURNING id::text AS id, event_id, event_type, destination, recipient, payload, attempts, created_at`,
      [iso(now), options.batchSize ?? 20, iso(now + leaseMs), owner, options.sms !== null],
    );
  }

  async function sendWebhook(row: ClaimedRow, signal: AbortSignal): Promise<SendResult> {
    const [endpoint] = await db.query<{ url: string; secret: string; disabled_at: unknown }>('SELECT url, secret, disabled_at FROM webhook_endpoints WHERE id = $1', [row.destination]);
    if (!endpoint || endpoint.disabled_at) return { ok: false, error: 'the endpoint was removed' };
    const body = JSON.stringify(row.payload);
    return postSigned(endpoint.url, body, { [SIGNATURE_HEADER]: signatureHeader(endpoint.secret, body, options.now()), [EVENT_ID_HEADER]: row.event_id, 'kiosk-event-type': row.event_type }, signal);
  }

  /** Notices to one phone this hour: past the limit, when the next may go; otherwise null. */
  async function phoneBusyUntil(phone: string): Promise<number | null> {
    const since = options.now() - HOUR_MS;
    const sent = await db.query<{ at: unknown }>(
      `SELECT delivered_at AS at FROM outbox WHERE recipient = $1 AND state = 'delivered' AND delivered_at > $2::timestamptz ORDER BY delivered_at`,
      [phone, iso(since)],
    );
    return sent.length >= perPhone ? Date.parse(isoOf(sent[sent.length - perPhone]!.at)) + HOUR_MS : null;
  }

  async function sendSms(row: ClaimedRow, signal: AbortSignal): Promise<SendResult | { waitUntil: number }> {
    const busy = await phoneBusyUntil(row.recipient!);
    if (busy !== null) return { waitUntil: busy };
    const { caseNumber, status, language } = row.payload as { caseNumber: string; status: string; language: string };
    const templates = await db.query<{ language: string; text: string }>('SELECT language, text FROM sms_templates WHERE language = ANY($1::text[])', [[language, FALLBACK_LANGUAGE]]);
    const text = templates.find((t) => t.language === language)?.text ?? defaultTemplates[language] ?? templates.find((t) => t.language === FALLBACK_LANGUAGE)?.text ?? defaultTemplates[FALLBACK_LANGUAGE]!;
    const link = `${options.publicUrl.replace(/\/+$/, '')}/progress/${caseNumber}`;
    return options.sms!.send({ id: row.event_id, phone: row.recipient!, text: renderTemplate(text, { caseNumber, status, link }) }, signal);
  }

  async function deliver(row: ClaimedRow): Promise<void> {
    const signal = AbortSignal.timeout(timeoutMs);
    let result: SendResult | { waitUntil: number };
    try {
      result = row.destination === SMS_DESTINATION ? await sendSms(row, signal) : await sendWebhook(row, signal);
    } catch (err) {
      result = { ok: false, error: (err as Error).message.slice(0, 200) };
    }
    const now = options.now();
    if ('waitUntil' in result) {
      // The phone's hourly allowance is used up: not an attempt, the notice just waits its turn.
      await db.query(`UPDATE outbox SET attempts = attempts - 1, next_attempt_at = $3::timestamptz, leased_until = NULL WHERE id = $1::bigint AND lease_owner = $2`, [row.id, owner, iso(result.waitUntil)]);
    } else if (result.ok) {
      await db.query(`UPDATE outbox SET state = 'delivered', delivered_at = $3::timestamptz, leased_until = NULL, last_error = NULL WHERE id = $1::bigint AND lease_owner = $2`, [row.id, owner, iso(now)]);
    } else {
      const dead = now - Date.parse(isoOf(row.created_at)) >= retry.giveUpAfterMs;
      await db.query(
        `UPDATE outbox SET state = $3, next_attempt_at = $4::timestamptz, leased_until = NULL, last_error = $5 WHERE id = $1::bigint AND lease_owner = $2`,
        [row.id, owner, dead ? 'dead' : 'pending', iso(now + backoffMs(retry, row.attempts, result.retryAfterMs)), result.error],
      );
    }
  }

  let running = true;
  let current: Promise<number> = Promise.resolve(0);
  let wake: (() => void) | null = null;

  async function runOnce(): Promise<number> {
    const rows = await claim();
    await Promise.all(rows.map(deliver));
    return rows.length;
  }

  async function loop(): Promise<void> {
    while (running) {
      current = runOnce().catch(() => 0); // a database hiccup: the next round tries again
      const done = await current;
      if (done > 0 || !running) continue;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, options.pollMs ?? 1000);
        wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      wake = null;
    }
  }
  const looping = loop();

  return {
    nudge: () => wake?.(),
    runOnce,
    async stop() {
      running = false;
      wake?.();
      await looping;
    },
  };
}
