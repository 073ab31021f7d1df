// Ticket numbers: per queue, per day on the site's clock (`site.timeZone`, not the system's),
// starting at 1 each morning (A001, A002…).
import { zonedDay } from '../../../config/zoned-time.ts';
import type { Db } from '../../store/open-store.ts';

/** Must run inside the caller's transaction so a number is never issued twice or skipped by a crash. */
export function nextTicketNumber(db: Db, queueId: string, prefix: string, at: Date, timeZone: string): string {
  const day = zonedDay(at, timeZone);
  const row = db
    .prepare(
      `INSERT INTO ticket_counters (queue_id, day, last) VALUES (?, ?, 1)
       ON CONFLICT (queue_id, day) DO UPDATE SET last = last + 1 RETURNING last`,
    )
    .get(queueId, day) as { last: number };
  return `${prefix}${String(row.last).padStart(3, '0')}`;
}
