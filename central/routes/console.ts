// The admin console: its login endpoints and its built page (dist/console, made by
// central/console/vite.config.ts). Every console response carries the same strict CSP as the
// kiosk page: only the console's own script and styles, no inline script, no framing.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { contentSecurityPolicy } from '../../shared/content-security-policy.ts';
import { readCookie, SESSION_COOKIE, SESSION_IDLE_MS, verifyConsolePassword, type ConsoleSessions } from '../console-auth.ts';
import { HttpError, parseOr400 } from '../http-errors.ts';

export const defaultConsoleDir = fileURLToPath(new URL('../../dist/console', import.meta.url));

const loginSchema = z.strictObject({ password: z.string().min(1).max(1024) });

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
  sessions: ConsoleSessions;
  /** The stored scrypt hash, or null when no console password has been set. */
  passwordHash: () => string | null;
  consoleDir?: string;
  /** True when the hub's public address is https (CENTRAL_PUBLIC_URL): the cookie is then always Secure. */
  secureCookie?: boolean;
  /** The hub's zone (CENTRAL_TIME_ZONE), told to the page so its times read the county's clock. */
  timeZone: string;
}

export function registerConsoleRoutes(app: FastifyInstance, options: ConsoleRouteOptions): void {
  const { sessions } = options;
  const dir = options.consoleDir ?? defaultConsoleDir;

  app.post('/v1/console/login', async (request, reply) => {
    const address = request.ip;
    const waitMs = sessions.waitMs(address);
    if (waitMs > 0) {
      void reply.header('retry-after', String(Math.ceil(waitMs / 1000)));
      throw new HttpError(429, 'too-many-logins', 'too many wrong passwords from this address; wait before trying again');
    }
    const { password } = parseOr400(loginSchema, request.body, 'login request');
    const stored = options.passwordHash();
    if (!stored) throw new HttpError(503, 'console-password-not-set', 'no console password is set: run `npm run central -- --data-dir DIR --set-console-password`');
    if (!verifyConsolePassword(password, stored)) {
      sessions.recordFailure(address);
      throw new HttpError(401, 'wrong-password', 'the password is wrong');
    }
    sessions.clearFailures(address);
    const { id, session } = sessions.create();
    return secureHeaders(reply).header('set-cookie', sessionCookie(request, id, SESSION_IDLE_MS / 1000, options.secureCookie ?? false)).send({ csrfToken: session.csrfToken, timeZone: options.timeZone });
  });

  // The page asks this on load: whether it is logged in, and the CSRF token it must send.
  app.get('/v1/console/session', async (request, reply) => {
    const session = sessions.touch(readCookie(request.headers.cookie, SESSION_COOKIE));
    if (!session) throw new HttpError(401, 'admin-unauthorized', 'not logged in to the console');
    return secureHeaders(reply).send({ csrfToken: session.csrfToken, timeZone: options.timeZone });
  });

  app.post('/v1/console/logout', async (request, reply) => {
    const id = readCookie(request.headers.cookie, SESSION_COOKIE);
    const session = sessions.touch(id);
    // Logging out is a change too: without the token another site could log an admin out.
    if (session && request.headers['x-csrf-token'] !== session.csrfToken) {
      throw new HttpError(403, 'csrf-token-missing', 'logging out needs the session\'s X-CSRF-Token header');
    }
    sessions.end(id);
    return secureHeaders(reply).header('set-cookie', sessionCookie(request, '', 0, options.secureCookie ?? false)).status(204).send();
  });

  const sendFile = (reply: FastifyReply, file: string) => {
    if (!existsSync(file)) throw new HttpError(404, 'not-found', 'the console is not built (npm run build)');
    const type = CONTENT_TYPES[file.slice(file.lastIndexOf('.'))] ?? 'application/octet-stream';
    return secureHeaders(reply).type(type).send(readFileSync(file));
  };
  app.get('/console', async (_request, reply) => reply.redirect('/console/'));
  app.get('/console/', async (_request, reply) => sendFile(reply, join(dir, 'index.html')));
  app.get('/console/assets/:file', async (request, reply) => {
    const file = (request.params as { file: string }).file;
    // Vite's asset names only: no path separators, no dot-dot, nothing outside dist/console/assets.
    if (!/^[\w.-]+$/.test(file) || file.includes('..')) throw new HttpError(404, 'not-found', 'no such console file');
    return sendFile(reply, join(dir, 'assets', file));
  });
}
