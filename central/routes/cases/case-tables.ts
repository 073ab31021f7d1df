// kioskctl's text for 办件 and 好差评: the case list, one case with its steps and the clerk's
// details, and the ratings (bad ones with reason and follow-up). Times on the county's clock
// (CENTRAL_TIME_ZONE, Beijing time by default), as the clerks and residents read them; `--json` has
// the exact ISO times.
import { formatCaseNumber } from '../../../shared/contract/cases.ts';
import type { AdminCaseDetail, AdminCaseSummary, AdminRating } from '../../../shared/contract/case-admin.ts';
import { pad, width } from '../../terminal-table.ts';
import { hubTimeZone } from '../../time-zone.ts';

const tableFormats = new Map<string, Intl.DateTimeFormat>();

/** 2026-03-02 00:03 on the county's clock: kioskctl reads CENTRAL_TIME_ZONE as the hub does. */
export function tableTime(iso: string, timeZone = hubTimeZone()): string {
  let format = tableFormats.get(timeZone);
  if (!format) tableFormats.set(timeZone, (format = new Intl.DateTimeFormat('sv-SE', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' })));
  return format.format(new Date(iso));
}

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i] ?? ''))));
  const line = (cells: string[]) => cells.map((c, i) => (i === cells.length - 1 ? c : pad(c, widths[i]!))).join('  ').trimEnd();
  return [line(header), ...rows.map(line)].join('\n');
}

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

export function formatRatings(ratings: AdminRating[], badOnly: boolean): string {
  if (ratings.length === 0) return badOnly ? 'no bad ratings' : 'no ratings';
  const rows = ratings.map((r) => [
    r.id,
    tableTime(r.ratedAt),
    r.label,
    r.siteCode,
    `${r.itemKind} ${r.item}`,
    r.reasons.length > 0 ? r.reasons.join('、') : '-',
    r.followUp ? `${r.followUp.state}${r.followUp.note ? `: ${r.followUp.note}` : ''}` : '-',
  ]);
  const lines = table(['ID', 'RATED', 'LEVEL', 'SITE', 'ITEM', 'REASON', 'FOLLOW-UP'], rows).split('\n');
  // The resident's own words under their rating: too long for a column.
  return [lines[0], ...ratings.flatMap((r, i) => [lines[i + 1]!, ...(r.reasonText ? [`    “${r.reasonText}”`] : [])])].join('\n');
}
