// 取号排队's slice of KioskApi: the service must be a queue the catalog offers and able to print
// here, then take-queue-ticket.ts numbers, records and prints the ticket. api.ts reads the answer's
// type off this builder.
import { KioskError } from '../../kiosk-error.ts';
import { said } from '../../says/say.ts';
import type { ServiceContext } from '../service-context.ts';
import type { SliceMethods } from '../slice.ts';
import { queueTicketRequestSchemas } from './queue-ticket-contract.ts';
import { takeQueueTicket } from './take-queue-ticket.ts';
import type { HallQueue } from '../hall-queue/hall-queue.ts';
import type { HostLink } from '../hall-queue/host-link.ts';
import { hallRole } from '../../../config/hall-schema.ts';
import { declarablePriorities } from './ticket-priority.ts';

export function createQueueTicketApi(ctx: ServiceContext, hall: { queue: HallQueue; host: HostLink }) {
  return {
    async takeQueueTicket({ serviceId, queueId, priority }) {
      const session = ctx.visit();
      const service = ctx.findService(serviceId);
      if (service.kind !== 'queue-ticket') throw new KioskError('bad-request', said('core.notQueueService'));
      if (service.requiresIdentity && !session.resident) throw new KioskError('no-session', said('core.queueNeedsIdCard'));
      const reason = ctx.outageOf(service);
      if (reason) throw new KioskError('unavailable', said('core.outageQueueAtCounter', { reason }));
      return takeQueueTicket(ctx, session, ctx.nextSeq(), service, queueId, hall, priority);
    },
    async queueWaiting({ serviceId }) {
      ctx.activity();
      const service = ctx.findService(serviceId);
      if (service.kind !== 'queue-ticket') throw new KioskError('bad-request', said('core.notQueueService'));
      const role = hallRole(ctx.config().hall);
      if (role === 'off') return { enabled: false, waiting: {} };
      const priorityClasses = declarablePriorities(ctx.config().hall);
      const counts = role === 'host' ? hall.queue.waitingCounts() : await hall.host.waiting();
      if (!counts) return { enabled: true, waiting: {}, priorityClasses, hostUnreachable: true };
      return { enabled: true, waiting: Object.fromEntries((service.queues ?? []).map((q) => [q.id, counts[q.id] ?? 0])), priorityClasses };
    },
  } satisfies SliceMethods<typeof queueTicketRequestSchemas>;
}

export type QueueTicketApi = ReturnType<typeof createQueueTicketApi>;
