// The admin's side of 办件 and 服务评价: what GET /v1/admin/cases and /v1/admin/ratings answer and
// what an admin sends to move a case or follow up a bad rating. kioskctl parses answers with these.
import { z } from 'zod';
import { caseStatuses, ratingFollowUpStates, type CaseStatus } from './cases.ts';

const isoSchema = z.iso.datetime({ offset: true });

/** A status typed by an admin: an unknown one is named with the list of valid ones. */
export const adminCaseStatusSchema = z.string().refine((s): s is CaseStatus => (caseStatuses as readonly string[]).includes(s), {
  message: `unknown status; valid: ${caseStatuses.join(', ')}`,
});

export const caseStatusChangeSchema = z.strictObject({
  status: adminCaseStatusSchema,
  /** For the resident: why, what to bring, where to collect. Required for 不予受理, 补正材料, 已办结. */
  reply: z.string().trim().min(1).max(1000).nullable().optional(),
});
export type CaseStatusChange = z.infer<typeof caseStatusChangeSchema>;

export const adminCasesQuerySchema = z.strictObject({
  status: adminCaseStatusSchema.optional(),
  kind: z.enum(['application', 'demand']).optional(),
  site: z.string().min(1).max(100).optional(),
  /** Paging, newest first: the last case number of the page before (kioskctl cases --after). */
  after: z.string().regex(/^[0-9]{12}$/, 'a 12-digit case number').optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

export const caseStepSchema = z.object({ status: z.enum(caseStatuses), at: isoSchema, reply: z.string().nullable() });

export const adminCaseSummarySchema = z.object({
  caseNumber: z.string(),
  kind: z.enum(['application', 'demand']),
  title: z.string(),
  status: z.enum(caseStatuses),
  anonymous: z.boolean(),
  siteCode: z.string(),
  terminalId: z.string(),
  submittedAt: isoSchema,
  updatedAt: isoSchema,
});
export type AdminCaseSummary = z.infer<typeof adminCaseSummarySchema>;

export const adminCaseDetailSchema = adminCaseSummarySchema.extend({
  steps: z.array(caseStepSchema),
  /** Where the case may go next. */
  allowed: z.array(z.enum(caseStatuses)),
  /** What the clerk handles the case with: form answers, or the demand's words, place and callback phone. */
  details: z.record(z.string(), z.unknown()),
});
export type AdminCaseDetail = z.infer<typeof adminCaseDetailSchema>;

export const adminRatingsQuerySchema = z.strictObject({
  bad: z.enum(['true', 'false']).optional(),
  /** Paging, newest first: the last rating id of the page before (kioskctl ratings --after). */
  after: z.string().regex(/^[1-9][0-9]{0,17}$/, 'a rating id').optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

export const adminRatingSchema = z.object({
  id: z.string(),
  /** What was rated: application, demand, queue-ticket, counter-visit, or the kind of the rated transaction. */
  itemKind: z.string(),
  /** The case number, ticket number or transaction id, with its title when known. */
  item: z.string(),
  level: z.number().int().min(1).max(5),
  label: z.string(),
  /** The first reason (kept for readers of one reason). */
  reason: z.string().nullable(),
  /** Every reason given, in the order chosen (issue 21); one for ratings made before. */
  reasons: z.array(z.string()),
  reasonText: z.string().nullable(),
  siteCode: z.string(),
  terminalId: z.string(),
  ratedAt: isoSchema,
  /** The 整改 the bad rating opened (its state, latest note and id), or a follow-up set before 整改 existed. */
  followUp: z.object({ state: z.string(), note: z.string().nullable(), at: isoSchema.nullable(), rectificationId: z.string().nullable() }).nullable(),
});
export type AdminRating = z.infer<typeof adminRatingSchema>;
