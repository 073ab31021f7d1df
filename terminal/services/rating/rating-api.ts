// 服务评价's slice of KioskApi: the items a resident may rate, rating one, and the older
// `rateTransaction` (rate what was just done: a ticket, a certificate) on the same rules.
// api.ts reads the answers' types off this builder.
import { KioskError } from '../../kiosk-error.ts';
import type { Session } from '../../session.ts';
import type { ServiceContext } from '../service-context.ts';
import type { SliceMethods } from '../slice.ts';
import type { SeenCase } from '../progress-query/progress-service.ts';
import { ratingRequestSchemas, type RatingItem } from './rating-contract.ts';
import { ALREADY_RATED, createRatingService } from './rating-service.ts';
import { askedReasons } from './rating-rules.ts';

/** `seenCases`: the cases 办件进度查询 showed this visit (they may be rated). */
export function createRatingApi(ctx: ServiceContext, seenCases: (session: Session) => SeenCase[]) {
  const catalog = () => ctx.catalog().services;
  const ratings = createRatingService({
    db: ctx.db,
    transactions: ctx.transactions,
    now: ctx.now,
    timeZone: () => ctx.config().site.timeZone,
    seenCases,
    certificateName: (type) => catalog().flatMap((s) => s.certificateTypes ?? []).find((c) => c.id === type)?.name ?? null,
  });
  /** The catalog's 服务评价 entry id, for ratings not of a transaction of this visit. */
  const ratingServiceId = () => catalog().find((s) => s.kind === 'rating')?.id ?? 'rating';
  const api = {
    async ratingTargets(): Promise<{ items: RatingItem[] }> {
      return { items: ratings.targets(ctx.visit()) };
    },
    async rate(p) {
      const session = ctx.visit();
      return ratings.rate(session, ctx.nextSeq, ratingServiceId(), p.target, p.level, askedReasons(p), p.reasonText);
    },
    async rateTransaction(p): Promise<{ ok: true }> {
      const session = ctx.visit();
      const result = ratings.rate(session, ctx.nextSeq, ratingServiceId(), { type: 'transaction', transactionId: p.transactionId }, p.level, askedReasons(p), p.reasonText ?? null);
      if (!result.ok) throw new KioskError('bad-request', ALREADY_RATED);
      return { ok: true };
    },
  } satisfies SliceMethods<typeof ratingRequestSchemas>;
  return api;
}

export type RatingApi = ReturnType<typeof createRatingApi>;
