// The clerk's 办件 queue: the cases of the user's sites with filters and counts per status,
// overdue and nearly-due first; a case's page; and its actions (受理, 补正材料, 办结…) following
// caseTransitions, each step recorded with who set it. A case outside the user's scope is 404.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { caseStatusChangeSchema } from '../../../shared/contract/case-admin.ts';
import { caseStatuses, caseTransitions, checkCaseNumber, formatCaseNumber, statusesNeedingReply, type CaseStatus } from '../../../shared/contract/cases.ts';
import { CASE_COLUMNS, changeStatus, fromRow, stepsOf, type CaseRow, type StoredCase } from '../cases/case-store.ts';
import { HttpError, parseOr400 } from '../../http-errors.ts';
import { isoOf, type Database, type Queryable } from '../../storage/database.ts';
import { canActOnCases, canSupervise, canTransfer, seesPersonalData, type Principal } from '../../accounts/roles.ts';
import { inScope, siteScopeOf, type SiteScope } from '../../accounts/scope.ts';
import { caseFilter } from './case-search.ts';
import { principalOf } from '../admin-auth.ts';
import { recordAudit } from '../../audit/audit-log.ts';
import { statusChangeEntry } from '../cases/status-audit.ts';
import { maskDetails, residentLabel } from './masking.ts';
import { assigneeOf, notesOf, supervisionOf } from './case-notes.ts';
import { dayOf } from './working-days.ts';
import { registerCaseHandlingRoutes } from './case-handling-routes.ts';
import { caseInScope, caseNumberParam } from './case-lookup.ts';
import { dueDaysOf, RUNNING_STATUSES } from './due-days.ts';
import { workingCalendar } from '../../holidays/holiday-store.ts';
import { clockOf, urgency } from './time-limits.ts';
import type { RectificationState } from '../rectification/rules.ts';
import { workbenchCasesQuerySchema, type CaseRating, type WorkbenchCaseDetail, type WorkbenchCaseSummary, type WorkbenchStep } from './workbench-types.ts';

export interface WorkbenchOptions {
  now: () => number;
  timeZone: string;
}

/** Statuses that pause the clock: after the running ones (due-days.ts) in the queue's order. */
const PAUSED_STATUSES: readonly CaseStatus[] = ['补正材料', '特别程序'];

function serviceOf(c: StoredCase): string {
  const key = c.kind === 'application' ? c.details.itemId : c.details.category;
  return typeof key === 'string' ? key : c.title;
}

/** Overdue cases on top (past the legal limit, or past the day a 督办 set), then those a supervisor
 * pressed, then the rest by their clock. */
function queueRank(c: WorkbenchCaseSummary): number {
  if ((c.clock.state === 'running' && c.clock.overdue) || c.supervised?.overdue) return 0;
  return c.supervised ? 1 : 2;
}

/** The case's ratings, oldest first: the first one counts (a second is kept, not counted). */
async function ratingsOf(q: Queryable, caseNumber: string): Promise<CaseRating[]> {
  const rows = await q.query<{ level: number; label: string; reason: string | null; reasons: string[] | null; rated_at: unknown; rectification_id: string | null; rectification_state: RectificationState | null }>(
    `SELECT r.level, r.label, r.reason, r.reasons, r.rated_at, x.id::text AS rectification_id, x.state AS rectification_state
       FROM ratings r LEFT JOIN rectifications x ON x.rating_id = r.id
      WHERE r.target_key = $1 ORDER BY r.rated_at, r.id`,
    [`case:${caseNumber}`],
  );
  return rows.map((r) => ({
    level: r.level,
    label: r.label,
    reasons: r.reasons ?? (r.reason !== null ? [r.reason] : []),
    ratedAt: isoOf(r.rated_at),
    rectification: r.rectification_id ? { id: r.rectification_id, state: r.rectification_state! } : null,
  }));
}

