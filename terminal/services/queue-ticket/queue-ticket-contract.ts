// 取号排队's part of the KioskApi contract: the request schema (spread into api.ts's
// requestSchemas) and the ticket the screen shows. No Node imports: the renderer bundles this.
import { z } from 'zod';
import type { ServiceEntry } from '../../../config/catalog-schema.ts';
import type { PrintReport } from '../../print-report.ts';
import { requestId } from '../slice.ts';

export const queueTicketRequestSchemas = {
  takeQueueTicket: z.strictObject({
    serviceId: requestId,
    queueId: requestId.optional(),
    /** 残疾人/军人 (issue 25): the resident's own word, checked at the counter against the certificate. */
    priority: z.enum(['disabled', 'military']).optional(),
  }),
  /** The hall's queue (issue 25): how many wait for each of a service's queues, before taking a number. */
  queueWaiting: z.strictObject({ serviceId: requestId }),
} as const;

/** Where a new ticket stands in the hall's queue (issue 25): an estimate, never a promise. */
export interface QueuePosition {
  /** Tickets of the same queue called before this one. */
  ahead: number;
  /** Minutes, from the queue's recent service times; 0–0 when nobody is ahead. */
  wait: { low: number; high: number };
}

/** Waiting tickets per queue id; `enabled: false` when this hall does not run the queue here. */
export interface QueueWaiting {
  enabled: boolean;
  waiting: Record<string, number>;
  /** The priority a resident may ask for here (the hall's classes the counter checks by certificate). */
  priorityClasses?: DeclaredPriority[];
  /** This kiosk takes its numbers from the hall's queue host, which does not answer: no number now. */
  hostUnreachable?: boolean;
}

/** Priority a resident declares on the 取号 screen; 长辈 the kiosk reads from the ID card itself. */
export type DeclaredPriority = 'disabled' | 'military';

export interface QueueTicket {
  transactionId: string;
  ticketNumber: string;
  serviceName: string;
  queueName: string;
  /** The counter's name in other languages, from the catalog (the screen shows the resident's). */
  queueI18n?: NonNullable<ServiceEntry['queues']>[number]['i18n'];
  issuedAt: string;
  /** Absent when the hall's queue is not run here (the kiosk only numbers tickets). */
  position?: QueuePosition;
  /** Priority tickets go first (the hall's priority rules): 长辈 from the card, 残疾人/军人 as declared. */
  priority?: 'elder' | DeclaredPriority;
  print: PrintReport;
  /** True when the transaction is stored locally and will be sent to central later. */
  queuedForSync: boolean;
}
