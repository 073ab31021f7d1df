// 议题公告's fake for UI tests: a kiosk that holds no matters yet. The real rules (one vote per
// resident and topic) are tested on the real core (tests/terminal/public-matters.test.ts).
import { KioskError } from '../../kiosk-error.ts';
import type { SliceFakeContext } from '../slice-fake.ts';
import type { PublicMattersApi } from './public-matters-api.ts';

const TOPIC_GONE = '找不到这个议题，它可能已撤下，请返回重新选择。';

export function createPublicMattersFake(ctx: SliceFakeContext): PublicMattersApi {
  return {
    async mattersOverview() {
      ctx.visit();
      return { sections: [], topics: [] };
    },
    async getMatterDocument() {
      throw new KioskError('not-found', '找不到这份公开内容，它可能已更新，请返回重新选择。');
    },
    async getTopic() {
      throw new KioskError('not-found', TOPIC_GONE);
    },
    async voteOnTopic() {
      throw new KioskError('not-found', TOPIC_GONE);
    },
  };
}
