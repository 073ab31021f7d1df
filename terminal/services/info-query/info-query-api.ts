// 政务信息查询's part of KioskApi, and what central's documents apply to it. terminal.ts spreads
// `api` into the core's KioskApi, so the service is wired there in one line.
import type { KioskApi } from '../../api.ts';
import type { ServiceCall } from '../visit.ts';
import { createInfoLibrary } from './info-library.ts';
import { createInfoService, type InfoServiceDeps } from './info-service.ts';

type InfoQueryMethods = Pick<KioskApi, 'infoOverview' | 'searchGuides' | 'getGuide' | 'printGuide' | 'listNotices'>;

export function createInfoQueryApi(deps: Omit<InfoServiceDeps, 'library'> & ServiceCall) {
  const library = createInfoLibrary();
  const info = createInfoService({ ...deps, library });
  const api: InfoQueryMethods = {
    async infoOverview() {
      deps.enter();
      return info.overview();
    },
    async searchGuides({ query, categoryId }) {
      deps.enter();
      return info.search(query, categoryId);
    },
    async getGuide({ guideId }) {
      deps.enter();
      return info.guide(guideId);
    },
    async printGuide({ guideId }) {
      const { session, service } = deps.enter();
      return info.print(session, deps.nextSeq(), service.id, guideId);
    },
    async listNotices() {
      deps.enter();
      return info.notices();
    },
  };
  return { api, applyGuides: library.applyGuides, applyNotices: library.applyNotices, guide: library.guide };
}
