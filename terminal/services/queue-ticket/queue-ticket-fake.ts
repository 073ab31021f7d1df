// 取号排队's fake for UI tests: numbers tickets A001, A002… for the queue asked (or the service's
// first); the print report and the issue time are the test's to set.
import { KioskError } from '../../kiosk-error.ts';
import type { PrintReport } from '../../print-report.ts';
import type { SliceFakeContext } from '../slice-fake.ts';
import type { QueueTicketApi } from './queue-ticket-api.ts';

export interface QueueTicketFakeControls {
  /** The print report the next ticket carries. */
  print(): PrintReport;
  /** When the next ticket says it was issued: a screen's clock is tested with it. */
  issuedAt(): Date;
  /** The hall's queue (issue 25): waiting counts per queue id; undefined: the hall runs no queue here. */
  waiting?(): Record<string, number> | undefined;
}

export function createQueueTicketFake(ctx: SliceFakeContext, next: QueueTicketFakeControls): QueueTicketApi {
  let ticketCount = 0;
  return {
    async takeQueueTicket(params) {
      const current = ctx.visit();
      const service = ctx.status().services.find((s) => s.id === params.serviceId);
      const queue = service?.queues?.find((q) => q.id === params.queueId) ?? service?.queues?.[0];
      if (!service || !queue) throw new KioskError('not-found', '没有这个队列。');
      const transactionId = `fake-tx-${++ticketCount}`;
      const waiting = next.waiting?.();
      current.transactions.add(transactionId);
      return {
        transactionId,
        ticketNumber: `${queue.prefix}${String(ticketCount).padStart(3, '0')}`,
        serviceName: service.name,
        queueName: queue.name,
        ...(queue.i18n ? { queueI18n: queue.i18n } : {}),
        issuedAt: next.issuedAt().toISOString(),
        ...(waiting && { position: { ahead: waiting[queue.id] ?? 0, wait: { low: 0, high: 0 } } }),
        print: next.print(),
        queuedForSync: true,
      };
    },
    async queueWaiting() {
      const counts = next.waiting?.();
      return counts ? { enabled: true, waiting: counts } : { enabled: false, waiting: {} };
    },
  };
}
