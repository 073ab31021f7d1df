// A console user as the browser is one: logs in, keeps the session cookie and the CSRF token, and
// sends both the way central/console/api.ts does. For the workbench and accounts tests.
import assert from 'node:assert/strict';
import type { RunningCentral } from '../../../central/server.ts';
import { adminCall, type JsonResponse } from './hub.ts';

export interface ConsoleUser {
  username: string;
  cookie: string;
  csrf: string;
  login: JsonResponse;
  call(method: string, path: string, body?: unknown, options?: { csrf?: boolean }): Promise<JsonResponse>;
}

async function toJson(response: Response): Promise<JsonResponse> {
  const text = await response.text();
  return { status: response.status, headers: response.headers, json: text ? JSON.parse(text) : null };
}

export async function consoleCall(hub: { url: string }, method: string, path: string, options: { body?: unknown; cookie?: string; csrf?: string } = {}): Promise<JsonResponse> {
  const headers: Record<string, string> = {};
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  if (options.cookie) headers.cookie = options.cookie;
  if (options.csrf) headers['x-csrf-token'] = options.csrf;
  return toJson(await fetch(`${hub.url}${path}`, { method, headers, body: options.body === undefined ? undefined : JSON.stringify(options.body) }));
}

/** Logs in (username undefined: the built-in admin) and returns the user, whatever the answer. */
export async function logIn(hub: { url: string }, username: string | undefined, password: string): Promise<ConsoleUser> {
  const login = await consoleCall(hub, 'POST', '/v1/console/login', { body: username === undefined ? { password } : { username, password } });
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const csrf = login.json?.csrfToken ?? '';
  return {
    username: username ?? 'admin',
    cookie,
    csrf,
    login,
    call: (method, path, body, options = {}) => consoleCall(hub, method, path, { body, cookie, csrf: options.csrf === false ? undefined : csrf }),
  };
}

export interface NewAccount {
  username: string;
  role: 'admin' | 'supervisor' | 'clerk' | 'auditor';
  sites?: string[];
  township?: string;
  displayName?: string;
}

/** Created by the admin token (kioskctl's way) with a temporary password, then changed to `password` at first login. */
export async function accountReady(hub: RunningCentral, account: NewAccount, password: string): Promise<ConsoleUser> {
  const temporary = `temporary-${account.username}-1`;
  const created = await adminCall(hub, 'POST', '/v1/admin/accounts', { displayName: account.displayName ?? account.username, sites: [], ...account, password: temporary });
  assert.equal(created.status, 201, JSON.stringify(created.json));
  const first = await logIn(hub, account.username, temporary);
  assert.equal(first.login.status, 200, JSON.stringify(first.login.json));
  const changed = await first.call('POST', '/v1/console/password', { currentPassword: temporary, newPassword: password });
  assert.equal(changed.status, 200, JSON.stringify(changed.json));
  return first;
}
