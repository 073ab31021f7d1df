// A case's handling besides its status (issue 23), each audited:
// - 查看 (POST …/reveal): the resident's personal fields in full, for whoever handles the case
//   (clerk, admin). Supervisors and auditors oversee with the masked fields and are refused (403).
// - 转办 (POST …/transfer, with GET /v1/workbench/transfer-targets for the choices): to another site of the hub and/or a named clerk there, with a reason.
//   The case then belongs to the receiving site (its clerks see it, the sender's no longer do). The
//   time limit keeps running: the resident's wait does not start again because the hub passed the
//   case on (12345 practice: 转办 time counts within the limit).
// - 督办 (POST …/supervise): a supervisor's note, optionally with a day it must be done by; the
//   queue marks the case and lists it right after the overdue ones.
// Out of scope is 404 as everywhere; in scope but not this role's to do, 403; a closed case, 409.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { caseTransitions } from '../../../shared/contract/cases.ts';
import type { StoredCase } from '../cases/case-store.ts';
import { revealEntry } from '../cases/status-audit.ts';
import { HttpError, parseOr400 } from '../../http-errors.ts';
import type { Database, Queryable } from '../../storage/database.ts';
import { canSupervise, canTransfer, seesPersonalData, type Principal } from '../../accounts/roles.ts';
import { inScope, siteScopeOf, type SiteScope } from '../../accounts/scope.ts';
import { findAccount } from '../../accounts/account-store.ts';
import { recordAudit } from '../../audit/audit-log.ts';
import { principalOf } from '../admin-auth.ts';
import { caseInScope, caseNumberParam } from './case-lookup.ts';
import { addNote, assigneeOf, notesOf } from './case-notes.ts';
import { transferTargets } from './transfer-targets.ts';
import { dayOf } from './working-days.ts';
import { superviseSchema, transferSchema, type WorkbenchCaseDetail } from './workbench-types.ts';

type Detail = (q: Queryable, principal: Principal, c: StoredCase) => Promise<WorkbenchCaseDetail>;

/** The hub's clock and zone (case-routes.ts passes its WorkbenchOptions; named here, not imported, to keep the two files out of a circle). */
interface Clock {
  now: () => number;
  timeZone: string;
}

interface Asked {
  principal: Principal;
  caseNumber: string;
  scope: SiteScope;
}

/** Who asks about which case; 404 when the case is not in their sites, then 403 when `may` says no. */
async function ask(db: Database, request: FastifyRequest, may: (p: Principal) => boolean, refusal: (role: string) => string): Promise<Asked & { found: StoredCase }> {
  const principal = principalOf(request);
  const caseNumber = caseNumberParam(request);
  const scope = await siteScopeOf(db, principal);
  const found = await caseInScope(db, caseNumber, scope);
  if (!may(principal)) throw new HttpError(403, 'role-forbidden', refusal(principal.role));
  return { principal, caseNumber, scope, found };
}

function refuseClosed(c: StoredCase, what: string): void {
  if (caseTransitions[c.status].length === 0) throw new HttpError(409, 'case-closed', `case ${c.caseNumber} is ${c.status}: a closed case is not ${what}`);
}

/** A site of this hub: one a terminal enrolled at, or one a township lists. */
async function siteExists(q: Queryable, site: string): Promise<boolean> {
  const rows = await q.query('SELECT 1 FROM terminals WHERE site_code = $1 UNION SELECT 1 FROM site_townships WHERE site_code = $1', [site]);
  return rows.length > 0;
}

/** The named clerk, checked: an enabled clerk account whose sites include the receiving site. */
async function receivingClerk(q: Queryable, username: string, site: string): Promise<string> {
  const account = await findAccount(q, username.toLowerCase());
  if (!account || account.role !== 'clerk' || account.disabled_at) throw new HttpError(400, 'unknown-clerk', `no clerk "${username.slice(0, 40)}" to hand the case to: name an enabled clerk account`);
  const scope = await siteScopeOf(q, { username: account.username, role: 'clerk', viaToken: false });
  if (!inScope(scope, site)) throw new HttpError(400, 'clerk-not-at-site', `${account.username} does not work at site ${site}: name one of its clerks, or the site alone`);
  return account.username;
}

/** A real calendar day (the regex lets 2026-02-30 through). */
const isDay = (day: string) => !Number.isNaN(Date.parse(`${day}T00:00:00Z`)) && new Date(`${day}T00:00:00Z`).toISOString().startsWith(day);

