// The admin console: its login endpoints and its built page (dist/console, made by
// central/console/vite.config.ts). Every console response carries the same strict CSP as the
// kiosk page: only the console's own script and styles, no inline script, no framing.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { contentSecurityPolicy } from '../../shared/content-security-policy.ts';
import { readCookie, SESSION_COOKIE, SESSION_IDLE_MS, verifyPasswordAsync } from '../console-auth.ts';
import { HttpError, parseOr400 } from '../http-errors.ts';
import { BUILT_IN_ADMIN, changeOwnPassword, changePasswordSchema, findAccount } from '../accounts/account-store.ts';
import { clearLoginFailures, loginWaitMs, recordLoginFailure } from '../accounts/login-throttle.ts';
import { createSession, dropExpiredSessions, endSession, touchSession, type LiveSession } from '../accounts/session-store.ts';
import type { Database } from '../storage/database.ts';
import { checkCsrf } from './admin-auth.ts';
import { recordAudit } from '../audit/audit-log.ts';

/** The audit log's "who" for a login with a user name no account has. */
const UNKNOWN_ACCOUNT = '(unknown)';

export const defaultConsoleDir = fileURLToPath(new URL('../../dist/console', import.meta.url));

/** Without a user name, the built-in admin (the one password the console had before accounts). */
const loginSchema = z.strictObject({ username: z.string().trim().max(64).optional(), password: z.string().min(1).max(1024) });

const CONTENT_TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.map': 'application/json',
};

function secureHeaders(reply: FastifyReply): FastifyReply {
  return reply
    .header('content-security-policy', contentSecurityPolicy())
    .header('x-content-type-options', 'nosniff')
    .header('referrer-policy', 'no-referrer')
    .header('x-frame-options', 'DENY')
    .header('cross-origin-opener-policy', 'same-origin')
    .header('cache-control', 'no-store');
}

function sessionCookie(request: FastifyRequest, value: string, maxAgeSeconds: number, alwaysSecure: boolean): string {
  // Secure when admins reach the hub over https (its own TLS, or a public https address behind a
  // proxy): a hall's hub on plain http on the LAN must still be able to log in.
  const secure = alwaysSecure || request.protocol === 'https' ? '; Secure' : '';
  return `${SESSION_COOKIE}=${value}; Path=/; HttpOnly; SameSite=Strict; Max-Age=${maxAgeSeconds}${secure}`;
}

export interface ConsoleRouteOptions {
  db: Database;
  now: () => number;
  /** The built-in admin's stored scrypt hash (set with the hub's CLI), or null when none is set. */
  passwordHash: () => string | null;
  consoleDir?: string;
  /** True when the hub's public address is https (CENTRAL_PUBLIC_URL): the cookie is then always Secure. */
  secureCookie?: boolean;
  /** The hub's zone (CENTRAL_TIME_ZONE), told to the page so its times read the county's clock. */
  timeZone: string;
}

/** What the page learns about its session: who is in, what they may do, the CSRF token to send. */
function sessionAnswer(session: { csrfToken: string } & Pick<LiveSession, 'username' | 'displayName' | 'role' | 'mustChangePassword'>, timeZone: string) {
  const { csrfToken, username, displayName, role, mustChangePassword } = session;
  return { csrfToken, timeZone, username, displayName, role, mustChangePassword };
}

// A wrong user name costs the same scrypt as a wrong password, so timing does not tell which names exist.
const DECOY_HASH = 'scrypt$16384$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=';

