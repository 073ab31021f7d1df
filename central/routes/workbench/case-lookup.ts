// A workbench case by the number in the route, within the user's sites: shared by the case page,
// its status changes and its handling (查看, 转办, 督办).
import type { FastifyRequest } from 'fastify';
import { checkCaseNumber } from '../../../shared/contract/cases.ts';
import { findCase, type StoredCase } from '../cases/case-store.ts';
import { HttpError } from '../../http-errors.ts';
import type { Queryable } from '../../storage/database.ts';
import { inScope, type SiteScope } from '../../accounts/scope.ts';

export function caseNumberParam(request: FastifyRequest): string {
  const checked = checkCaseNumber(String((request.params as { caseNumber?: unknown }).caseNumber ?? ''));
  if (!checked.ok) throw new HttpError(400, 'invalid-case-number', 'not a case number: 12 digits whose last is the check digit');
  return checked.caseNumber;
}

/** The case if this user may see it; otherwise the same 404 as a number that does not exist. */
export async function caseInScope(q: Queryable, caseNumber: string, scope: SiteScope, forUpdate = false): Promise<StoredCase> {
  const found = await findCase(q, caseNumber, forUpdate);
  if (!found || !inScope(scope, found.siteCode)) throw new HttpError(404, 'unknown-case', `no case ${caseNumber} in your sites`);
  return found;
}
