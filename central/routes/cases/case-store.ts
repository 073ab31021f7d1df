// The hub's cases: one row per 办件 and its steps (已接件 first, then each status a clerk set).
// Shared by the services that create cases (application, demand), the lookups (progress-query)
// and ratings, so it lives beside them rather than inside one of them.
import { caseTransitions, statusesNeedingReply, type CaseStatus, type CaseStep } from '../../../shared/contract/cases.ts';
import type { AdminCaseDetail, AdminCaseSummary, CaseStatusChange } from '../../../shared/contract/case-admin.ts';
import { HttpError } from '../../http-errors.ts';
import { isoOf, type Queryable } from '../../storage/database.ts';
import { queueStatusNotice, recordEvent, recordEvents } from '../../notify/outbox.ts';

export type CaseKind = 'application' | 'demand';

export interface NewCase {
  caseNumber: string;
  kind: CaseKind;
  title: string;
  anonymous: boolean;
  residentKey: string | null;
  codeCheck: string;
  details: Record<string, unknown>;
  terminalId: string;
  transactionId: string;
  submittedAt: string;
}

export interface CaseRow {
  case_number: string;
  kind: CaseKind;
  title: string;
  status: CaseStatus;
  anonymous: boolean;
  resident_key: string | null;
  code_check: string;
  details: Record<string, unknown>;
  site_code: string;
  terminal_id: string;
  submitted_at: unknown;
  updated_at: unknown;
}

export interface StoredCase extends AdminCaseSummary {
  residentKey: string | null;
  codeCheck: string;
  details: Record<string, unknown>;
}

export const CASE_COLUMNS = 'case_number, kind, title, status, anonymous, resident_key, code_check, details, site_code, terminal_id, submitted_at, updated_at';

export function fromRow(row: CaseRow): StoredCase {
  return {
    caseNumber: row.case_number,
    kind: row.kind,
    title: row.title,
    status: row.status,
    anonymous: row.anonymous,
    siteCode: row.site_code,
    terminalId: row.terminal_id,
    submittedAt: isoOf(row.submitted_at),
    updatedAt: isoOf(row.updated_at),
    residentKey: row.resident_key,
    codeCheck: row.code_check,
    details: row.details,
  };
}

export function summaryOf(c: StoredCase): AdminCaseSummary {
  const { residentKey: _r, codeCheck: _c, details: _d, ...summary } = c;
  return summary;
}

/**
 * Stores new cases of one terminal at 已接件 (each at when the resident submitted it), in the order
 * given, with one statement per table; a number already taken (by an earlier case, or earlier in
 * `cases`) is skipped. Returns the transaction ids whose case was stored.
 */
export async function insertCases(tx: Queryable, terminalId: string, cases: readonly Omit<NewCase, 'terminalId'>[]): Promise<Set<string>> {
  if (cases.length === 0) return new Set();
  const params: unknown[] = [terminalId];
  const rows = cases.map((c, i) => {
    params.push(c.caseNumber, c.kind, c.title, c.anonymous, c.residentKey, c.codeCheck, JSON.stringify(c.details), c.transactionId, c.submittedAt);
    const p = (n: number) => `$${i * 9 + n + 1}`;
    return `(${i}, ${p(1)}, ${p(2)}, ${p(3)}, ${p(4)}::boolean, ${p(5)}, ${p(6)}, ${p(7)}::jsonb, ${p(8)}, ${p(9)}::timestamptz)`;
  });
  // In the given order (ORDER BY ordinal): of two cases with one number, the first is stored.
  const inserted = await tx.query<{ case_number: string; kind: CaseKind; title: string; site_code: string; transaction_id: string; submitted_at: unknown }>(
    `INSERT INTO cases (case_number, kind, title, status, anonymous, resident_key, code_check, details, site_code, terminal_id, transaction_id, submitted_at, updated_at)
     SELECT v.case_number, v.kind, v.title, '已接件', v.anonymous, v.resident_key, v.code_check, v.details, t.site_code, t.terminal_id, v.transaction_id, v.submitted_at, v.submitted_at
       FROM (VALUES ${rows.join(', ')}) AS v (ordinal, case_number, kind, title, anonymous, resident_key, code_check, details, transaction_id, submitted_at)
       JOIN terminals t ON t.terminal_id = $1
      ORDER BY v.ordinal
     ON CONFLICT (case_number) DO NOTHING RETURNING case_number, kind, title, site_code, transaction_id, submitted_at`,
    params,
  );
  if (inserted.length > 0) {
    await tx.query(
      `INSERT INTO case_steps (case_number, step, status, at, reply) VALUES ${inserted.map((_, i) => `($${i * 2 + 1}, 0, '已接件', $${i * 2 + 2}::timestamptz, NULL)`).join(', ')}`,
      inserted.flatMap((row) => [row.case_number, isoOf(row.submitted_at)]),
    );
    // Webhooks (issue 26): announced in this transaction, so a refused batch announces nothing.
    await recordEvents(
      tx,
      inserted.map((row) => {
        const submittedAt = isoOf(row.submitted_at);
        return { type: 'case.created' as const, at: submittedAt, data: { caseNumber: row.case_number, kind: row.kind, title: row.title, siteCode: row.site_code, submittedAt } };
      }),
    );
  }
  return new Set(inserted.map((row) => row.transaction_id));
}

