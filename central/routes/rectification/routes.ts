// The 整改 workbench API (issue 23): the rectifications of the user's sites (overdue first, with
// counts per state), one with its rating, linked case and steps, and a step taken on it following
// rectificationTransitions (rules.ts). As every workbench route: outside the user's scope a
// rectification is 404, exactly like one that does not exist; a role that may not take a step is
// 403; a refused step changes nothing. No route here, or anywhere, changes the rating itself.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { formatCaseNumber, type CaseStatus } from '../../../shared/contract/cases.ts';
import { HttpError, parseOr400 } from '../../http-errors.ts';
import type { Database, Queryable } from '../../storage/database.ts';
import type { Principal } from '../../accounts/roles.ts';
import { inScope, scopeParam, siteScopeOf, type SiteScope } from '../../accounts/scope.ts';
import { principalOf } from '../admin-auth.ts';
import { recordAudit } from '../../audit/audit-log.ts';
import { RATING_COLUMNS, ratingFromRow, type RatingRow } from '../rating/admin.ts';
import { dayOf } from '../workbench/working-days.ts';
import { actionResults, actionRoles, actionsNeedingNote, allowedActions, followUpResults, rectificationStates, rectificationTransitions } from './rules.ts';
import { findRectification, listRectifications, rectificationCounts, recordStep, stepsOf } from './rectification-store.ts';
import { rectificationsQuerySchema, rectificationStepSchema, type RectificationDetail, type RectificationList, type RectificationSummary } from './rectification-types.ts';

export interface RectificationRouteOptions {
  now: () => number;
  timeZone: string;
}

function idParam(request: FastifyRequest): string {
  const id = String((request.params as { id?: unknown }).id ?? '');
  if (!/^[1-9][0-9]{0,17}$/.test(id)) throw new HttpError(400, 'invalid-rectification-id', `"${id.slice(0, 20)}" is not a 整改 id`);
  return id;
}

/** The rectification if this user may see it; otherwise the same 404 as an id that does not exist. */
async function inScopeOr404(q: Queryable, id: string, scope: SiteScope, today: string, forUpdate = false): Promise<RectificationSummary> {
  const found = await findRectification(q, id, today, forUpdate);
  if (!found || !inScope(scope, found.siteCode)) throw new HttpError(404, 'unknown-rectification', `no 整改 ${id} in your sites`);
  return found;
}

async function detailOf(q: Queryable, principal: Principal, summary: RectificationSummary): Promise<RectificationDetail> {
  // One after another: inside a transaction `q` is one PostgreSQL connection, which runs one query at a time.
  const ratingRows = await q.query<RatingRow>(`SELECT ${RATING_COLUMNS} FROM ratings WHERE id = $1::bigint`, [summary.ratingId]);
  const caseRows = summary.caseNumber
    ? await q.query<{ case_number: string; title: string; status: CaseStatus }>('SELECT case_number, title, status FROM cases WHERE case_number = $1', [summary.caseNumber])
    : [];
  const steps = await stepsOf(q, summary.id);
  const linked = caseRows[0];
  return {
    ...summary,
    rating: ratingFromRow(ratingRows[0]!),
    case: linked ? { caseNumber: linked.case_number, caseNumberText: formatCaseNumber(linked.case_number), title: linked.title, status: linked.status } : null,
    steps,
    allowed: allowedActions(summary.state, principal.role),
    needsNote: [...actionsNeedingNote],
    results: followUpResults,
  };
}

export function registerRectificationRoutes(app: FastifyInstance, db: Database, options: RectificationRouteOptions): void {
  const today = () => dayOf(new Date(options.now()).toISOString(), options.timeZone);

  app.get('/v1/workbench/rectifications', async (request): Promise<RectificationList> => {
    const query = parseOr400(rectificationsQuerySchema, request.query ?? {}, 'query');
    const sites = scopeParam(await siteScopeOf(db, principalOf(request)));
    const day = today();
    const [list, counts] = await Promise.all([
      listRectifications(db, { sites, site: query.site, state: query.state, overdueOnly: query.overdue === 'true', limit: query.limit }, day),
      rectificationCounts(db, { sites, site: query.site, today: day }),
    ]);
    return { ...list, counts: counts.byState, overdue: counts.overdue, states: rectificationStates };
  });

  app.get('/v1/workbench/rectifications/:id', async (request) => {
    const principal = principalOf(request);
    const found = await inScopeOr404(db, idParam(request), await siteScopeOf(db, principal), today());
    return detailOf(db, principal, found);
  });

  app.post('/v1/workbench/rectifications/:id/steps', async (request) => {
    const principal = principalOf(request);
    const id = idParam(request);
    const scope = await siteScopeOf(db, principal);
    const step = parseOr400(rectificationStepSchema, request.body, '整改 step');
    const day = today();
    return db.transaction(async (tx) => {
      const found = await inScopeOr404(tx, id, scope, day, true);
      // In scope, a role that may not take this step is told so whatever the state.
      if (!actionRoles[step.action].includes(principal.role)) {
        throw new HttpError(403, 'role-forbidden', `a ${principal.role} may not take the step ${step.action}: it is for ${actionRoles[step.action].join(' or ')}`);
      }
      const allowed = rectificationTransitions[found.state];
      if (!allowed.includes(step.action)) {
        throw new HttpError(409, 'illegal-transition', `整改 ${id} is ${found.state}: the step ${step.action} is not allowed from it (allowed: ${allowed.join(', ') || 'none, it is closed'})`);
      }
      const note = step.note?.trim() || null;
      if (actionsNeedingNote.includes(step.action) && !note) {
        throw new HttpError(400, 'note-required', `the step ${step.action} needs a note: ${noteWhat[step.action]}`);
      }
      const result = step.action === '回访' ? (step.result ?? null) : null;
      if (step.action === '回访' && !result) throw new HttpError(400, 'result-required', `回访 needs the resident's view of the fix: ${followUpResults.join(', ')}`);
      if (step.action !== '回访' && step.result) throw new HttpError(400, 'result-not-expected', `only 回访 records the resident's view (${step.action} does not)`);
      const at = new Date(options.now()).toISOString();
      await recordStep(tx, id, { action: step.action, state: actionResults[step.action], note, result, username: principal.username, role: principal.role, at });
      await recordAudit(tx, request, {
        action: `rectification.${step.action}`,
        target: { kind: 'rectification', id },
        sites: [found.siteCode],
        before: { state: found.state },
        after: { state: actionResults[step.action], note, result },
      });
      return detailOf(tx, principal, (await findRectification(tx, id, day))!);
    });
  });
}

const noteWhat: Record<string, string> = {
  核实: 'what was found when the matter was checked',
  整改: 'what was done to put it right',
  回访: 'how the resident was asked and what they said',
  退回: 'why it goes back and what is still needed',
};
