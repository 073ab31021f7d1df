// 诉求反映's fake for UI tests: a kiosk that offers no categories; filing is refused. The real
// filing is tested on the real core (tests/terminal/demand.test.ts).
import { KioskError } from '../../kiosk-error.ts';
import type { SliceFakeContext } from '../slice-fake.ts';
import type { DemandApi } from './demand-api.ts';

export function createDemandFake(ctx: SliceFakeContext): DemandApi {
  return {
    async demandOptions() {
      ctx.visit();
      return { categories: [], phrases: {}, sites: [], resident: null, descriptionMaxLength: 500 };
    },
    async submitDemand() {
      throw new KioskError('unavailable', '本机没有开通诉求反映。');
    },
  };
}
