// 服务评价's fake for UI tests: this visit's transactions are its items, every rating is taken.
// The real rules (one rating per item, reasons for 不满意) are tested on the real core
// (tests/terminal/rating.test.ts).
import { KioskError } from '../../kiosk-error.ts';
import { said } from '../../says/say.ts';
import type { SliceFakeContext } from '../slice-fake.ts';
import type { RatingApi } from './rating-api.ts';

export function createRatingFake(ctx: SliceFakeContext): RatingApi {
  return {
    async ratingTargets() {
      const visit = ctx.visit();
      return { items: [...visit.transactions].map((transactionId) => ({ target: { type: 'transaction' as const, transactionId }, title: transactionId, kind: 'visit' as const, rated: false })) };
    },
    async rate() {
      ctx.visit();
      return { ok: true, transactionId: 'fake-rating' };
    },
    async rateTransaction(params) {
      if (!ctx.visit().transactions.has(params.transactionId)) throw new KioskError('not-found', said('cases.ratingTargetNotFound'));
      return { ok: true };
    },
  };
}
