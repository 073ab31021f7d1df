// 取号排队's part of the KioskApi contract: the request schema (spread into api.ts's
// requestSchemas) and the ticket the screen shows. No Node imports: the renderer bundles this.
import { z } from 'zod';
import type { ServiceEntry } from '../../../config/catalog-schema.ts';
import type { PrintReport } from '../../print-report.ts';
import { requestId } from '../slice.ts';

export const queueTicketRequestSchemas = {
  takeQueueTicket: z.strictObject({ serviceId: requestId, queueId: requestId.optional() }),
} as const;

export interface QueueTicket {
  transactionId: string;
  ticketNumber: string;
  serviceName: string;
  queueName: string;
  /** The counter's name in other languages, from the catalog (the screen shows the resident's). */
  queueI18n?: NonNullable<ServiceEntry['queues']>[number]['i18n'];
  issuedAt: string;
  print: PrintReport;
  /** True when the transaction is stored locally and will be sent to central later. */
  queuedForSync: boolean;
}
