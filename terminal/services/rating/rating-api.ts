// 服务评价's part of KioskApi: the items a resident may rate, rating one, and the older
// `rateTransaction` (rate what was just done: a ticket, a certificate) on the same rules.
import { KioskError } from '../../api.ts';
import type { RatingTarget } from '../../../shared/contract/cases.ts';
import type { Db } from '../../store/open-store.ts';
import type { TransactionStore } from '../../store/transactions.ts';
import type { Session } from '../../session.ts';
import type { RateResult, RatingItem } from './rating-api-types.ts';
import type { SeenCase } from '../progress-query/progress-service.ts';
import { ALREADY_RATED, createRatingService } from './rating-service.ts';
import { askedReasons } from './rating-rules.ts';

export interface RatingApiDeps {
  db: Db;
  transactions: TransactionStore;
  now: () => Date;
  /** The site's zone: a typed ticket's day is a day on the hall's clock. */
  timeZone: () => string;
  /** The visit (counts as activity); throws for the resident when there is none. */
  session: () => Session;
  nextSeq: () => number;
  /** The catalog's 服务评价 entry id, for ratings not of a transaction of this visit. */
  ratingServiceId: () => string;
  seenCases: (session: Session) => SeenCase[];
  certificateName: (type: string) => string | null;
}

export function createRatingApi(deps: RatingApiDeps) {
  const ratings = createRatingService(deps);
  return {
    async ratingTargets(): Promise<{ items: RatingItem[] }> {
      return { items: ratings.targets(deps.session()) };
    },
    async rate(p: { target: RatingTarget; level: number; reasons?: string[]; reason?: string | null; reasonText: string | null }): Promise<RateResult> {
      const session = deps.session();
      return ratings.rate(session, deps.nextSeq, deps.ratingServiceId(), p.target, p.level, askedReasons(p), p.reasonText);
    },
    async rateTransaction(p: { transactionId: string; level: number; reasons?: string[]; reason?: string | null; reasonText?: string | null }): Promise<{ ok: true }> {
      const session = deps.session();
      const result = ratings.rate(session, deps.nextSeq, deps.ratingServiceId(), { type: 'transaction', transactionId: p.transactionId }, p.level, askedReasons(p), p.reasonText ?? null);
      if (result.status === 'already-rated') throw new KioskError('bad-request', ALREADY_RATED);
      return { ok: true };
    },
  };
}
