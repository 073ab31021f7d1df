// The queue host numbers the hall's other kiosks' tickets (issue 25): a kiosk that is not the host
// asks here for each number, so every number of the hall comes from one sequence (the host's own
// ticket counter) and every ticket waits in one line. The kiosk sends an id of its own making; a
// retry with the same id (an answer lost, the host restarted) gets the same number again, never
// a second one.
import { z } from 'zod';
import type { PriorityClass } from '../../../config/hall-schema.ts';
import { priorityClassSchema } from '../../../config/hall-schema.ts';
import type { Db } from '../../store/open-store.ts';
import { nextTicketNumber } from '../queue-ticket/ticket-counter.ts';
import { queueClosed } from '../queue-ticket/queue-hours.ts';
import type { HallQueue, TicketPosition } from './hall-queue.ts';
import { ticketById } from './hall-rows.ts';

export const kioskTicketRequestSchema = z.strictObject({
  /** Made by the asking kiosk (a ULID); the same id is the same ticket. */
  requestId: z.string().regex(/^[0-9A-Za-z]{10,40}$/),
  queueId: z.string().regex(/^[a-z0-9-]{1,40}$/),
  priority: priorityClassSchema.nullable(),
});
export type KioskTicketRequest = z.infer<typeof kioskTicketRequestSchema>;

export type KioskNumber =
  | { ok: true; number: string; position: TicketPosition | null }
  | { ok: false; reason: 'no-such-queue'; message: string }
  | { ok: false; reason: 'queue-closed'; closesAt: string; message: string };

export interface KioskNumberDeps {
  db: Db;
  queue: HallQueue;
  /** The host's catalog queues: their letters and closing times. */
  queues(): readonly { id: string; prefix: string; closesAt?: string | undefined }[];
  now(): Date;
  timeZone(): string;
}

/** Kept apart from the host's own tickets (its transaction ids) whatever id a kiosk sends. */
const ticketId = (requestId: string) => `kiosk-${requestId}`;

export function createKioskNumbers(deps: KioskNumberDeps) {
  const issue = deps.db.transaction((req: KioskTicketRequest, issuedAt: Date): KioskNumber => {
    const id = ticketId(req.requestId);
    const known = ticketById(deps.db, id);
    if (known) return { ok: true, number: known.number, position: null };
    const queue = deps.queues().find((q) => q.id === req.queueId);
    if (!queue) return { ok: false, reason: 'no-such-queue', message: `没有这个排队窗口：${req.queueId}` };
    if (queueClosed(queue.closesAt, issuedAt, deps.timeZone())) {
      return { ok: false, reason: 'queue-closed', closesAt: queue.closesAt!, message: `今天 ${queue.closesAt} 以后不再取号。` };
    }
    const number = nextTicketNumber(deps.db, queue.id, queue.prefix, issuedAt, deps.timeZone());
    deps.queue.enqueue({ id, number, queueId: queue.id, priority: req.priority as PriorityClass | null, issuedAt });
    return { ok: true, number, position: null };
  });

  return {
    /** One number for another kiosk of the hall, in line at once (one IMMEDIATE transaction). */
    issue(req: KioskTicketRequest): KioskNumber {
      const outcome = issue.immediate(req, deps.now());
      if (!outcome.ok) return outcome;
      deps.queue.announceTicket();
      return { ...outcome, position: deps.queue.position(ticketId(req.requestId)) };
    },
  };
}

export type KioskNumbers = ReturnType<typeof createKioskNumbers>;
