// 整改 in the database: the list (overdue first) and counts within a scope, one rectification with
// its steps, and a step recorded. The figures are SQL over indexed columns, so the statistics page
// (issue 23) can call rectificationCounts for a period without loading rows into the hub.
import { formatCaseNumber } from '../../../shared/contract/cases.ts';
import { isoOf, type Queryable } from '../../storage/database.ts';
import { recordEvent } from '../../notify/outbox.ts';
import { workingDaysBetween } from '../workbench/working-days.ts';
import { awaitingSite, type FollowUpResult, type RectificationAction, type RectificationState } from './rules.ts';
import type { RectificationStep, RectificationSummary } from './rectification-types.ts';

interface SummaryRow {
  id: string;
  state: RectificationState;
  site_code: string;
  service: string;
  case_number: string | null;
  rating_id: string;
  item_label: string;
  item_kind: string;
  level: number;
  label: string;
  reason: string | null;
  reasons: string[] | null;
  rated_at: unknown;
  opened_at: unknown;
  due_day: string;
  updated_at: unknown;
  overdue: boolean;
  total?: string;
}

// $1: today (the hub's day), $2: the states in which the site still owes work.
const SUMMARY_COLUMNS = `x.id::text AS id, x.state, x.site_code, x.service, x.case_number, x.rating_id::text AS rating_id,
  r.item_label, r.item_kind, r.level, r.label, r.reason, r.reasons, r.rated_at, x.opened_at, x.due_day::text AS due_day, x.updated_at,
  (x.state = ANY($2::text[]) AND x.due_day < $1::date) AS overdue`;

function summaryOf(row: SummaryRow, today: string): RectificationSummary {
  const open = (awaitingSite as readonly string[]).includes(row.state);
  const remaining = !open ? null : row.overdue ? -workingDaysBetween(row.due_day, today) : workingDaysBetween(today, row.due_day);
  return {
    id: row.id,
    state: row.state,
    siteCode: row.site_code,
    service: row.service,
    caseNumber: row.case_number,
    // A case as receipts print its number (0012-0000345-7), the rest as the rating names it.
    item: row.case_number && row.item_label.startsWith(row.case_number) ? formatCaseNumber(row.case_number) + row.item_label.slice(row.case_number.length) : row.item_label,
    itemKind: row.item_kind,
    ratingId: row.rating_id,
    level: row.level,
    label: row.label,
    reasons: row.reasons ?? (row.reason !== null ? [row.reason] : []),
    ratedAt: isoOf(row.rated_at),
    openedAt: isoOf(row.opened_at),
    dueDay: row.due_day,
    overdue: row.overdue,
    remainingWorkingDays: remaining,
    updatedAt: isoOf(row.updated_at),
  };
}

export interface ListFilter {
  /** null: the whole county (admin). */
  sites: readonly string[] | null;
  site?: string | null;
  state?: RectificationState | null;
  overdueOnly?: boolean;
  limit: number;
}

/** Overdue first (the longest overdue on top), then open ones by due day, closed ones last. */
export async function listRectifications(q: Queryable, filter: ListFilter, today: string): Promise<{ items: RectificationSummary[]; total: number }> {
  const rows = await q.query<SummaryRow>(
    `SELECT ${SUMMARY_COLUMNS}, count(*) OVER ()::text AS total
       FROM rectifications x JOIN ratings r ON r.id = x.rating_id
      WHERE ($3::text[] IS NULL OR x.site_code = ANY($3::text[])) AND ($4::text IS NULL OR x.site_code = $4) AND ($5::text IS NULL OR x.state = $5)
        AND ($6::boolean = false OR (x.state = ANY($2::text[]) AND x.due_day < $1::date))
      ORDER BY overdue DESC, x.state = '已办结', x.due_day, x.id
      LIMIT $7`,
    [today, [...awaitingSite], filter.sites === null ? null : [...filter.sites], filter.site ?? null, filter.state ?? null, filter.overdueOnly ?? false, filter.limit],
  );
  return { items: rows.map((row) => summaryOf(row, today)), total: Number(rows[0]?.total ?? 0) };
}

