// 服务评价's part of the KioskApi contract: request schemas (spread into api.ts's requestSchemas)
// and the answers. No Node imports: the renderer bundles this.
import { z } from 'zod';
import type { RatingTarget } from '../../../shared/contract/cases.ts';
import type { Say } from '../../says/say.ts';

/** Loose on purpose: the core checks the number's digits and the target itself, with messages a resident can act on. */
const targetParams = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('transaction'), transactionId: z.string().min(1).max(100) }),
  z.strictObject({ type: z.literal('case'), caseNumber: z.string().min(1).max(40) }),
  z.strictObject({ type: z.literal('ticket'), ticketNumber: z.string().min(1).max(20), date: z.string().min(1).max(20) }),
]);

export const ratingRequestSchemas = {
  /** 服务评价 of what was just done; levels 1–2 need a reason from the contract's list (issue 10). */
  rateTransaction: z.strictObject({
    transactionId: z.string().min(1).max(64),
    level: z.number().int().min(1).max(5),
    /** Every reason chosen (issue 21); `reason`: one, as screens before it sent. */
    reasons: z.array(z.string().max(40)).max(8).optional(),
    reason: z.string().max(40).nullable().optional(),
    reasonText: z.string().max(500).nullable().optional(),
  }),
  /** What this resident may rate now: this visit's items, their cases, and whether each is rated. */
  ratingTargets: z.strictObject({}),
  rate: z.strictObject({
    target: targetParams,
    level: z.number().int().min(1).max(5),
    /** Every reason chosen (不满意, 非常不满意: at least one). */
    reasons: z.array(z.string().max(40)).max(8).optional(),
    /** One reason, as screens before issue 21 sent it; `reasons` wins when both come. */
    reason: z.string().max(40).nullable().optional(),
    reasonText: z.string().max(500).nullable(),
  }),
} as const;

export interface RatingItem {
  target: RatingTarget;
  /** What the resident recognises: "取号排队 A003", "居住证明", "最低生活保障申请 0012-0000345-7". */
  title: string;
  kind: 'visit' | 'case';
  rated: boolean;
  /** For a case: its parts, so the screen can name a demand's category in the resident's language. */
  case?: { kind: 'application' | 'demand'; title: string; formattedCaseNumber: string };
}

/** `message` in Chinese; `say` shows it in the resident's language (renderer/i18n/said.ts). */
export type RateResult = { ok: true; transactionId: string } | { ok: false; reason: 'already-rated'; message: string; say?: Say };
