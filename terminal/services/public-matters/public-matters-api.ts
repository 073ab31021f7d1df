// 议题公告's slice of KioskApi and what central's `matters` document applies to it; while a resident
// waits it asks the hub through the kiosk's one connection (its link: central-link.ts). terminal.ts spreads `api` into the core's KioskApi; api.ts reads
// the answers' types off this builder.
import { randomBytes } from 'node:crypto';
import { said } from '../../says/say.ts';
import type { MattersBody } from '../../../shared/contract/public-matters.ts';
import type { ServiceContext } from '../service-context.ts';
import type { SliceMethods } from '../slice.ts';
import { createLocalVotes } from './local-votes.ts';
import { createMattersService } from './matters-service.ts';
import { publicMattersRequestSchemas } from './public-matters-contract.ts';

/** `voterKey`: key of this kiosk's voter pseudonyms (boot derives it from the store key); default per process. */
export function createPublicMattersApi(ctx: ServiceContext, voterKey: Buffer = randomBytes(32)) {
  const enter = () => ctx.enter('public-matters', said('core.notOfferedPublicMatters'));
  const matters = createMattersService({
    db: ctx.db,
    transactions: ctx.transactions,
    localVotes: createLocalVotes(ctx.db, voterKey),
    now: ctx.now,
    link: () => (ctx.online() ? (ctx.hub()?.matters ?? null) : null),
  });
  const api = {
    async mattersOverview() {
      enter();
      return matters.overview();
    },
    async getMatterDocument({ documentId }) {
      enter();
      return matters.document(documentId);
    },
    async getTopic({ topicId }) {
      return matters.topic(enter().session, topicId);
    },
    async voteOnTopic({ topicId, optionId, comment }) {
      const { session, service } = enter();
      return matters.vote(session, ctx.nextSeq(), service.id, topicId, optionId, comment);
    },
  } satisfies SliceMethods<typeof publicMattersRequestSchemas>;
  return {
    api,
    applyMatters: (body: MattersBody) => matters.apply(body),
  };
}

export type PublicMattersApi = ReturnType<typeof createPublicMattersApi>['api'];
