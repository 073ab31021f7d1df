// The audit entries of a case's changes and of reading its personal data, shared by the
// workbench's routes and kioskctl's admin routes so both record the same thing.
import type { CaseStatusChange } from '../../../shared/contract/case-admin.ts';
import type { AuditChange } from '../../audit/audit-log.ts';
import type { StoredCase } from './case-store.ts';

export function statusChangeEntry(before: StoredCase, after: StoredCase, change: CaseStatusChange): AuditChange {
  return {
    action: 'case.status',
    target: { kind: 'case', id: before.caseNumber },
    sites: [before.siteCode],
    before: { status: before.status },
    after: { status: after.status, reply: change.reply?.trim() || null },
  };
}

/** Which personal fields were shown in full: their names, never their values. */
export function revealEntry(c: StoredCase): AuditChange {
  const fields = Object.entries(c.details).flatMap(([k, v]) => (v && typeof v === 'object' && !Array.isArray(v) ? Object.keys(v) : [k]));
  return { action: 'case.reveal', target: { kind: 'case', id: c.caseNumber }, sites: [c.siteCode], after: { fields } };
}
