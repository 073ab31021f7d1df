// 议题公告's part of KioskApi, what central's `matters` document applies to it, and the hub link
// it asks while a resident waits. terminal.ts spreads `api` into the core's KioskApi.
import { randomBytes } from 'node:crypto';
import type { KioskApi } from '../../api.ts';
import type { ServiceCall } from '../visit.ts';
import type { MattersBody } from '../../../shared/contract/public-matters.ts';
import type { Db } from '../../store/open-store.ts';
import type { TransactionStore } from '../../store/transactions.ts';
import type { MattersLink } from './central-link.ts';
import { createLocalVotes } from './local-votes.ts';
import { createMattersService } from './matters-service.ts';

type PublicMattersMethods = Pick<KioskApi, 'mattersOverview' | 'getMatterDocument' | 'getTopic' | 'voteOnTopic'>;

export interface PublicMattersApiDeps extends ServiceCall {
  db: Db;
  transactions: TransactionStore;
  now: () => Date;
  /** Key of this kiosk's voter pseudonyms (boot derives it from the store key); default per process. */
  voterKey?: Buffer;
  /** Whether the hub can be asked now (the link is up): offline, nobody waits for a timeout. */
  online: () => boolean;
}

export function createPublicMattersApi(deps: PublicMattersApiDeps) {
  let link: MattersLink | null = null;
  const matters = createMattersService({
    db: deps.db,
    transactions: deps.transactions,
    localVotes: createLocalVotes(deps.db, deps.voterKey ?? randomBytes(32)),
    now: deps.now,
    link: () => (deps.online() ? link : null),
  });
  const api: PublicMattersMethods = {
    async mattersOverview() {
      deps.enter();
      return matters.overview();
    },
    async getMatterDocument({ documentId }) {
      deps.enter();
      return matters.document(documentId);
    },
    async getTopic({ topicId }) {
      return matters.topic(deps.enter().session, topicId);
    },
    async voteOnTopic({ topicId, optionId, comment }) {
      const { session, service } = deps.enter();
      return matters.vote(session, deps.nextSeq(), service.id, topicId, optionId, comment);
    },
  };
  return {
    api,
    applyMatters: (body: MattersBody) => matters.apply(body),
    connect: (next: MattersLink) => {
      link = next;
    },
  };
}