export function registerConsoleRoutes(app: FastifyInstance, options: ConsoleRouteOptions): void {
  const { db, now } = options;
  const dir = options.consoleDir ?? defaultConsoleDir;
  const cookieFor = (request: FastifyRequest, value: string, maxAgeSeconds: number) => sessionCookie(request, value, maxAgeSeconds, options.secureCookie ?? false);

  app.post('/v1/console/login', async (request, reply) => {
    const address = request.ip;
    const body = parseOr400(loginSchema, request.body, 'login request');
    const username = body.username?.toLowerCase() || BUILT_IN_ADMIN;
    const account = await findAccount(db, username);
    /** Records a refused login under the account tried; a name no account has may be a mistyped password, so it is not kept. */
    const refused = (why: string) =>
      recordAudit(db, request, { action: 'login.failed', target: { kind: 'session', id: account?.username ?? UNKNOWN_ACCOUNT }, after: { why } }, {
        username: account?.username ?? UNKNOWN_ACCOUNT,
        role: account?.role ?? null,
        viaToken: false,
      });
    const waitMs = await loginWaitMs(db, username, address, now());
    if (waitMs > 0) {
      await refused('too-many-logins');
      void reply.header('retry-after', String(Math.ceil(waitMs / 1000)));
      throw new HttpError(429, 'too-many-logins', 'too many wrong passwords from this address or for this account; wait before trying again');
    }
    const stored = account && (account.password_hash ?? (account.username === BUILT_IN_ADMIN ? options.passwordHash() : null));
    if (account?.username === BUILT_IN_ADMIN && !stored) throw new HttpError(503, 'console-password-not-set', 'no console password is set: run `npm run central -- --data-dir DIR --set-console-password`');
    const right = await verifyPasswordAsync(body.password, stored ?? DECOY_HASH);
    if (!account || !right) {
      await recordLoginFailure(db, username, address, now());
      await refused(account ? 'wrong-password' : 'unknown-account');
      throw new HttpError(401, 'wrong-password', body.username ? 'the user name or the password is wrong' : 'the password is wrong');
    }
    if (account.disabled_at) {
      await refused('account-disabled');
      throw new HttpError(403, 'account-disabled', 'this account is disabled: ask the county\'s console admin');
    }
    await clearLoginFailures(db, username, address);
    await dropExpiredSessions(db, now());
    const { id, csrfToken } = await createSession(db, account.username, now());
    await recordAudit(db, request, { action: 'login', target: { kind: 'session', id: account.username } }, { username: account.username, role: account.role, viaToken: false });
    const answer = sessionAnswer({ csrfToken, username: account.username, displayName: account.display_name, role: account.role, mustChangePassword: account.must_change_password }, options.timeZone);
    return secureHeaders(reply).header('set-cookie', cookieFor(request, id, SESSION_IDLE_MS / 1000)).send(answer);
  });

  // The page asks this on load: whether it is logged in, as whom, and the CSRF token it must send.
  app.get('/v1/console/session', async (request, reply) => {
    const session = await touchSession(db, readCookie(request.headers.cookie, SESSION_COOKIE), now());
    if (!session) throw new HttpError(401, 'admin-unauthorized', 'not logged in to the console');
    return secureHeaders(reply).send(sessionAnswer(session, options.timeZone));
  });

  // A user's own new password: required after an admin created or reset the account.
  app.post('/v1/console/password', async (request, reply) => {
    const session = await touchSession(db, readCookie(request.headers.cookie, SESSION_COOKIE), now());
    if (!session) throw new HttpError(401, 'admin-unauthorized', 'not logged in to the console');
    checkCsrf(request, session);
    const body = parseOr400(changePasswordSchema, request.body, 'password change');
    if (session.username === BUILT_IN_ADMIN) throw new HttpError(409, 'built-in-admin', 'the built-in admin\'s password is set with the hub\'s CLI: npm run central -- --set-console-password');
    const account = await findAccount(db, session.username);
    const asUser = { username: session.username, role: session.role, viaToken: false };
    if (!account?.password_hash || !(await verifyPasswordAsync(body.currentPassword, account.password_hash))) {
      await recordLoginFailure(db, session.username, request.ip, now());
      await recordAudit(db, request, { action: 'password.change-failed', target: { kind: 'account', id: session.username }, after: { why: 'wrong-password' } }, asUser);
      throw new HttpError(400, 'wrong-password', 'the current password is wrong');
    }
    if (body.newPassword === body.currentPassword) throw new HttpError(400, 'same-password', 'choose a new password, not the one the admin gave you');
    await changeOwnPassword(db, session.username, body.newPassword, session.sessionHash);
    await recordAudit(db, request, { action: 'password.change', target: { kind: 'account', id: session.username }, before: { mustChangePassword: session.mustChangePassword }, after: { mustChangePassword: false } }, asUser);
    return secureHeaders(reply).send(sessionAnswer({ ...session, mustChangePassword: false }, options.timeZone));
  });

  app.post('/v1/console/logout', async (request, reply) => {
    const id = readCookie(request.headers.cookie, SESSION_COOKIE);
    const session = await touchSession(db, id, now());
    // Logging out is a change too: without the token another site could log an admin out.
    if (session && request.headers['x-csrf-token'] !== session.csrfToken) {
      throw new HttpError(403, 'csrf-token-missing', 'logging out needs the session\'s X-CSRF-Token header');
    }
    await endSession(db, id);
    if (session) await recordAudit(db, request, { action: 'logout', target: { kind: 'session', id: session.username } }, { username: session.username, role: session.role, viaToken: false });
    return secureHeaders(reply).header('set-cookie', cookieFor(request, '', 0)).status(204).send();
  });

  const sendFile = (reply: FastifyReply, file: string) => {
    if (!existsSync(file)) throw new HttpError(404, 'not-found', 'the console is not built (npm run build)');
    const type = CONTENT_TYPES[file.slice(file.lastIndexOf('.'))] ?? 'application/octet-stream';
    return secureHeaders(reply).type(type).send(readFileSync(file));
  };
  // One route for the page: server.ts rewrites /console/ to it (the contract has no trailing-slash
  // paths, issue 26). The page's assets are absolute (/console/assets/…) and its routes are in the
  // hash, so it works at either address.
  app.get('/console', async (_request, reply) => sendFile(reply, join(dir, 'index.html')));
  app.get('/console/assets/:file', async (request, reply) => {
    const file = (request.params as { file: string }).file;
    // Vite's asset names only: no path separators, no dot-dot, nothing outside dist/console/assets.
    if (!/^[\w.-]+$/.test(file) || file.includes('..')) throw new HttpError(404, 'not-found', 'no such console file');
    return sendFile(reply, join(dir, 'assets', file));
  });
}
