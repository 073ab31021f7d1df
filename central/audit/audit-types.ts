// What GET /v1/workbench/audit accepts and answers (the console's 审计日志 page is its first client).
import { z } from 'zod';

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a day as YYYY-MM-DD');

export const auditQuerySchema = z.strictObject({
  /** An account's user name, or `admin-token`. */
  actor: z.string().trim().min(1).max(64).optional(),
  /** An action code (`case.status`), or its group before the dot (`case`). */
  action: z.string().trim().regex(/^[a-z-]+(\.[a-z-]+)?$/, 'an action such as case.status, or a group such as case').optional(),
  /** Days on the county's clock, both included. */
  from: day.optional(),
  to: day.optional(),
  /** The last entry id of the page before (newest first): pages stay stable while entries arrive. */
  before: z.string().regex(/^[1-9][0-9]{0,17}$/, 'an entry id').optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

export interface AuditEntryView {
  id: string;
  at: string;
  actor: string;
  actorRole: string | null;
  viaToken: boolean;
  action: string;
  target: { kind: string; id: string };
  sites: string[];
  before: unknown;
  after: unknown;
  address: string | null;
}

export interface AuditPage {
  entries: AuditEntryView[];
  /** Pass as `before` for the next (older) page; null on the last page. */
  next: string | null;
}