export async function findCase(q: Queryable, caseNumber: string, forUpdate = false): Promise<StoredCase | null> {
  const rows = await q.query<CaseRow>(`SELECT ${CASE_COLUMNS} FROM cases WHERE case_number = $1${forUpdate ? ' FOR UPDATE' : ''}`, [caseNumber]);
  return rows[0] ? fromRow(rows[0]) : null;
}

export async function stepsOf(q: Queryable, caseNumbers: string[]): Promise<Map<string, CaseStep[]>> {
  const steps = new Map<string, CaseStep[]>(caseNumbers.map((n) => [n, []]));
  if (!caseNumbers.length) return steps;
  const rows = await q.query<{ case_number: string; status: CaseStatus; at: unknown; reply: string | null }>(
    'SELECT case_number, status, at, reply FROM case_steps WHERE case_number = ANY($1::text[]) ORDER BY case_number, step',
    [caseNumbers],
  );
  for (const row of rows) steps.get(row.case_number)?.push({ status: row.status, at: isoOf(row.at), reply: row.reply });
  return steps;
}

/**
 * One page of cases, newest first. `after` is the last case of the page before: a page boundary
 * by key, so cases arriving meanwhile neither repeat nor skip a row as an offset would.
 */
export async function listCases(q: Queryable, filter: { status?: string; kind?: string; site?: string; after?: string; limit: number }): Promise<StoredCase[]> {
  const rows = await q.query<CaseRow>(
    `SELECT ${CASE_COLUMNS} FROM cases
      WHERE ($1::text IS NULL OR status = $1) AND ($2::text IS NULL OR kind = $2) AND ($3::text IS NULL OR site_code = $3)
        AND ($4::text IS NULL OR EXISTS (SELECT 1 FROM cases anchor WHERE anchor.case_number = $4
              AND (cases.submitted_at < anchor.submitted_at OR (cases.submitted_at = anchor.submitted_at AND cases.case_number > anchor.case_number))))
      ORDER BY submitted_at DESC, case_number
      LIMIT $5`,
    [filter.status ?? null, filter.kind ?? null, filter.site ?? null, filter.after ?? null, filter.limit],
  );
  return rows.map(fromRow);
}

/** A resident's own cases: anonymous ones never, whoever asks. */
export async function residentCases(q: Queryable, residentKey: string): Promise<StoredCase[]> {
  const rows = await q.query<CaseRow>(`SELECT ${CASE_COLUMNS} FROM cases WHERE resident_key = $1 AND NOT anonymous ORDER BY submitted_at DESC`, [residentKey]);
  return rows.map(fromRow);
}

export async function detailOf(q: Queryable, c: StoredCase): Promise<AdminCaseDetail> {
  const steps = (await stepsOf(q, [c.caseNumber])).get(c.caseNumber) ?? [];
  return { ...summaryOf(c), steps, allowed: [...caseTransitions[c.status]], details: c.details };
}

/**
 * Moves a case on, as a clerk decided. Refusals name what would be right: the statuses allowed
 * from here (409), or that this status needs a reply for the resident (400).
 */
export async function changeStatus(tx: Queryable, caseNumber: string, change: CaseStatusChange, at: string): Promise<StoredCase> {
  const current = await findCase(tx, caseNumber, true);
  if (!current) throw new HttpError(404, 'unknown-case', `no case ${caseNumber} at this hub`);
  const status = change.status as CaseStatus;
  const allowed = caseTransitions[current.status];
  if (!allowed.includes(status)) {
    const next = allowed.length ? `allowed from here: ${allowed.join(', ')}` : 'it is final: no status may follow';
    throw new HttpError(409, 'illegal-transition', `case ${caseNumber} is ${current.status} and cannot become ${status}; ${next}`);
  }
  const reply = change.reply?.trim() || null;
  if (statusesNeedingReply.includes(status) && !reply) {
    throw new HttpError(400, 'reply-required', `${status} needs a reply telling the resident why or what to do (--reply TEXT)`);
  }
  await tx.query(
    `INSERT INTO case_steps (case_number, step, status, at, reply)
     SELECT $1, COALESCE(MAX(step), 0) + 1, $2, $3::timestamptz, $4 FROM case_steps WHERE case_number = $1`,
    [caseNumber, status, at, reply],
  );
  await tx.query('UPDATE cases SET status = $2, updated_at = $3::timestamptz WHERE case_number = $1', [caseNumber, status, at]);
  // Announced in the same transaction (issue 26): to the webhook endpoints, and to the resident by
  // SMS when they opted in. Whoever moves the case (clerk, admin, an external system) announces it.
  const event = await recordEvent(tx, 'case.status_changed', { caseNumber, kind: current.kind, previousStatus: current.status, status, reply, siteCode: current.siteCode, at }, at);
  await queueStatusNotice(tx, caseNumber, status, at, event.id);
  return { ...current, status, updatedAt: at };
}

/** When the resident last looked at their cases' progress; null before the first look. */
export async function lastSeen(q: Queryable, residentKey: string): Promise<string | null> {
  const rows = await q.query<{ seen_at: unknown }>('SELECT seen_at FROM resident_case_visits WHERE resident_key = $1', [residentKey]);
  return rows[0] ? isoOf(rows[0].seen_at) : null;
}

export async function markSeen(q: Queryable, residentKey: string, at: string): Promise<void> {
  await q.query(
    `INSERT INTO resident_case_visits (resident_key, seen_at) VALUES ($1, $2::timestamptz)
     ON CONFLICT (resident_key) DO UPDATE SET seen_at = GREATEST(resident_case_visits.seen_at, EXCLUDED.seen_at)`,
    [residentKey, at],
  );
}
