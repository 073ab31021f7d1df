// A stored case as a resident sees it (contract CaseView): replies only to whoever holds the key
// (the card, or the 查询码), and "new" meaning a clerk's step after the resident's last look.
import type { CaseLookupResponse } from '../../../shared/contract/cases.ts';
import type { CaseStep } from '../../../shared/contract/cases.ts';
import type { StoredCase } from '../cases/case-store.ts';

export type ResidentCaseView = CaseLookupResponse['cases'][number];

export function residentView(c: StoredCase, steps: CaseStep[], opts: { hideReplies: boolean; lastSeen: string | null; forResident: boolean }): ResidentCaseView {
  // Step 0 (已接件) is the resident's own submission, never news to them.
  const clerkSteps = steps.slice(1);
  const newForResident = opts.forResident && clerkSteps.some((s) => opts.lastSeen === null || Date.parse(s.at) > Date.parse(opts.lastSeen));
  return {
    caseNumber: c.caseNumber,
    kind: c.kind,
    title: c.title,
    status: c.status,
    steps: steps.map((s) => ({ ...s, reply: opts.hideReplies ? null : s.reply })),
    submittedAt: c.submittedAt,
    repliesHidden: opts.hideReplies,
    newForResident,
  };
}
