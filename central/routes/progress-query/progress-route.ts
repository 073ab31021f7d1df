// GET /progress/{caseNumber}?code=: public, for the phone that scanned a case receipt's QR. Without
// a code: statuses and times (an anonymous case: nothing); with the right code: the replies too.
// HTML for a browser, JSON with `Accept: application/json`. Rate-limited per address, and wrong
// codes count against the case like the kiosk lookup's.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { checkCaseNumber, queryCodeSchema } from '../../../shared/contract/cases.ts';
import { findCase, stepsOf } from '../cases/case-store.ts';
import type { CaseKeys } from '../cases/resident-key.ts';
import type { Database } from '../../storage/database.ts';
import { createRateLimiter } from '../certificate-print/rate-limit.ts';
import { checkQueryCode, type CodeGuessLimits } from './code-check.ts';
import { residentView } from './case-views.ts';
import { progressPage, refusedPage } from './progress-page.ts';

export const PROGRESS_PAGE_LIMIT_PER_MINUTE = 30;

const querySchema = z.object({ code: queryCodeSchema.optional() });

function answer(request: FastifyRequest, reply: FastifyReply, status: number, body: unknown, html: string) {
  void reply.header('cache-control', 'no-store');
  if (/application\/json/i.test(request.headers.accept ?? '')) return reply.status(status).send(body);
  return reply.status(status).header('content-security-policy', "default-src 'none'; style-src 'unsafe-inline'").type('text/html; charset=utf-8').send(html);
}

function refusal(request: FastifyRequest, reply: FastifyReply, status: number, error: string, message: string, title: string, sentence: string) {
  return answer(request, reply, status, { error, message }, refusedPage(title, sentence));
}

export function registerProgressPageRoute(app: FastifyInstance, db: Database, deps: { keys: CaseKeys; guesses: CodeGuessLimits; now: () => number; timeZone: string }): void {
  const limiter = createRateLimiter({ limit: PROGRESS_PAGE_LIMIT_PER_MINUTE, windowMs: 60_000, now: deps.now });
  app.get('/progress/:caseNumber', async (request, reply) => {
    const allowed = limiter.take(request.ip);
    if (!allowed.ok) {
      void reply.header('retry-after', String(allowed.retryAfterSeconds));
      return refusal(request, reply, 429, 'rate-limited', `too many requests; try again in ${allowed.retryAfterSeconds} s`, '请稍后再试', `查询过于频繁，请 ${allowed.retryAfterSeconds} 秒后再试。`);
    }
    const number = checkCaseNumber((request.params as { caseNumber: string }).caseNumber);
    const query = querySchema.safeParse(request.query);
    if (!number.ok || !query.success) {
      return refusal(request, reply, 400, 'invalid-request', 'a case number is 12 digits with a valid check digit; a 查询码 is 8 digits', '编号或查询码有误', '请核对回执上的办件编号和查询码。');
    }
    const found = await findCase(db, number.caseNumber);
    if (!found) {
      return refusal(request, reply, 404, 'unknown-case', `no case ${number.caseNumber} at the hub`, '未找到办件', '暂未查到此办件。刚在离线的自助机提交的办件，联网后才能查到。');
    }
    const code = query.data.code;
    if (code === undefined && found.anonymous) {
      return refusal(request, reply, 403, 'needs-query-code', 'this case opens only with its 查询码', '需要查询码', '匿名诉求需凭回执上的查询码查询。');
    }
    if (code !== undefined) {
      const check = await checkQueryCode(found, code, `ip:${request.ip}`, deps.keys, deps.guesses);
      if (!check.ok && !check.wrong) {
        void reply.header('retry-after', String(check.retryAfterSeconds));
        return refusal(request, reply, 429, 'too-many-guesses', `too many wrong codes; try again in ${check.retryAfterSeconds} s`, '请稍后再试', '查询码错误次数过多，请稍后再试。');
      }
      if (!check.ok) return refusal(request, reply, 403, 'wrong-query-code', 'the 查询码 does not match this case', '查询码不正确', '请核对回执上的查询码。');
    }
    const steps = (await stepsOf(db, [found.caseNumber])).get(found.caseNumber) ?? [];
    const view = residentView(found, steps, { hideReplies: code === undefined, lastSeen: null, forResident: false });
    return answer(request, reply, 200, view, progressPage(view, deps.timeZone));
  });
}
