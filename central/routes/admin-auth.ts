// Admin and workbench endpoints accept either `Authorization: Bearer <CENTRAL_ADMIN_TOKEN>`
// (kioskctl, scripts: a county-wide admin) or a console session cookie (a named account with its
// role and scope, issue 23). The token is compared through hashes in constant time so response
// timing does not leak it. A cookie is sent by the browser on its own, so with a cookie a
// state-changing request must also carry the session's CSRF token in X-CSRF-Token (on top of
// SameSite=Strict): another site's page can neither read that token nor set the header.
import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import { HttpError } from '../http-errors.ts';
import { readCookie, SESSION_COOKIE } from '../console-auth.ts';
import { touchSession, type LiveSession } from '../accounts/session-store.ts';
import { isAdmin, type Principal } from '../accounts/roles.ts';
import type { Queryable } from '../storage/database.ts';

function digest(text: string): Buffer {
  return createHash('sha256').update(text).digest();
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

// Kept beside the request rather than decorated on it: request-context.ts is shared by every route.
const principals = new WeakMap<FastifyRequest, Principal>();

/** Who the scope hook (server.ts) found calling; routes behind it always have one. */
export function principalOf(request: FastifyRequest): Principal {
  const principal = principals.get(request);
  if (!principal) throw new Error('principalOf() on a route without the admin or workbench hook');
  return principal;
}

/** The name kioskctl's changes are recorded under. */
export const TOKEN_PRINCIPAL: Principal = { username: 'admin-token', role: 'admin', viaToken: true };

function remember(request: FastifyRequest, principal: Principal): Principal {
  principals.set(request, principal);
  return principal;
}

export function checkCsrf(request: FastifyRequest, session: LiveSession): void {
  if (SAFE_METHODS.has(request.method)) return;
  const sent = request.headers['x-csrf-token'];
  if (typeof sent !== 'string' || !timingSafeEqual(digest(sent), digest(session.csrfToken))) {
    throw new HttpError(403, 'csrf-token-missing', 'a console request that changes something must carry the session\'s X-CSRF-Token header');
  }
}

/** Who is calling, checked: a live session (with CSRF on changes, password already changed) or the token. */
export function createPrincipalAuthenticator(adminToken: string, db: Queryable, now: () => number) {
  const expected = digest(adminToken);
  return async function authenticate(request: FastifyRequest): Promise<Principal> {
    const header = request.headers.authorization;
    const cookie = readCookie(request.headers.cookie, SESSION_COOKIE);
    if (!header && cookie) {
      const session = await touchSession(db, cookie, now());
      if (!session) throw new HttpError(401, 'admin-unauthorized', 'the console session has expired; log in again');
      checkCsrf(request, session);
      if (session.mustChangePassword) throw new HttpError(403, 'password-change-required', 'this password was set by an admin: choose your own before anything else (POST /v1/console/password)');
      return remember(request, { username: session.username, role: session.role, viaToken: false });
    }
    const match = /^Bearer\s+(.+)$/i.exec(header ?? '');
    if (!match?.[1]) throw new HttpError(401, 'admin-unauthorized', 'admin endpoints need the header Authorization: Bearer <admin token>');
    if (!timingSafeEqual(digest(match[1].trim()), expected)) throw new HttpError(401, 'admin-unauthorized', 'the admin token is wrong');
    return remember(request, TOKEN_PRINCIPAL);
  };
}

/** The /v1/admin/* routes (fleet, documents, releases, accounts…): admins only, county-wide. */
export function createAdminAuthenticator(adminToken: string, db: Queryable, now: () => number) {
  const authenticate = createPrincipalAuthenticator(adminToken, db, now);
  return async function requireAdmin(request: FastifyRequest): Promise<Principal> {
    const principal = await authenticate(request);
    if (!isAdmin(principal)) throw new HttpError(403, 'role-forbidden', `a ${principal.role} account works in the workbench (/v1/workbench/…); this needs an admin`);
    return principal;
  };
}
