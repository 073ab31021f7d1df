// Admin endpoints accept either `Authorization: Bearer <CENTRAL_ADMIN_TOKEN>` (kioskctl, scripts)
// or the admin console's session cookie. The token is compared through hashes in constant time so
// response timing does not leak it. A cookie is sent by the browser on its own, so with a cookie a
// state-changing request must also carry the session's CSRF token in X-CSRF-Token (on top of
// SameSite=Strict): another site's page can neither read that token nor set the header.
import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import { HttpError } from '../http-errors.ts';
import { readCookie, SESSION_COOKIE, type ConsoleSessions } from '../console-auth.ts';

function digest(text: string): Buffer {
  return createHash('sha256').update(text).digest();
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export function createAdminAuthenticator(adminToken: string, sessions?: ConsoleSessions) {
  const expected = digest(adminToken);
  return function requireAdmin(request: FastifyRequest): void {
    const header = request.headers.authorization;
    const cookie = readCookie(request.headers.cookie, SESSION_COOKIE);
    if (!header && cookie && sessions) {
      const session = sessions.touch(cookie);
      if (!session) throw new HttpError(401, 'admin-unauthorized', 'the console session has expired; log in again');
      if (SAFE_METHODS.has(request.method)) return;
      const sent = request.headers['x-csrf-token'];
      if (typeof sent !== 'string' || !timingSafeEqual(digest(sent), digest(session.csrfToken))) {
        throw new HttpError(403, 'csrf-token-missing', 'a console request that changes something must carry the session\'s X-CSRF-Token header');
      }
      return;
    }
    const match = /^Bearer\s+(.+)$/i.exec(header ?? '');
    if (!match?.[1]) throw new HttpError(401, 'admin-unauthorized', 'admin endpoints need the header Authorization: Bearer <admin token>');
    if (!timingSafeEqual(digest(match[1].trim()), expected)) throw new HttpError(401, 'admin-unauthorized', 'the admin token is wrong');
  };
}
