// Every service's slice, built once from the core's context: terminal.ts spreads `api` into
// KioskApi and keeps the hooks a few services need from the core (central's documents, the hub
// links, a card read, the barcode scanner). Adding a service is a line here and one in api.ts.
import type { ServiceContext } from './service-context.ts';
import { createInfoQueryApi } from './info-query/info-query-api.ts';
import { createPublicMattersApi } from './public-matters/public-matters-api.ts';
import { createProgressQueryApi } from './progress-query/progress-query-api.ts';
import { createRatingApi } from './rating/rating-api.ts';
import { caseFilingDeps, type CaseFilingDeps } from './case-filing/case-filing.ts';
import { createApplicationApi } from './application/application-api.ts';
import { createCaseAttachmentStore } from './application/case-attachment-store.ts';
import { createDemandApi } from './demand/demand-api.ts';
import { createQueueTicketApi } from './queue-ticket/queue-ticket-api.ts';
import { createCertificatePrintApi } from './certificate-print/certificate-print-api.ts';
import { createHallQueue } from './hall-queue/hall-queue.ts';
import { createHostLink } from './hall-queue/host-link.ts';
import { createKioskNumbers } from './hall-queue/kiosk-numbers.ts';
import { appendAudit } from '../store/audit-log.ts';

export interface ServiceOptions {
  /** 证明打印: where its PDFs wait for CUPS. */
  spoolDir?: string;
  /** 议题公告: key for the kiosk's voter pseudonyms (boot derives it from the store key). */
  voterKey?: Buffer;
  /** 办件进度查询 (issue 10): key of the sealed case cache (boot derives it from the store key). */
  progressKey?: Buffer;
  /** 事项办理 / 诉求反映: the hub's progress page for the receipt's QR, read at each case. */
  progressBase: CaseFilingDeps['progressBase'];
}

export function createServiceSlices(ctx: ServiceContext, options: ServiceOptions) {
  const infoQuery = createInfoQueryApi(ctx);
  const publicMatters = createPublicMattersApi(ctx, options.voterKey);
  const progressQuery = createProgressQueryApi(ctx, options.progressKey);
  // The hall's queue (issue 25): the catalog's 取号排队 queues, called by the counters.
  const hallQueue = createHallQueue({
    db: ctx.db,
    hall: () => ctx.config().hall,
    queues: () => ctx.catalog().services.flatMap((s) => (s.kind === 'queue-ticket' ? (s.queues ?? []) : [])),
    now: ctx.now,
    timeZone: () => ctx.config().site.timeZone,
    // The day's queue goes to the hub as transactions (one per finished ticket), through the outbox.
    recordService: (service, seq) => {
      const entry = ctx.catalog().services.find((s) => s.kind === 'queue-ticket' && s.queues?.some((q) => q.id === service.queueId));
      ctx.transactions.record({
        sessionId: `hall-queue-${service.day}`,
        seq,
        kind: 'queue-service',
        serviceId: entry?.id ?? 'queue',
        occurredAt: new Date(service.finishedAt),
        data: { ...service, siteCode: ctx.config().site.code },
      });
    },
  });
  // Another kiosk of the hall takes its numbers from the queue host; why it could not, the
  // technician reads among the diagnostics' latest errors.
  const hallHost = createHostLink({
    host: () => ctx.config().hall.host,
    trouble: (detail) => appendAudit(ctx.db, 'hall-host-failed', detail, ctx.now()),
  });
  const caseAttachments = createCaseAttachmentStore(ctx.db, ctx.transactions.cipher, ctx.now);
  // Pages of a visit that ended without filing, or of one a restart cut off, are deleted.
  caseAttachments.dropDraftsExcept(null);
  const filing = caseFilingDeps(ctx, { terminalNumber: () => ctx.hub()?.terminalNumber() ?? 0, progressBase: options.progressBase });
  return {
    api: {
      ...createQueueTicketApi(ctx, { queue: hallQueue, host: hallHost }), // 取号排队
      ...createCertificatePrintApi(ctx, options.spoolDir), // 证明打印
      ...infoQuery.api, // 政务信息查询 (issue 9)
      ...publicMatters.api, // 议题公告 (issue 9)
      ...progressQuery.api, // 办件进度查询 (issue 10)
      ...createRatingApi(ctx, progressQuery.seenCases), // 服务评价 (issue 10)
      ...createApplicationApi(ctx, filing, infoQuery.guide, caseAttachments), // 事项办理 (issue 10; pages and signature, issue 24)
      ...createDemandApi(ctx, filing), // 诉求反映 (issue 10)
    },
    infoQuery,
    publicMatters,
    progressQuery,
    hallQueue,
    /** The queue host's numbers for the hall's other kiosks (hall-server.ts serves them). */
    kioskNumbers: createKioskNumbers({
      db: ctx.db,
      queue: hallQueue,
      queues: () => ctx.catalog().services.flatMap((s) => (s.kind === 'queue-ticket' ? (s.queues ?? []) : [])),
      now: ctx.now,
      timeZone: () => ctx.config().site.timeZone,
    }),
    caseAttachments,
  };
}
