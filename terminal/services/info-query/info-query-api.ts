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
    transactions: ctx.transactions,
    printSlip: ctx.printSlip,
    site: () => ctx.config().site,
    now: ctx.now,
    printerOutage: () => printerOutage(ctx.devices.printer.status),
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
