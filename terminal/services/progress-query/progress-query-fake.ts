// 办件进度查询's fake for UI tests: a kiosk with no hub and no cases. The real rules are tested on
// the real core (tests/terminal/progress-query.test.ts).
import { said } from '../../says/say.ts';
import type { SliceFakeContext } from '../slice-fake.ts';
import type { ProgressQueryApi } from './progress-query-api.ts';

export function createProgressQueryFake(ctx: SliceFakeContext): ProgressQueryApi {
  return {
    async myCases() {
      ctx.visit();
      return { ok: true, cases: [], source: 'local', asOf: null };
    },
    async lookupCase() {
      ctx.visit();
      return { ok: false, reason: 'not-found', ...said('cases.caseUnreachable') };
    },
    async progressNotice() {
      return { count: null };
    },
  };
}
