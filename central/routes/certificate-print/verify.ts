// GET /verify/{code}: the public page the certificate's QR code points to. Anyone holding the paper
// learns whether it is genuine, its type, issue time and the MASKED holder name — never more.
// HTML for a phone's browser; JSON with `Accept: application/json`. Rate-limited per address.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { verificationCodePattern, type Verification } from '../../../shared/contract/certificates.ts';
import { isoOf, type Database } from '../../storage/database.ts';
import { createRateLimiter } from './rate-limit.ts';
import { badCodePage, genuinePage, rateLimitedPage, unknownCodePage } from './verify-page.ts';

/** Generous for people checking papers, far too slow to walk a 60-bit code space. */
export const VERIFY_LIMIT_PER_MINUTE = 30;

interface IssuedRow {
  type: string;
  title: string;
  holder_masked: string;
  authority: string;
  issued_at: unknown;
}

function wantsJson(request: FastifyRequest): boolean {
  return /application\/json/i.test(request.headers.accept ?? '');
}

function answer(reply: FastifyReply, json: boolean, status: number, body: unknown, html: string) {
  void reply.header('cache-control', 'no-store');
  if (json) return reply.status(status).send(body);
  return reply
    .status(status)
    .header('content-security-policy', "default-src 'none'; style-src 'unsafe-inline'")
    .type('text/html; charset=utf-8')
    .send(html);
}

export function registerVerifyRoute(app: FastifyInstance, db: Database, now: () => number, timeZone: string): void {
  const limiter = createRateLimiter({ limit: VERIFY_LIMIT_PER_MINUTE, windowMs: 60_000, now });
  app.get('/verify/:code', async (request, reply) => {
    const json = wantsJson(request);
    const allowed = limiter.take(request.ip);
    if (!allowed.ok) {
      void reply.header('retry-after', String(allowed.retryAfterSeconds));
      const message = `too many verification requests from this address; try again in ${allowed.retryAfterSeconds} s`;
      return answer(reply, json, 429, { error: 'rate-limited', message }, rateLimitedPage(allowed.retryAfterSeconds));
    }
    // Typed from paper: lower case and stray spaces are forgiven, anything else is the wrong shape.
    const code = (request.params as { code: string }).code.trim().toUpperCase();
    if (!verificationCodePattern.test(code)) {
      const message = 'a verification code is three groups of four letters and digits, e.g. 7K3M-Q9TZ-04HX';
      return answer(reply, json, 400, { error: 'invalid-code', message }, badCodePage());
    }
    const rows = await db.query<IssuedRow>('SELECT type, title, holder_masked, authority, issued_at FROM issued_certificates WHERE code = $1', [code]);
    const row = rows[0];
    if (!row) {
      return answer(reply, json, 404, { error: 'unknown-code', genuine: false, message: `no certificate with the code ${code} was issued here` }, unknownCodePage(code));
    }
    const found: Verification = {
      code,
      genuine: true,
      type: row.type,
      title: row.title,
      issuedAt: isoOf(row.issued_at),
      holderName: row.holder_masked,
      authority: row.authority,
    };
    return answer(reply, json, 200, found, genuinePage(found, timeZone));
  });
}