export function registerCaseHandlingRoutes(app: FastifyInstance, db: Database, detail: Detail, options: Clock): void {
  const now = () => new Date(options.now()).toISOString();

  app.post('/v1/workbench/cases/:caseNumber/reveal', async (request) => {
    const { found } = await ask(db, request, seesPersonalData, (role) => `a ${role} oversees with personal data masked; 查看 is for the clerk handling the case`);
    await recordAudit(db, request, revealEntry(found));
    return { caseNumber: found.caseNumber, details: found.details };
  });

  app.get('/v1/workbench/transfer-targets', async (request) => {
    const principal = principalOf(request);
    if (!canTransfer(principal)) throw new HttpError(403, 'role-forbidden', `an ${principal.role} reads cases but does not hand them on`);
    return { sites: await transferTargets(db) };
  });

  app.post('/v1/workbench/cases/:caseNumber/transfer', async (request) => {
    const { principal, caseNumber, scope } = await ask(db, request, canTransfer, (role) => `an ${role} reads cases but does not hand them on`);
    const body = parseOr400(transferSchema, request.body, '转办');
    return db.transaction(async (tx) => {
      const c = await caseInScope(tx, caseNumber, scope, true);
      refuseClosed(c, 'handed on');
      const toSite = body.site ?? c.siteCode;
      if (body.site && !(await siteExists(tx, body.site))) throw new HttpError(400, 'unknown-site', `no site "${body.site.slice(0, 40)}" at this hub: choose one of the sites its terminals and townships list`);
      const toClerk = body.clerk ? await receivingClerk(tx, body.clerk, toSite) : null;
      const assignedBefore = assigneeOf((await notesOf(tx, [caseNumber])).get(caseNumber) ?? [], c.siteCode);
      if (toSite === c.siteCode && (!toClerk || toClerk === assignedBefore)) throw new HttpError(400, 'same-site', `case ${caseNumber} is already at ${toSite}${toClerk ? ` with ${toClerk}` : ''}: name another site or clerk`);
      await tx.query('UPDATE cases SET site_code = $2 WHERE case_number = $1', [caseNumber, toSite]);
      await addNote(tx, caseNumber, { kind: '转办', at: now(), by: { username: principal.username, role: principal.role }, text: body.reason, fromSite: c.siteCode, toSite, toClerk, dueDay: null });
      await recordAudit(tx, request, {
        action: 'case.transfer',
        target: { kind: 'case', id: caseNumber },
        sites: [c.siteCode, toSite],
        before: { site: c.siteCode, assignedTo: assignedBefore },
        after: { site: toSite, assignedTo: toClerk, reason: body.reason },
      });
      // The sender may have handed it out of their own sites: then it is no longer theirs to see.
      const stillYours = inScope(scope, toSite);
      return { stillYours, siteCode: toSite, assignedTo: toClerk, case: stillYours ? await detail(tx, principal, { ...c, siteCode: toSite }) : null };
    });
  });

  app.post('/v1/workbench/cases/:caseNumber/supervise', async (request) => {
    const { principal, caseNumber, scope } = await ask(db, request, canSupervise, (role) => `督办 is a supervisor's: a ${role} cannot press a case`);
    const body = parseOr400(superviseSchema, request.body, '督办');
    if (body.dueDay && !isDay(body.dueDay)) throw new HttpError(400, 'invalid-body', `invalid 督办: dueDay: ${body.dueDay} is not a day of the calendar`, [{ path: 'dueDay', message: 'not a day of the calendar' }]);
    const today = dayOf(now(), options.timeZone);
    if (body.dueDay && body.dueDay < today) throw new HttpError(400, 'due-day-past', `the day it must be done by (${body.dueDay}) has passed: today is ${today}`);
    return db.transaction(async (tx) => {
      const c = await caseInScope(tx, caseNumber, scope, true);
      refuseClosed(c, 'pressed');
      await addNote(tx, caseNumber, { kind: '督办', at: now(), by: { username: principal.username, role: principal.role }, text: body.note, fromSite: null, toSite: null, toClerk: null, dueDay: body.dueDay ?? null });
      await recordAudit(tx, request, { action: 'case.supervise', target: { kind: 'case', id: caseNumber }, sites: [c.siteCode], after: { note: body.note, dueDay: body.dueDay ?? null } });
      return detail(tx, principal, c);
    });
  });
}
