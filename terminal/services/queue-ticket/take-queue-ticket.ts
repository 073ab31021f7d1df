// 取号排队: issue a ticket number for a counter queue. The number, the ticket's transaction and its
// slip are recorded and printed the one way every slip is (receipt-slip.ts): a printer's trouble
// never loses a ticket (the number is on screen and the job waits for paper).
import { KioskError } from '../../kiosk-error.ts';
import type { ServiceEntry } from '../../../config/catalog-schema.ts';
import type { Session } from '../../session.ts';
import { said } from '../../says/say.ts';
import type { ServiceContext } from '../service-context.ts';
import type { QueueTicket } from './queue-ticket-contract.ts';
import { queueTicketReceipt } from './queue-ticket-receipt.ts';
import { nextTicketNumber } from './ticket-counter.ts';
import type { HallQueue } from '../hall-queue/hall-queue.ts';
import { queueClosed } from './queue-hours.ts';
import { ticketPriority } from './ticket-priority.ts';
import { zonedDay } from '../../../config/zoned-time.ts';
import { hallRole } from '../../../config/hall-schema.ts';
import type { HostLink } from '../hall-queue/host-link.ts';
import type { DeclaredPriority } from './queue-ticket-contract.ts';
import { ulid } from 'ulid';

function personalOf(session: Session): Record<string, unknown> | undefined {
  const r = session.resident;
  if (!r) return undefined;
  return r.kind === 'id-card' ? { idNumber: r.idNumber, name: r.name } : { cardNumber: r.number };
}

export async function takeQueueTicket(
  ctx: ServiceContext,
  session: Session,
  seq: number,
  service: ServiceEntry,
  queueId: string | undefined,
  hall: { queue: HallQueue; host: HostLink },
  declared?: DeclaredPriority,
): Promise<QueueTicket> {
  const hallQueue = hall.queue;
  const queues = service.queues ?? [];
  const queue = queueId ? queues.find((q) => q.id === queueId) : queues.length === 1 ? queues[0] : undefined;
  if (!queue) throw new KioskError('bad-request', queueId ? said('core.noSuchQueue', { queueId }) : said('core.chooseQueue'));
  const { site } = ctx.config();
  const role = hallRole(ctx.config().hall);
  const issuedAt = ctx.now();
  if (queueClosed(queue.closesAt, issuedAt, site.timeZone)) throw new KioskError('unavailable', said('core.queueClosed', { closesAt: queue.closesAt! }));
  const queuedForSync = !ctx.online();
  const priority = ticketPriority(session, ctx.config().hall, zonedDay(issuedAt, site.timeZone), declared);
  // Another kiosk of the hall: the number is the host's, asked before anything is recorded here. No
  // answer, no number: one from this kiosk's own sequence would clash with the host's.
  const fromHost = role === 'member' ? await hall.host.takeNumber({ requestId: ulid(), queueId: queue.id, priority }) : null;
  if (fromHost && !fromHost.ok) {
    if (fromHost.reason === 'queue-closed') throw new KioskError('unavailable', said('core.queueClosed', { closesAt: fromHost.closesAt }));
    throw new KioskError('unavailable', said('core.hallHostUnreachable'));
  }

  const issued = await ctx.printSlip(session, () => {
    const ticketNumber = fromHost ? fromHost.number : nextTicketNumber(ctx.db, queue.id, queue.prefix, issuedAt, site.timeZone);
    const transactionId = ctx.transactions.record({
      sessionId: session.id,
      seq,
      kind: 'queue-ticket',
      serviceId: service.id,
      occurredAt: issuedAt,
      data: { ticketNumber, queueId: queue.id, queueName: queue.name, serviceName: service.name, siteCode: site.code },
      personal: personalOf(session),
    });
    // In the hall's queue in the same transaction: a ticket on paper is always in line.
    if (role === 'host') hallQueue.enqueue({ id: transactionId, number: ticketNumber, queueId: queue.id, priority, issuedAt });
    const position = role === 'host' ? (hallQueue.position(transactionId) ?? undefined) : (fromHost?.position ?? undefined);
    const receipt = queueTicketReceipt({
      siteName: site.name,
      siteCode: site.code,
      timeZone: site.timeZone,
      serviceName: service.name,
      queueName: queue.name,
      ticketNumber,
      transactionId,
      issuedAt,
      queuedForSync,
      position,
      priority,
    });
    return { ticketNumber, transactionId, receipt, position };
  });
  if (role === 'host') hallQueue.announceTicket();
  return {
    transactionId: issued.transactionId,
    ticketNumber: issued.ticketNumber,
    serviceName: service.name,
    queueName: queue.name,
    ...(queue.i18n ? { queueI18n: queue.i18n } : {}),
    issuedAt: issuedAt.toISOString(),
    ...(issued.position && { position: issued.position }),
    ...(priority && priority !== 'appointment' && { priority }),
    print: issued.print,
    queuedForSync,
  };
}
