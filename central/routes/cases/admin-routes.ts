// Admin API for cases: list them (by status, kind, site), read one with its steps and what the clerk
// needs, and move it on with a reply (kioskctl cases / case). Refusals name the valid choices.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { checkCaseNumber } from '../../../shared/contract/cases.ts';
import { adminCasesQuerySchema, caseStatusChangeSchema } from '../../../shared/contract/case-admin.ts';
import { changeStatus, detailOf, findCase, listCases, summaryOf } from './case-store.ts';
import { HttpError, parseOr400 } from '../../http-errors.ts';
import type { Database } from '../../storage/database.ts';
import { recordAudit } from '../../audit/audit-log.ts';
import { revealEntry, statusChangeEntry } from './status-audit.ts';

function caseNumberParam(request: FastifyRequest): string {
  const raw = String((request.params as { caseNumber?: unknown }).caseNumber ?? '');
  const checked = checkCaseNumber(raw);
  if (!checked.ok) {
    const why = { length: 'it is not 12 digits', 'not-digits': 'it has characters other than digits', 'check-digit': 'its check digit is wrong (a digit mistyped?)' }[checked.reason];
    throw new HttpError(400, 'invalid-case-number', `"${raw.slice(0, 20)}" is not a case number: ${why}`);
  }
  return checked.caseNumber;
}

export function registerCaseAdminRoutes(app: FastifyInstance, db: Database, now: () => number): void {
  app.get('/v1/admin/cases', async (request) => {
    const filter = parseOr400(adminCasesQuerySchema, request.query ?? {}, 'query');
    if (filter.after && !(await findCase(db, filter.after))) throw new HttpError(400, 'unknown-case', `no case ${filter.after} to page after (see: kioskctl cases)`);
    return (await listCases(db, filter)).map(summaryOf);
  });

  app.get('/v1/admin/cases/:caseNumber', async (request) => {
    const caseNumber = caseNumberParam(request);
    const found = await findCase(db, caseNumber);
    if (!found) throw new HttpError(404, 'unknown-case', `no case ${caseNumber} at this hub`);
    // kioskctl shows the resident's details in full: who read them is kept, as for the console's 查看.
    await recordAudit(db, request, revealEntry(found));
    return detailOf(db, found);
  });

  app.post('/v1/admin/cases/:caseNumber/status', async (request) => {
    const caseNumber = caseNumberParam(request);
    const change = parseOr400(caseStatusChangeSchema, request.body, 'status change');
    const at = new Date(now()).toISOString();
    return db.transaction(async (tx) => {
      const before = await findCase(tx, caseNumber, true);
      const moved = await changeStatus(tx, caseNumber, change, at);
      if (before) await recordAudit(tx, request, statusChangeEntry(before, moved, change));
      return detailOf(tx, moved);
    });
  });
}
