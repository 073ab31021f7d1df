// 取号排队: issue a ticket number for a counter queue. The ticket, its outbox entry and its print
// job are committed together before a byte goes to the printer; the printer's trouble never
// loses a ticket (the number is on screen and the job waits for paper).
import { KioskError, type PrintReport, type QueueTicket } from '../api.ts';
import type { ServiceEntry } from '../../config/catalog-schema.ts';
import { encodeReceipt } from '../../printing/receipt.ts';
import type { Db } from '../store/open-store.ts';
import { rethrowStorageError, type TransactionStore } from '../store/transactions.ts';
import type { PrintJobStore } from '../store/print-jobs.ts';
import { nextTicketNumber } from '../store/ticket-counter.ts';
import type { Session } from '../session.ts';
import { queueTicketReceipt } from '../receipts/queue-ticket-receipt.ts';
import type { PrintQueue } from '../print-queue.ts';
import { said } from '../says/say.ts';

export interface QueueTicketDeps {
  db: Db;
  transactions: TransactionStore;
  printJobs: PrintJobStore;
  printQueue: PrintQueue;
  site: { name: string; code: string; timeZone: string };
  columns: 32 | 42 | 48;
  now: () => Date;
  queuedForSync: () => boolean;
  onPrintReport(transactionId: string, report: PrintReport): void;
  /** How long the resident's screen waits for the printer before showing the ticket anyway. */
  printWaitMs: number;
}

function personalOf(session: Session): Record<string, unknown> | undefined {
  const r = session.resident;
  if (!r) return undefined;
  return r.kind === 'id-card' ? { idNumber: r.idNumber, name: r.name } : { cardNumber: r.number };
}

export async function takeQueueTicket(
  deps: QueueTicketDeps,
  session: Session,
  seq: number,
  service: ServiceEntry,
  queueId: string | undefined,
): Promise<QueueTicket> {
  const queues = service.queues ?? [];
  const queue = queueId ? queues.find((q) => q.id === queueId) : queues.length === 1 ? queues[0] : undefined;
  if (!queue) throw new KioskError('bad-request', queueId ? said('core.noSuchQueue', { queueId }) : said('core.chooseQueue'));
  const issuedAt = deps.now();
  const queuedForSync = deps.queuedForSync();

  const issue = deps.db.transaction(() => {
    const ticketNumber = nextTicketNumber(deps.db, queue.id, queue.prefix, issuedAt, deps.site.timeZone);
    const transactionId = deps.transactions.record({
      sessionId: session.id,
      seq,
      kind: 'queue-ticket',
      serviceId: service.id,
      occurredAt: issuedAt,
      data: { ticketNumber, queueId: queue.id, queueName: queue.name, serviceName: service.name, siteCode: deps.site.code },
      personal: personalOf(session),
    });
    const receipt = queueTicketReceipt({
      siteName: deps.site.name,
      siteCode: deps.site.code,
      timeZone: deps.site.timeZone,
      serviceName: service.name,
      queueName: queue.name,
      ticketNumber,
      transactionId,
      issuedAt,
      queuedForSync,
    });
    const jobId = deps.printJobs.create(transactionId, encodeReceipt(receipt, deps.columns));
    return { ticketNumber, transactionId, jobId };
  });
  let issued: ReturnType<typeof issue>;
  try {
    issued = issue();
  } catch (err) {
    rethrowStorageError(err);
  }
  session.transactionIds.add(issued.transactionId);

  const printing = deps.printQueue.submit(issued.jobId);
  void printing.then((report) => deps.onPrintReport(issued.transactionId, report));
  const waited = await Promise.race([
    printing,
    new Promise<PrintReport>((resolve) => setTimeout(() => resolve({ state: 'printing' }), deps.printWaitMs).unref()),
  ]);
  return {
    transactionId: issued.transactionId,
    ticketNumber: issued.ticketNumber,
    serviceName: service.name,
    queueName: queue.name,
    ...(queue.i18n ? { queueI18n: queue.i18n } : {}),
    issuedAt: issuedAt.toISOString(),
    print: waited,
    queuedForSync,
  };
}
