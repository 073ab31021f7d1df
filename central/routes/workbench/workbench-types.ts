// What the workbench API answers and accepts (the console is its first client; kioskctl may follow).
import { z } from 'zod';
import { adminCaseStatusSchema } from '../../../shared/contract/case-admin.ts';
import type { CaseStatus } from '../../../shared/contract/cases.ts';
import type { Clock } from './time-limits.ts';

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
  /** In full for the clerk handling it; masked for those who only oversee. */
  details: Record<string, unknown>;
  detailsMasked: boolean;
}
