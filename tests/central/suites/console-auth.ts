// The admin console's login: what an admin (or an attacker) sees at the hub's HTTP surface.
import { describe, test, beforeAll, afterAll } from 'vitest';
import assert from 'node:assert/strict';
import { hashConsolePassword } from '../../../central/console-auth.ts';
import { enrollTerminal, type HubFactory, type HubUnderTest } from '../helpers/hub.ts';

const PASSWORD = 'township-hall-2026';
// Hashed once: scrypt is deliberately slow and the shared cores are few.
const passwordHash = hashConsolePassword(PASSWORD);

interface Answer {
  status: number;
  headers: Headers;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read answers field by field
  json: any;
}

async function call(hub: HubUnderTest, method: string, path: string, options: { body?: unknown; cookie?: string; csrf?: string } = {}): Promise<Answer> {
  const headers: Record<string, string> = {};
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  if (options.cookie) headers.cookie = options.cookie;
  if (options.csrf) headers['x-csrf-token'] = options.csrf;
  const response = await fetch(`${hub.url}${path}`, { method, headers, body: options.body === undefined ? undefined : JSON.stringify(options.body) });
  const text = await response.text();
  return { status: response.status, headers: response.headers, json: text ? JSON.parse(text) : null };
}

async function logIn(hub: HubUnderTest, password = PASSWORD): Promise<{ answer: Answer; cookie: string; csrf: string }> {
  const answer = await call(hub, 'POST', '/v1/console/login', { body: { password } });
  const cookie = (answer.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  return { answer, cookie, csrf: answer.json?.csrfToken };
}

export function consoleAuthSuite(startHub: HubFactory): void {
  describe('admin console login', () => {
    let hub: HubUnderTest;
    let terminalId: string;
    beforeAll(async () => {
      hub = await startHub({ consolePasswordHash: passwordHash });
      terminalId = (await enrollTerminal(hub)).terminalId;
    });
    afterAll(() => hub?.close());

    test('a wrong password is refused and sets no cookie', async () => {
      const { answer } = await logIn(hub, 'not-the-password');
      assert.equal(answer.status, 401);
      assert.equal(answer.json.error, 'wrong-password');
      assert.equal(answer.headers.get('set-cookie'), null);
    });

    test('the right password gives an HttpOnly SameSite=Strict cookie (not Secure over plain http) that opens the fleet list', async () => {
      const { answer, cookie } = await logIn(hub);
      assert.equal(answer.status, 200);
      const setCookie = answer.headers.get('set-cookie') ?? '';
      assert.match(setCookie, /^kiosk_console=[\w-]{40,};/);
      assert.match(setCookie, /; HttpOnly/);
      assert.match(setCookie, /; SameSite=Strict/);
      assert.doesNotMatch(setCookie, /Secure/);
      assert.match(answer.headers.get('content-security-policy') ?? '', /script-src 'self'/);
      const terminals = await call(hub, 'GET', '/v1/admin/terminals', { cookie });
      assert.equal(terminals.status, 200);
      assert.deepEqual(terminals.json.map((t: { terminalId: string }) => t.terminalId), [terminalId]);
    });

    test('with the cookie alone a command is refused (CSRF); with the session token it is queued', async () => {
      const { cookie, csrf } = await logIn(hub);
      const command = { command: { type: 'out-of-service', on: true, message: '本机维护中' } };
      const path = `/v1/admin/terminals/${terminalId}/commands`;
      const forged = await call(hub, 'POST', path, { cookie, body: command });
      assert.equal(forged.status, 403);
      assert.equal(forged.json.error, 'csrf-token-missing');
      const wrongToken = await call(hub, 'POST', path, { cookie, csrf: `${csrf}x`, body: command });
      assert.equal(wrongToken.status, 403);
      assert.deepEqual((await call(hub, 'GET', path, { cookie })).json, [], 'the refused requests queued nothing');
      const sent = await call(hub, 'POST', path, { cookie, csrf, body: command });
      assert.equal(sent.status, 201);
      const listed = await call(hub, 'GET', path, { cookie });
      assert.deepEqual(listed.json.map((c: { command: unknown }) => c.command), [command.command]);
    });

    test('another session\'s CSRF token does not work, and a made-up cookie opens nothing', async () => {
      const first = await logIn(hub);
      const second = await logIn(hub);
      const answer = await call(hub, 'POST', '/v1/admin/enrollment-codes', { cookie: first.cookie, csrf: second.csrf, body: {} });
      assert.equal(answer.status, 403);
      const madeUp = await call(hub, 'GET', '/v1/admin/terminals', { cookie: 'kiosk_console=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA' });
      assert.equal(madeUp.status, 401);
    });

    test('after logout, and after 2 hours idle, the cookie opens nothing', async () => {
      const session = await logIn(hub);
      assert.equal((await call(hub, 'GET', '/v1/console/session', { cookie: session.cookie })).json.csrfToken, session.csrf);
      assert.equal((await call(hub, 'POST', '/v1/console/logout', { cookie: session.cookie })).status, 403, 'logout needs the token too');
      assert.equal((await call(hub, 'POST', '/v1/console/logout', { cookie: session.cookie, csrf: session.csrf })).status, 204);
      assert.equal((await call(hub, 'GET', '/v1/admin/terminals', { cookie: session.cookie })).status, 401);

      const idle = await logIn(hub);
      hub.clockOffsetMs += 2 * 3600_000 + 60_000;
      assert.equal((await call(hub, 'GET', '/v1/admin/terminals', { cookie: idle.cookie })).status, 401);
    });

    test('after 5 wrong passwords even the right one waits (429 with Retry-After), and works once the 15 minutes pass', async () => {
      for (let i = 0; i < 5; i++) assert.equal((await logIn(hub, `guess-${i}-wrong`)).answer.status, 401);
      const locked = await logIn(hub);
      assert.equal(locked.answer.status, 429);
      assert.equal(locked.answer.json.error, 'too-many-logins');
      assert.ok(Number(locked.answer.headers.get('retry-after')) > 0);
      assert.equal(locked.cookie, '');
      hub.clockOffsetMs += 15 * 60_000 + 1000;
      assert.equal((await logIn(hub)).answer.status, 200);
    });

    test('the bearer admin token still works for kioskctl alongside the console', async () => {
      const response = await fetch(`${hub.url}/v1/admin/terminals`, { headers: { authorization: `Bearer ${hub.adminToken}` } });
      assert.equal(response.status, 200);
    });
  });

  describe('admin console behind an https address', () => {
    let hub: HubUnderTest;
    beforeAll(async () => (hub = await startHub({ consolePasswordHash: passwordHash, publicUrl: 'https://central.example.gov.cn' })));
    afterAll(() => hub?.close());

    test('the session cookie is Secure, so a browser never sends it over plain http', async () => {
      const { answer } = await logIn(hub);
      assert.equal(answer.status, 200);
      assert.match(answer.headers.get('set-cookie') ?? '', /; Secure/);
    });
  });

  describe('admin console without a password set', () => {
    let hub: HubUnderTest;
    beforeAll(async () => (hub = await startHub()));
    afterAll(() => hub?.close());

    test('no password logs in until an admin sets one', async () => {
      for (const password of ['', 'anything-at-all']) {
        const { answer } = await logIn(hub, password);
        assert.notEqual(answer.status, 200);
        assert.equal(answer.headers.get('set-cookie'), null);
      }
      assert.equal((await logIn(hub, 'anything-at-all')).answer.json.error, 'console-password-not-set');
    });
  });
}
