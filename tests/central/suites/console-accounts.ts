// Named console accounts (issue 23) on one hub (PGlite and PostgreSQL): the built-in admin logs in with the
// password the hub's CLI set (as the one shared password did), creates accounts with temporary
// passwords, disables and resets them; a reset password opens nothing until it is changed; failed
// logins are throttled per address and per account; sessions live in the database, so two hubs
// over one database (or a restarted hub) share them.
import { describe, test, beforeAll, afterAll } from 'vitest';
import assert from 'node:assert/strict';
import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { join } from 'node:path';
import { hashConsolePassword } from '../../../central/console-auth.ts';
import { buildCentralApp } from '../../../central/server.ts';
import type { Database } from '../../../central/storage/database.ts';
import { loadOrCreateCentralKey } from '../../../central/secrets.ts';
import { adminCall, type HubUnderTest, type HubFactory } from '../helpers/hub.ts';
import { accountReady, consoleCall, logIn } from '../helpers/console-session.ts';

const ADMIN_PASSWORD = 'county-admin-2026';
// Hashed once: scrypt is deliberately slow and the shared cores are few.
const ADMIN_HASH = hashConsolePassword(ADMIN_PASSWORD);

export function consoleAccountsSuite(startHub: HubFactory): void {
  describe('console accounts', () => {
    let hub: HubUnderTest;
    beforeAll(async () => {
      hub = await startHub({ consolePasswordHash: ADMIN_HASH });
    });
    afterAll(() => hub?.close());

    test('the built-in admin logs in with the CLI password, with or without its user name, and is told its role', async () => {
      for (const username of [undefined, 'admin']) {
        const admin = await logIn(hub, username, ADMIN_PASSWORD);
        assert.equal(admin.login.status, 200);
        assert.equal(admin.login.json.role, 'admin');
        assert.equal(admin.login.json.username, 'admin');
        assert.equal(admin.login.json.mustChangePassword, false);
        assert.equal((await admin.call('GET', '/v1/admin/terminals')).status, 200);
      }
    });

    test('an admin creates a clerk; its temporary password opens only the password change, then everything its role allows', async () => {
      const admin = await logIn(hub, undefined, ADMIN_PASSWORD);
      const created = await admin.call('POST', '/v1/admin/accounts', { username: 'li.clerk', displayName: '李文书', role: 'clerk', sites: ['EAST'], password: 'temporary-pass-1' });
      assert.equal(created.status, 201, JSON.stringify(created.json));
      assert.deepEqual(created.json, { username: 'li.clerk', displayName: '李文书', role: 'clerk', sites: ['EAST'], township: null, mustChangePassword: true, disabledAt: null, builtIn: false });
      assert.doesNotMatch(JSON.stringify((await admin.call('GET', '/v1/admin/accounts')).json), /temporary-pass-1|scrypt/, 'no password or hash is ever listed');

      const clerk = await logIn(hub, 'li.clerk', 'temporary-pass-1');
      assert.equal(clerk.login.status, 200);
      assert.equal(clerk.login.json.mustChangePassword, true);
      const blocked = await clerk.call('GET', '/v1/workbench/cases');
      assert.equal(blocked.status, 403);
      assert.equal(blocked.json.error, 'password-change-required');
      assert.equal((await clerk.call('POST', '/v1/console/password', { currentPassword: 'wrong-one-here', newPassword: 'my-own-password-9' })).json.error, 'wrong-password');
      assert.equal((await clerk.call('POST', '/v1/console/password', { currentPassword: 'temporary-pass-1', newPassword: 'temporary-pass-1' })).json.error, 'same-password');
      assert.equal((await clerk.call('POST', '/v1/console/password', { currentPassword: 'temporary-pass-1', newPassword: 'short' })).status, 400);
      assert.equal((await clerk.call('POST', '/v1/console/password', { currentPassword: 'temporary-pass-1', newPassword: 'my-own-password-9' }, { csrf: false })).status, 403, 'CSRF as everywhere');
      const changed = await clerk.call('POST', '/v1/console/password', { currentPassword: 'temporary-pass-1', newPassword: 'my-own-password-9' });
      assert.equal(changed.status, 200);
      assert.equal(changed.json.mustChangePassword, false);
      assert.equal((await clerk.call('GET', '/v1/workbench/cases')).status, 200, 'the same session works once the password is its own');
      const fleet = await clerk.call('GET', '/v1/admin/terminals');
      assert.equal(fleet.status, 403, 'the fleet, documents and accounts are the admin\'s');
      assert.equal(fleet.json.error, 'role-forbidden');
      assert.equal((await clerk.call('POST', '/v1/admin/accounts', { username: 'sneaky', displayName: 'x', role: 'admin', password: 'whatever-long-1' })).status, 403);
      assert.equal((await logIn(hub, 'li.clerk', 'temporary-pass-1')).login.status, 401, 'the temporary password no longer works');
      assert.equal((await logIn(hub, 'li.clerk', 'my-own-password-9')).login.status, 200);
    });

    test('bad accounts are refused with the field named, and nothing is created', async () => {
      const bad = [
        { username: 'Bad Name', displayName: 'x', role: 'clerk', sites: ['EAST'], password: 'long-enough-1' },
        { username: 'wang.clerk', displayName: 'x', role: 'clerk', sites: [], password: 'long-enough-1' },
        { username: 'wang.clerk', displayName: 'x', role: 'boss', sites: ['EAST'], password: 'long-enough-1' },
        { username: 'wang.clerk', displayName: 'x', role: 'clerk', sites: ['EAST'], password: 'short' },
      ];
      for (const body of bad) assert.equal((await adminCall(hub, 'POST', '/v1/admin/accounts', body)).status, 400, JSON.stringify(body));
      assert.equal((await adminCall(hub, 'POST', '/v1/admin/accounts', { username: 'admin', displayName: 'x', role: 'admin', password: 'long-enough-1' })).json.error, 'account-exists');
      const names = (await adminCall(hub, 'GET', '/v1/admin/accounts')).json.map((a: { username: string }) => a.username);
      assert.equal(names.includes('wang.clerk'), false);
    });

    test('disabling ends the account\'s sessions and refuses its logins; enabling lets it back in', async () => {
      const user = await accountReady(hub, { username: 'zhao.auditor', role: 'auditor', sites: ['EAST'] }, 'auditor-password-1');
      assert.equal((await user.call('GET', '/v1/workbench/cases')).status, 200);
      assert.equal((await adminCall(hub, 'POST', '/v1/admin/accounts/zhao.auditor/disable')).json.disabledAt !== null, true);
      assert.equal((await user.call('GET', '/v1/workbench/cases')).status, 401, 'the open session is gone');
      assert.equal((await logIn(hub, 'zhao.auditor', 'auditor-password-1')).login.json.error, 'account-disabled');
      assert.equal((await adminCall(hub, 'POST', '/v1/admin/accounts/admin/disable')).json.error, 'built-in-admin', 'the way back in cannot be locked');
      await adminCall(hub, 'POST', '/v1/admin/accounts/zhao.auditor/enable');
      assert.equal((await logIn(hub, 'zhao.auditor', 'auditor-password-1')).login.status, 200);
    });

    test('a reset ends the user\'s sessions, and the new password must be changed at the next login', async () => {
      const user = await accountReady(hub, { username: 'sun.clerk', role: 'clerk', sites: ['WEST'] }, 'sun-password-01');
      const reset = await adminCall(hub, 'POST', '/v1/admin/accounts/sun.clerk/reset-password', { password: 'reset-by-admin-7' });
      assert.equal(reset.status, 200);
      assert.equal(reset.json.mustChangePassword, true);
      assert.equal((await user.call('GET', '/v1/workbench/cases')).status, 401);
      assert.equal((await logIn(hub, 'sun.clerk', 'sun-password-01')).login.status, 401, 'the old password is gone');
      const again = await logIn(hub, 'sun.clerk', 'reset-by-admin-7');
      assert.equal(again.login.json.mustChangePassword, true);
      assert.equal((await again.call('GET', '/v1/workbench/cases')).json.error, 'password-change-required');
      assert.equal((await adminCall(hub, 'POST', '/v1/admin/accounts/nobody.here/reset-password', { password: 'reset-by-admin-7' })).status, 404);
    });

    test('an unknown user name fails like a wrong password', async () => {
      const unknown = await logIn(hub, 'no.such.user', 'whatever-password');
      assert.equal(unknown.login.status, 401);
      assert.equal(unknown.login.json.message, 'the user name or the password is wrong');
    });

    test('10 wrong passwords for one account from several addresses lock that account for 15 minutes, not the others', async () => {
      await accountReady(hub, { username: 'qian.clerk', role: 'clerk', sites: ['EAST'] }, 'qian-password-1');
      await accountReady(hub, { username: 'zhou.clerk', role: 'clerk', sites: ['EAST'] }, 'zhou-password-1');
      hub.clockOffsetMs += 16 * 60_000; // earlier tests' failures from this address are forgotten
      // Two guessing machines (127.0.0.2 and .3), each under its own address limit of 5.
      for (const from of ['127.0.0.2', '127.0.0.3']) {
        for (let i = 0; i < 5; i++) assert.equal((await loginFrom(from, 'qian.clerk', `guess-${i}-wrong`)).status, 401);
      }
      const locked = await loginFrom('127.0.0.4', 'qian.clerk', 'qian-password-1');
      assert.equal(locked.status, 429, 'even the right password from a third address waits');
      assert.ok(Number(locked.retryAfter) > 0);
      assert.equal((await loginFrom('127.0.0.4', 'zhou.clerk', 'zhou-password-1')).status, 200, 'other accounts are not locked');
      const fromGuesser = await loginFrom('127.0.0.2', 'zhou.clerk', 'zhou-password-1');
      assert.equal(fromGuesser.status, 429, 'the guessing address waits for any account');
      hub.clockOffsetMs += 15 * 60_000 + 1000;
      assert.equal((await loginFrom('127.0.0.4', 'qian.clerk', 'qian-password-1')).status, 200, 'works once the window passes');
    });

    /** A login sent from another loopback address (the hub sees request.ip = `from`). */
    function loginFrom(from: string, username: string, password: string): Promise<{ status: number; retryAfter: string | undefined }> {
      const url = new URL('/v1/console/login', hub.url);
      return new Promise((resolve, reject) => {
        const request = httpRequest(url, { method: 'POST', localAddress: from, headers: { 'content-type': 'application/json' } }, (response) => {
          response.resume();
          response.on('end', () => resolve({ status: response.statusCode ?? 0, retryAfter: response.headers['retry-after'] as string | undefined }));
        });
        request.on('error', reject);
        request.end(JSON.stringify({ username, password }));
      });
    }
  });

  describe('sessions kept in the database', () => {
    // Two hubs over one database, as two processes behind a county's balancer (or one hub before and
    // after a restart): neither keeps sessions in its memory.
    let db: Database;
    const apps: FastifyInstance[] = [];
    afterAll(async () => {
      for (const app of apps) await app.close();
      await db?.close();
    });

    test('a session made by one hub works on the other, and a logout on either ends it on both', async () => {
      db = await startHub.openDatabase();
      const centralKey = loadOrCreateCentralKey(null);
      const urls: string[] = [];
      for (let i = 0; i < 2; i++) {
        const app = buildCentralApp({ db, centralKey, adminToken: 'token-for-two-hubs-0001', logLevel: 'silent', consolePasswordHash: () => ADMIN_HASH });
        apps.push(app);
        await app.listen({ port: 0, host: '127.0.0.1' });
        urls.push(`http://127.0.0.1:${(app.server.address() as AddressInfo).port}`);
      }
      const [a, b] = [{ url: urls[0]! }, { url: urls[1]! }];
      const admin = await logIn(a, undefined, ADMIN_PASSWORD);
      assert.equal(admin.login.status, 200);
      const onB = await consoleCall(b, 'GET', '/v1/console/session', { cookie: admin.cookie });
      assert.equal(onB.status, 200);
      assert.equal(onB.json.csrfToken, admin.csrf);
      assert.equal((await consoleCall(b, 'GET', '/v1/admin/terminals', { cookie: admin.cookie })).status, 200);
      assert.equal((await consoleCall(b, 'POST', '/v1/console/logout', { cookie: admin.cookie, csrf: admin.csrf })).status, 204);
      assert.equal((await consoleCall(a, 'GET', '/v1/console/session', { cookie: admin.cookie })).status, 401);
      const rows = await db.query<{ session_hash: string }>('SELECT session_hash FROM console_sessions');
      assert.equal(rows.some((r) => admin.cookie.includes(r.session_hash)), false, 'the database holds hashes, never the cookie\'s id');
    });
  });
}
