// Writing to the outbox (issue 26): called inside the transaction of the change being announced,
// so the change and its announcements commit or roll back together (the transactional outbox).
// One row per destination: each enabled endpoint subscribed to the event type, and for a status
// change the SMS provider when the resident opted in. Nothing is sent here: the delivery worker
// (delivery-worker.ts) reads the rows after the commit.
import { randomUUID } from 'node:crypto';
import type { CaseStatus } from '../../shared/contract/cases.ts';
import type { Queryable } from '../storage/database.ts';
import { orderingKeyOf, type EventData, type WebhookEvent, type WebhookEventType } from './events.ts';

/** The destination of SMS notices: one provider per hub (configured at start). */
export const SMS_DESTINATION = 'sms';

export function newEventId(): string {
  return `evt_${randomUUID()}`;
}

/** Queues `type` for every enabled endpoint that subscribed to it; returns the event. */
export async function recordEvent<T extends WebhookEventType>(tx: Queryable, type: T, data: EventData[T], at: string): Promise<WebhookEvent<T>> {
  const [event] = await recordEvents(tx, [{ type, data, at }]);
  return event as WebhookEvent<T>;
}

/**
 * Queues several events with one statement (a batch of new cases): rows are numbered in the given
 * order, and that number is the order a receiver gets one case's events in.
 */
export async function recordEvents(tx: Queryable, drafts: readonly { type: WebhookEventType; data: EventData[WebhookEventType]; at: string }[]): Promise<WebhookEvent[]> {
  if (drafts.length === 0) return [];
  const events = drafts.map((d) => ({ id: newEventId(), type: d.type, createdAt: d.at, data: d.data }) as WebhookEvent);
  await tx.query(
    `INSERT INTO outbox (event_id, event_type, destination, ordering_key, payload, created_at, next_attempt_at)
     SELECT v.event_id, v.event_type, e.id, v.ordering_key, v.payload, v.at, v.at
       FROM unnest($1::text[], $2::text[], $3::text[], $4::jsonb[], $5::timestamptz[]) WITH ORDINALITY AS v (event_id, event_type, ordering_key, payload, at, ordinal)
       JOIN webhook_endpoints e ON e.disabled_at IS NULL AND v.event_type = ANY (e.events)
      ORDER BY v.ordinal, e.id`,
    [events.map((e) => e.id), events.map((e) => e.type), events.map(orderingKeyOf), events.map((e) => JSON.stringify(e)), events.map((e) => e.createdAt)],
  );
  return events;
}

/** The SMS a resident opted in to: queued when their case's status changes (no-op without opt-in). */
export async function queueStatusNotice(tx: Queryable, caseNumber: string, status: CaseStatus, at: string, eventId: string): Promise<void> {
  await tx.query(
    `INSERT INTO outbox (event_id, event_type, destination, ordering_key, recipient, payload, created_at, next_attempt_at)
     SELECT $1, 'case.status_changed', $2, $3, r.phone, jsonb_build_object('caseNumber', $4::text, 'status', $5::text, 'language', r.language), $6::timestamptz, $6::timestamptz
       FROM case_notice_recipients r WHERE r.case_number = $4`,
    [eventId, SMS_DESTINATION, `case:${caseNumber}`, caseNumber, status, at],
  );
}

/** The phone and language a resident gave at the kiosk for this case's notices. */
export async function recordNoticeRecipients(tx: Queryable, recipients: readonly { caseNumber: string; phone: string; language: string }[]): Promise<void> {
  if (recipients.length === 0) return;
  await tx.query(
    `INSERT INTO case_notice_recipients (case_number, phone, language)
     SELECT * FROM unnest($1::text[], $2::text[], $3::text[]) ON CONFLICT (case_number) DO NOTHING`,
    [recipients.map((r) => r.caseNumber), recipients.map((r) => r.phone), recipients.map((r) => r.language)],
  );
}
