// 政务信息查询's fake for UI tests: a kiosk that holds no guides or notices yet. The real library
// is tested on the real core (tests/terminal/info-query.test.ts).
import { KioskError } from '../../kiosk-error.ts';
import type { SliceFakeContext } from '../slice-fake.ts';
import type { InfoQueryApi } from './info-query-api.ts';

const GUIDE_GONE = '找不到这份办事指南，它可能已更新，请返回重新查找。';

export function createInfoQueryFake(ctx: SliceFakeContext): InfoQueryApi {
  return {
    async infoOverview() {
      ctx.visit();
      return { categories: [], guideCount: 0, noticeCount: 0 };
    },
    async searchGuides() {
      ctx.visit();
      return { guides: [], total: 0 };
    },
    async getGuide() {
      throw new KioskError('not-found', GUIDE_GONE);
    },
    async printGuide() {
      throw new KioskError('not-found', GUIDE_GONE);
    },
    async listNotices() {
      ctx.visit();
      return [];
    },
  };
}
