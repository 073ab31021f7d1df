// 政务信息查询's slice of KioskApi, and what central's documents apply to it. terminal.ts spreads
// `api` into the core's KioskApi; api.ts reads the answers' types off this builder.
import { said } from '../../says/say.ts';
import { printerOutage } from '../../outage.ts';
import type { ServiceContext } from '../service-context.ts';
import type { SliceMethods } from '../slice.ts';
import { infoQueryRequestSchemas } from './info-query-contract.ts';
import { createInfoLibrary } from './info-library.ts';
import { createInfoService } from './info-service.ts';

export function createInfoQueryApi(ctx: ServiceContext) {
  const enter = () => ctx.enter('info-query', said('core.notOfferedInfoQuery'));
  const library = createInfoLibrary();
  const info = createInfoService({
    library,
    db: ctx.db,
    transactions: ctx.transactions,
    printJobs: ctx.printJobs,
    printQueue: ctx.printQueue,
    site: () => ctx.config().site,
    columns: () => ctx.config().devices.printer.columns,
    now: ctx.now,
    printerOutage: () => printerOutage(ctx.devices.printer.status),
    onPrintReport: (transactionId, report) => ctx.emit('print', { transactionId, report }),
    printWaitMs: 8000,
  });
  const api = {
    async infoOverview() {
      enter();
      return info.overview();
    },
    async searchGuides({ query, categoryId }) {
      enter();
      return info.search(query, categoryId);
    },
    async getGuide({ guideId }) {
      enter();
      return info.guide(guideId);
    },
    async printGuide({ guideId }) {
      const { session, service } = enter();
      return info.print(session, ctx.nextSeq(), service.id, guideId);
    },
    async listNotices() {
      enter();
      return info.notices();
    },
  } satisfies SliceMethods<typeof infoQueryRequestSchemas>;
  return { api, applyGuides: library.applyGuides, applyNotices: library.applyNotices, guide: library.guide };
}

export type InfoQueryApi = ReturnType<typeof createInfoQueryApi>['api'];