export async function findRectification(q: Queryable, id: string, today: string, forUpdate = false): Promise<RectificationSummary | null> {
  const rows = await q.query<SummaryRow>(
    `SELECT ${SUMMARY_COLUMNS} FROM rectifications x JOIN ratings r ON r.id = x.rating_id WHERE x.id = $3::bigint${forUpdate ? ' FOR UPDATE OF x' : ''}`,
    [today, [...awaitingSite], id],
  );
  return rows[0] ? summaryOf(rows[0], today) : null;
}

export async function stepsOf(q: Queryable, id: string): Promise<RectificationStep[]> {
  const rows = await q.query<{ action: RectificationAction; state: RectificationState; note: string | null; result: FollowUpResult | null; username: string; role: string; at: unknown }>(
    'SELECT action, state, note, result, username, role, at FROM rectification_steps WHERE rectification_id = $1::bigint ORDER BY step',
    [id],
  );
  return rows.map((s) => ({ action: s.action, state: s.state, note: s.note, result: s.result, by: { username: s.username, role: s.role }, at: isoOf(s.at) }));
}

export interface NewStep {
  action: RectificationAction;
  state: RectificationState;
  note: string | null;
  result: FollowUpResult | null;
  username: string;
  role: string;
  at: string;
}

/** The step and the state it leads to; the caller holds the row locked (findRectification forUpdate). */
export async function recordStep(tx: Queryable, id: string, step: NewStep): Promise<void> {
  await tx.query(
    `INSERT INTO rectification_steps (rectification_id, step, action, state, note, result, username, role, at)
     SELECT $1::bigint, COALESCE(MAX(step) + 1, 0), $2, $3, $4, $5, $6, $7, $8::timestamptz FROM rectification_steps WHERE rectification_id = $1::bigint`,
    [id, step.action, step.state, step.note, step.result, step.username, step.role, step.at],
  );
  const [row] = await tx.query<{ rating_id: string; site_code: string }>(
    'UPDATE rectifications SET state = $2, updated_at = $3::timestamptz WHERE id = $1::bigint RETURNING rating_id::text AS rating_id, site_code',
    [id, step.state, step.at],
  );
  // Webhooks (issue 26): the 好差评 system hears when a bad rating's 整改 is closed.
  if (step.state === '已办结' && row) await recordEvent(tx, 'rectification.closed', { rectificationId: id, ratingId: row.rating_id, siteCode: row.site_code, closedAt: step.at }, step.at);
}

export interface CountsFilter {
  /** null: the whole county. */
  sites: readonly string[] | null;
  site?: string | null;
  /** The hub's day (overdue is counted as of it). */
  today: string;
  /** Only rectifications opened in [openedFrom, openedTo): ISO times, e.g. a statistics period. */
  openedFrom?: string | null;
  openedTo?: string | null;
}

export interface RectificationCounts {
  byState: Partial<Record<RectificationState, number>>;
  /** Past their due day with the site's work still owed. */
  overdue: number;
  total: number;
}

/** How many 整改 are in each state, and how many are overdue, within a scope and period: one grouped query. */
export async function rectificationCounts(q: Queryable, filter: CountsFilter): Promise<RectificationCounts> {
  const rows = await q.query<{ state: RectificationState; n: string; overdue: string }>(
    `SELECT state, count(*)::text AS n, count(*) FILTER (WHERE state = ANY($2::text[]) AND due_day < $1::date)::text AS overdue
       FROM rectifications
      WHERE ($3::text[] IS NULL OR site_code = ANY($3::text[])) AND ($4::text IS NULL OR site_code = $4)
        AND ($5::timestamptz IS NULL OR opened_at >= $5::timestamptz) AND ($6::timestamptz IS NULL OR opened_at < $6::timestamptz)
      GROUP BY state`,
    [filter.today, [...awaitingSite], filter.sites === null ? null : [...filter.sites], filter.site ?? null, filter.openedFrom ?? null, filter.openedTo ?? null],
  );
  return {
    byState: Object.fromEntries(rows.map((r) => [r.state, Number(r.n)])),
    overdue: rows.reduce((sum, r) => sum + Number(r.overdue), 0),
    total: rows.reduce((sum, r) => sum + Number(r.n), 0),
  };
}
