// kioskctl's text for 办件: the case list, and one case with its steps and the clerk's details.
import { formatCaseNumber } from '../../../shared/contract/cases.ts';
import type { AdminCaseDetail, AdminCaseSummary } from '../../../shared/contract/case-admin.ts';
import { table, tableTime } from '../../text-table.ts';

export function formatCaseList(cases: AdminCaseSummary[]): string {
  if (cases.length === 0) return 'no cases';
  return table(
    ['CASE', 'KIND', 'STATUS', 'SITE', 'SUBMITTED', 'UPDATED', 'TITLE'],
    cases.map((c) => [formatCaseNumber(c.caseNumber), c.kind, c.status, c.siteCode, tableTime(c.submittedAt), tableTime(c.updatedAt), `${c.title}${c.anonymous ? ' (匿名)' : ''}`]),
  );
}

/** Nested form answers as `a.b: value` lines. */
function detailLines(value: unknown, prefix: string): string[] {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    return Object.entries(value).flatMap(([k, v]) => detailLines(v, prefix ? `${prefix}.${k}` : k));
  }
  const text = value === null ? '-' : Array.isArray(value) ? value.join(', ') : String(value);
  return [`  ${prefix}: ${text}`];
}

export function formatCaseDetail(c: AdminCaseDetail): string {
  const next = c.allowed.length ? `next: ${c.allowed.join(', ')}` : 'final';
  return [
    `办件 ${formatCaseNumber(c.caseNumber)}  ${c.title} (${c.kind}${c.anonymous ? ', 匿名' : ''})`,
    `status:    ${c.status}  (${next})`,
    `site:      ${c.siteCode}  terminal ${c.terminalId}`,
    `submitted: ${tableTime(c.submittedAt)}`,
    'details:',
    ...detailLines(c.details, ''),
    'steps:',
    ...c.steps.map((s) => `  ${tableTime(s.at)}  ${s.status}${s.reply ? `  — ${s.reply}` : ''}`),
  ].join('\n');
}