export function registerWorkbenchCaseRoutes(app: FastifyInstance, db: Database, options: WorkbenchOptions): void {
  const summarise = async (q: Queryable, cases: StoredCase[]): Promise<WorkbenchCaseSummary[]> => {
    const numbers = cases.map((c) => c.caseNumber);
    const [dueDays, notes, calendar] = await Promise.all([dueDaysOf(q, numbers), notesOf(q, numbers), workingCalendar(q)]);
    const today = dayOf(new Date(options.now()).toISOString(), options.timeZone);
    return cases.map((c) => {
      const clock = clockOf({ status: c.status, dueDay: dueDays.get(c.caseNumber) ?? null }, today, calendar);
      const caseNotes = notes.get(c.caseNumber) ?? [];
      return {
        caseNumber: c.caseNumber, caseNumberText: formatCaseNumber(c.caseNumber), kind: c.kind, title: c.title, service: serviceOf(c), status: c.status, siteCode: c.siteCode,
        submittedAt: c.submittedAt, updatedAt: c.updatedAt, resident: residentLabel(c.details), clock,
        // A 督办 presses only while the case is open.
        supervised: clock.state === 'stopped' ? null : supervisionOf(caseNotes, today),
        assignedTo: assigneeOf(caseNotes, c.siteCode),
      };
    });
  };

  app.get('/v1/workbench/cases', async (request) => {
    const query = parseOr400(workbenchCasesQuerySchema, request.query ?? {}, 'query');
    const { where, params } = caseFilter(query, await siteScopeOf(db, principalOf(request)), options.timeZone);
    const status = `$${params.length + 1}::text`;
    const select = (extra: string, tail = '') =>
      db.query<CaseRow>(`SELECT ${CASE_COLUMNS} FROM cases WHERE ${where} AND (${status} IS NULL OR status = ${status}) AND ${extra} ${tail}`, [...params, query.status ?? null]);
    // Only a running clock can be due: those cases (a hall's open work, however old the county's
    // history) all get their clock and are ordered by it; paused and closed ones follow, paged by SQL.
    const running = await summarise(db, (await select(`status = ANY('{${RUNNING_STATUSES.join(',')}}'::text[])`)).map(fromRow));
    // Overdue first, then 督办, then by how near the limit is.
    running.sort((a, b) => queueRank(a) - queueRank(b) || urgency(a.clock) - urgency(b.clock) || b.submittedAt.localeCompare(a.submittedAt));
    const offset = (query.page - 1) * query.limit;
    const [counts, [matching]] = await Promise.all([
      db.query<{ status: CaseStatus; n: string }>(`SELECT status, count(*)::text AS n FROM cases WHERE ${where} GROUP BY status`, params),
      db.query<{ n: string }>(`SELECT count(*)::text AS n FROM cases WHERE ${where} AND (${status} IS NULL OR status = ${status})`, [...params, query.status ?? null]),
    ]);
    let cases: WorkbenchCaseSummary[];
    let total: number;
    if (query.overdue === 'true') {
      const overdue = running.filter((c) => c.clock.state === 'running' && c.clock.overdue);
      [cases, total] = [overdue.slice(offset, offset + query.limit), overdue.length];
    } else {
      cases = running.slice(offset, offset + query.limit);
      const wanted = query.limit - cases.length;
      if (wanted > 0) {
        const skip = Math.max(0, offset - running.length);
        const rest = await select(
          `NOT (status = ANY('{${RUNNING_STATUSES.join(',')}}'::text[]))`,
          `ORDER BY (status = ANY('{${PAUSED_STATUSES.join(',')}}'::text[])) DESC, submitted_at DESC, case_number LIMIT ${wanted} OFFSET ${skip}`,
        );
        cases = [...cases, ...(await summarise(db, rest.map(fromRow)))];
      }
      total = Number(matching?.n ?? 0);
    }
    // `statuses`: every status in order, for the page's filter (it bundles no contract code).
    return { cases, total, page: query.page, pageSize: query.limit, counts: Object.fromEntries(counts.map((r) => [r.status, Number(r.n)])), statuses: caseStatuses };
  });

  /** A case's page: personal fields masked for everyone (查看 shows them, audited: case-handling-routes.ts). */
  const detail = async (q: Queryable, principal: Principal, c: StoredCase): Promise<WorkbenchCaseDetail> => {
    const [summary] = await summarise(q, [c]);
    const steps = (await stepsOf(q, [c.caseNumber])).get(c.caseNumber) ?? [];
    const actors = await q.query<{ step: number; username: string; role: string }>('SELECT step, username, role FROM case_step_actors WHERE case_number = $1', [c.caseNumber]);
    const byStep = new Map(actors.map((a) => [a.step, { username: a.username, role: a.role }]));
    const withActors: WorkbenchStep[] = steps.map((s, i) => ({ ...s, by: byStep.get(i) ?? null }));
    const open = summary!.clock.state !== 'stopped';
    return {
      ...summary!,
      steps: withActors,
      allowed: canActOnCases(principal) ? [...caseTransitions[c.status]] : [],
      needsReply: [...statusesNeedingReply],
      details: maskDetails(c.details),
      detailsMasked: true,
      notes: (await notesOf(q, [c.caseNumber])).get(c.caseNumber) ?? [],
      may: { reveal: seesPersonalData(principal), transfer: open && canTransfer(principal), supervise: open && canSupervise(principal) },
      ratings: await ratingsOf(q, c.caseNumber),
    };
  };
  registerCaseHandlingRoutes(app, db, detail, options);

  app.get('/v1/workbench/cases/:caseNumber', async (request) => {
    const principal = principalOf(request);
    const found = await caseInScope(db, caseNumberParam(request), await siteScopeOf(db, principal));
    return detail(db, principal, found);
  });

  app.post('/v1/workbench/cases/:caseNumber/status', async (request) => {
    const principal = principalOf(request);
    const caseNumber = caseNumberParam(request);
    const scope = await siteScopeOf(db, principal);
    if (!canActOnCases(principal)) {
      // Out of scope stays 404 whoever asks; in scope, an overseer is told they may only read.
      await caseInScope(db, caseNumber, scope);
      throw new HttpError(403, 'role-forbidden', `a ${principal.role} reads cases but does not move them on`);
    }
    const change = parseOr400(caseStatusChangeSchema, request.body, 'status change');
    const at = new Date(options.now()).toISOString();
    return db.transaction(async (tx) => {
      const before = await caseInScope(tx, caseNumber, scope, true);
      const moved = await changeStatus(tx, caseNumber, change, at);
      await recordAudit(tx, request, statusChangeEntry(before, moved, change));
      await tx.query(
        `INSERT INTO case_step_actors (case_number, step, username, role, at)
         SELECT $1, MAX(step), $2, $3, $4::timestamptz FROM case_steps WHERE case_number = $1`,
        [caseNumber, principal.username, principal.role, at],
      );
      return detail(tx, principal, { ...moved, updatedAt: isoOf(at) });
    });
  });
}
