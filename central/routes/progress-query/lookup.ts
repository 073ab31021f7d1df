// POST /v1/cases/lookup: a kiosk asks for a resident's cases (the card is the key: replies shown)
// or for one case by number (statuses only, or everything with the right 查询码). The rules are the
// contract's (contract/cases.ts, caseLookupRequestSchema).
import type { FastifyInstance } from 'fastify';
import { caseLookupRequestSchema, type CaseLookupResponse } from '../../../shared/contract/cases.ts';
import { findCase, lastSeen, markSeen, residentCases, stepsOf } from '../cases/case-store.ts';
import type { CaseKeys } from '../cases/resident-key.ts';
import { HttpError, parseOr400 } from '../../http-errors.ts';
import type { Database } from '../../storage/database.ts';
import type { TerminalAuthenticator } from '../terminal-auth.ts';
import { checkQueryCode, type CodeGuessLimits } from './code-check.ts';
import { residentView } from './case-views.ts';

export function registerCaseLookupRoute(app: FastifyInstance, db: Database, authenticate: TerminalAuthenticator, deps: { keys: CaseKeys; guesses: CodeGuessLimits; now: () => number }): void {
  app.post('/v1/cases/lookup', async (request, reply) => {
    const terminalId = await authenticate(request);
    const body = parseOr400(caseLookupRequestSchema, request.body, 'case lookup');
    const checkedAt = new Date(deps.now()).toISOString();

    if (body.by === 'resident') {
      const residentKey = deps.keys.resident(body.idNumber);
      const cases = await residentCases(db, residentKey);
      const steps = await stepsOf(db, cases.map((c) => c.caseNumber));
      const seen = await lastSeen(db, residentKey);
      const answer: CaseLookupResponse = {
        cases: cases.map((c) => residentView(c, steps.get(c.caseNumber) ?? [], { hideReplies: false, lastSeen: seen, forResident: true })),
        checkedAt,
      };
      if (body.markSeen) await markSeen(db, residentKey, checkedAt);
      return answer;
    }

    const found = await findCase(db, body.caseNumber);
    if (!found) throw new HttpError(404, 'unknown-case', `no case ${body.caseNumber} at the hub (a case made at a kiosk that is offline arrives when it reconnects)`);
    let hideReplies = true;
    if (body.queryCode === null) {
      if (found.anonymous) throw new HttpError(403, 'needs-query-code', `case ${body.caseNumber} is anonymous: it opens only with the 查询码 on its receipt`);
    } else {
      const check = await checkQueryCode(found, body.queryCode, terminalId, deps.keys, deps.guesses);
      if (!check.ok && !check.wrong) {
        void reply.header('retry-after', String(check.retryAfterSeconds));
        throw new HttpError(429, 'too-many-guesses', `too many wrong 查询码 for this case or from this terminal; try again in ${check.retryAfterSeconds} s`);
      }
      if (!check.ok) throw new HttpError(403, 'wrong-query-code', `the 查询码 does not match case ${body.caseNumber}`);
      hideReplies = false;
    }
    const steps = (await stepsOf(db, [found.caseNumber])).get(found.caseNumber) ?? [];
    const answer: CaseLookupResponse = { cases: [residentView(found, steps, { hideReplies, lastSeen: null, forResident: false })], checkedAt };
    return answer;
  });
}
