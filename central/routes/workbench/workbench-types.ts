// What the workbench API answers and accepts (the console is its first client; kioskctl may follow).
import { z } from 'zod';
import { adminCaseStatusSchema } from '../../../shared/contract/case-admin.ts';
import type { CaseStatus } from '../../../shared/contract/cases.ts';
import type { Clock } from './time-limits.ts';
import type { RectificationState } from '../rectification/rules.ts';

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a day written YYYY-MM-DD').refine((d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)), 'not a calendar day');

export const workbenchCasesQuerySchema = z.strictObject({
  status: adminCaseStatusSchema.optional(),
  kind: z.enum(['application', 'demand']).optional(),
  /** The 事项 (application item id) or the demand's 12345 type (投诉, 建议…). */
  service: z.string().min(1).max(100).optional(),
  site: z.string().min(1).max(100).optional(),
  overdue: z.enum(['true', 'false']).optional(),
  /** A case number (or part), a masked name (张*民) or surname (张), or a phone's last 4 digits. */
  q: z.string().max(40).optional(),
  /** Submitted on or after / on or before this day (YYYY-MM-DD, the hub's clock). */
  from: isoDay.optional(),
  to: isoDay.optional(),
  /** The page size. */
  limit: z.coerce.number().int().min(1).max(200).default(50),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
});
export type WorkbenchCasesQuery = z.infer<typeof workbenchCasesQuerySchema>;

export const workbenchRatingsQuerySchema = z.strictObject({
  bad: z.enum(['true', 'false']).optional(),
  site: z.string().min(1).max(100).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

export interface WorkbenchCaseSummary {
  caseNumber: string;
  /** 0012-0000345-7, as receipts print it. */
  caseNumberText: string;
  kind: 'application' | 'demand';
  title: string;
  /** The application's item id, or the demand's type. */
  service: string;
  status: CaseStatus;
  siteCode: string;
  submittedAt: string;
  updatedAt: string;
  /** 张*民 · 尾号5678: never the full name or phone in a list. */
  resident: string | null;
  clock: Clock;
  /** The latest 督办 while the case is open: the queue marks it and lists it after the overdue, or
   * with them once the day the supervisor set has passed (`overdue`). */
  supervised: { at: string; dueDay: string | null; overdue: boolean } | null;
  /** The clerk a 转办 named, while the case is at that site. */
  assignedTo: string | null;
}

export interface WorkbenchStep {
  status: CaseStatus;
  at: string;
  reply: string | null;
  /** Who set it from the console; null for 已接件 (the kiosk) and for steps set before accounts. */
  by: { username: string; role: string } | null;
}

export interface WorkbenchCaseDetail extends WorkbenchCaseSummary {
  steps: WorkbenchStep[];
  /** Where this user may move the case: empty for supervisors and auditors. */
  allowed: CaseStatus[];
  /** Statuses that need a reply the resident will read. */
  needsReply: CaseStatus[];
  /** Masked for everyone: 查看 (POST …/reveal, audited) shows them in full to whoever handles the case. */
  details: Record<string, unknown>;
  detailsMasked: boolean;
  /** 转办 and 督办, oldest first (the page shows them among the steps). */
  notes: CaseNote[];
  /** What this user may do besides moving the status: 查看, 转办, 督办. */
  may: { reveal: boolean; transfer: boolean; supervise: boolean };
  /** The resident's ratings of this case (好差评), as given, with the 整改 a bad one opened. */
  ratings: CaseRating[];
}

export interface CaseRating {
  level: number;
  label: string;
  reasons: string[];
  ratedAt: string;
  rectification: { id: string; state: RectificationState } | null;
}

/** A 转办 or 督办 on a case: shown among its steps on the workbench, never to the resident. */
export interface CaseNote {
  kind: '转办' | '督办';
  at: string;
  by: { username: string; role: string };
  /** The reason for a 转办, the supervisor's words for a 督办. */
  text: string;
  /** 转办: from which site to which, and to whom when a clerk was named. */
  fromSite: string | null;
  toSite: string | null;
  toClerk: string | null;
  /** 督办: the day the supervisor wants it done by, when one was given. */
  dueDay: string | null;
}

const noteText = z.string().trim().min(1, 'required: say why').max(500);

export const transferSchema = z
  .strictObject({
    /** Another site of the hub; by default the case's own (when only a clerk is named). */
    site: z.string().trim().min(1).max(100).optional(),
    /** A clerk of the receiving site, who then has it in hand. */
    clerk: z.string().trim().min(1).max(64).optional(),
    reason: noteText,
  })
  .refine((t) => t.site || t.clerk, { message: 'name the site or the clerk the case goes to', path: ['site'] });

export const superviseSchema = z.strictObject({
  note: noteText,
  /** The day the supervisor wants it done by (today or later, on the county's clock). */
  dueDay: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a day as YYYY-MM-DD').optional(),
});
