// The console's calls to the hub: the existing admin routes, authenticated by the session cookie
// (sent by the browser) plus the session's CSRF token on every request that changes something.
import type { CommandRequest, CommandView, TerminalSummary } from '../../shared/contract/schemas.ts';
import type { AcknowledgeRollbackResponse, CreateRolloutRequest, ReleaseView, RolloutView } from '../../shared/contract/releases.ts';
import { setHubTimeZone } from './format.ts';

let csrfToken: string | null = null;

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

async function call<T>(method: string, path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = {};
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  const response = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body), credentials: 'same-origin' });
  const text = await response.text();
  const json = text ? JSON.parse(text) : null;
  if (!response.ok) throw new ApiError(response.status, json?.message ?? `HTTP ${response.status}`);
  return json as T;
}

/** True when the browser already holds a live session (then the CSRF token is known). */
export async function resumeSession(): Promise<boolean> {
  try {
    const session = await call<{ csrfToken: string; timeZone: string }>('GET', '/v1/console/session');
    csrfToken = session.csrfToken;
    setHubTimeZone(session.timeZone);
    return true;
  } catch {
    return false;
  }
}

export async function login(password: string): Promise<void> {
  const session = await call<{ csrfToken: string; timeZone: string }>('POST', '/v1/console/login', { password });
  csrfToken = session.csrfToken;
  setHubTimeZone(session.timeZone);
}

export async function logout(): Promise<void> {
  await call('POST', '/v1/console/logout');
  csrfToken = null;
}

export const listTerminals = () => call<TerminalSummary[]>('GET', '/v1/admin/terminals');
export const acknowledgeRollbacks = (id: string, by?: string) =>
  call<AcknowledgeRollbackResponse>('POST', `/v1/admin/terminals/${encodeURIComponent(id)}/rollbacks/acknowledge`, by ? { by } : {});
export const listCommands = (id: string) => call<CommandView[]>('GET', `/v1/admin/terminals/${encodeURIComponent(id)}/commands`);
export const sendCommand = (id: string, command: CommandRequest, reason?: string) =>
  call<CommandView>('POST', `/v1/admin/terminals/${encodeURIComponent(id)}/commands`, reason ? { command, reason } : { command });
export const publishDocument = (kind: string, body: unknown) =>
  call<{ kind: string; version: number; warnings?: string[] }>('PUT', `/v1/admin/documents/${encodeURIComponent(kind)}`, { body });
// Updates (issue 12)
export const listReleases = () => call<ReleaseView[]>('GET', '/v1/admin/releases');
export const listRollouts = () => call<RolloutView[]>('GET', '/v1/admin/rollouts');
export const startRollout = (request: CreateRolloutRequest) => call<RolloutView>('POST', '/v1/admin/rollouts', request);
export const actOnRollout = (id: string, action: 'advance' | 'pause' | 'resume' | 'abort') =>
  call<RolloutView>('POST', `/v1/admin/rollouts/${encodeURIComponent(id)}/${action}`, {});
