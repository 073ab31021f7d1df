// Ticket numbers: per queue, per local day, starting at 1 each morning (A001, A002…).
import type { Db } from './open-store.ts';

export function localDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Must run inside the caller's transaction so a number is never issued twice or skipped by a crash. */
export function nextTicketNumber(db: Db, queueId: string, prefix: string, at: Date): string {
  const day = localDay(at);
  const row = db
    .prepare(
      `INSERT INTO ticket_counters (queue_id, day, last) VALUES (?, ?, 1)
       ON CONFLICT (queue_id, day) DO UPDATE SET last = last + 1 RETURNING last`,
    )
    .get(queueId, day) as { last: number };
  return `${prefix}${String(row.last).padStart(3, '0')}`;
}
