// What the 整改 API answers and accepts (the console is its first client).
import { z } from 'zod';
import type { AdminRating } from '../../../shared/contract/case-admin.ts';
import type { CaseStatus } from '../../../shared/contract/cases.ts';
import { followUpResults, rectificationActions, rectificationStates, type FollowUpResult, type RectificationAction, type RectificationState } from './rules.ts';

export const rectificationsQuerySchema = z.strictObject({
  state: z.enum(rectificationStates, { message: `unknown state; valid: ${rectificationStates.join(', ')}` }).optional(),
  /** true: only those past their due day with the site's work still owed. */
  overdue: z.enum(['true', 'false']).optional(),
  site: z.string().min(1).max(100).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type RectificationsQuery = z.infer<typeof rectificationsQuerySchema>;

export const rectificationStepSchema = z.strictObject({
  action: z.enum(rectificationActions, { message: `unknown step; valid: ${rectificationActions.join(', ')}` }),
  /** What was found, what was done, what the resident said, or why it goes back. */
  note: z.string().trim().max(1000).nullable().optional(),
  /** 回访 only: the resident's view of the fix. */
  result: z.enum(followUpResults, { message: `the resident's view: ${followUpResults.join(', ')}` }).nullable().optional(),
});
export type RectificationStepRequest = z.infer<typeof rectificationStepSchema>;

export interface RectificationSummary {
  id: string;
  state: RectificationState;
  siteCode: string;
  /** The case's item id or 12345 type, a ticket's queue, or the kind of thing rated. */
  service: string;
  caseNumber: string | null;
  /** What was rated, as the rating names it (case number and title, ticket and day…). */
  item: string;
  itemKind: string;
  ratingId: string;
  level: number;
  label: string;
  reasons: string[];
  ratedAt: string;
  openedAt: string;
  dueDay: string;
  /** Past the due day with the site's work still owed. */
  overdue: boolean;
  /** Working days to the due day; negative when overdue; null once the site has answered. */
  remainingWorkingDays: number | null;
  updatedAt: string;
}

export interface RectificationStep {
  action: RectificationAction;
  state: RectificationState;
  note: string | null;
  result: FollowUpResult | null;
  by: { username: string; role: string };
  at: string;
}

export interface RectificationDetail extends RectificationSummary {
  /** The rating as the resident gave it, reasons and own words included; never changed. */
  rating: AdminRating;
  case: { caseNumber: string; caseNumberText: string; title: string; status: CaseStatus } | null;
  steps: RectificationStep[];
  /** The steps this user may take now (none for an auditor, none once closed). */
  allowed: RectificationAction[];
  needsNote: RectificationAction[];
  results: readonly FollowUpResult[];
}

export interface RectificationList {
  items: RectificationSummary[];
  total: number;
  /** Per state within the user's scope (the filters on site apply, state and overdue do not). */
  counts: Partial<Record<RectificationState, number>>;
  overdue: number;
  states: readonly RectificationState[];
}
