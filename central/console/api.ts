// The console's calls to the hub: the existing admin routes, authenticated by the session cookie
// (sent by the browser) plus the session's CSRF token on every request that changes something.
import type { CommandRequest, CommandView, TerminalSummary } from '../../shared/contract/schemas.ts';
import type { AcknowledgeRollbackResponse, CreateRolloutRequest, ReleaseView, RolloutView } from '../../shared/contract/releases.ts';
import type { CaseStatus } from '../../shared/contract/cases.ts';
import type { AccountView } from '../accounts/account-store.ts';
import type { Role } from '../accounts/roles.ts';
import type { WorkbenchCaseDetail, WorkbenchCaseSummary } from '../routes/workbench/workbench-types.ts';
import type { AuditPage } from '../audit/audit-types.ts';
import type { TransferTarget } from '../routes/workbench/transfer-targets.ts';
export type { TransferTarget };
import type { StatisticsReport } from '../routes/statistics/report-types.ts';
import { setHubTimeZone } from './format.ts';
import { hubErrorText } from './hub-error-words.ts';
import type { RectificationDetail, RectificationList } from '../routes/rectification/rectification-types.ts';
import type { FollowUpResult, RectificationAction } from '../routes/rectification/rules.ts';

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
  // In the console's language: the hub's refusal code, said as the console says it.
  if (!response.ok) throw new ApiError(response.status, hubErrorText(response.status, json));
  return json as T;
}

/** Who is logged in: the page shows each role only what it may use (the API enforces it anyway). */
export interface SessionInfo {
  csrfToken: string;
  timeZone: string;
  username: string;
  displayName: string;
  role: Role;
  mustChangePassword: boolean;
}

function remember(session: SessionInfo): SessionInfo {
  csrfToken = session.csrfToken;
  setHubTimeZone(session.timeZone);
  return session;
}

/** The live session the browser already holds, or null (then the login form shows). */
export async function resumeSession(): Promise<SessionInfo | null> {
  try {
    return remember(await call<SessionInfo>('GET', '/v1/console/session'));
  } catch {
    return null;
  }
}

/** Without a user name: the built-in admin, whose password the hub's CLI sets. */
export async function login(username: string, password: string): Promise<SessionInfo> {
  return remember(await call<SessionInfo>('POST', '/v1/console/login', username.trim() ? { username: username.trim(), password } : { password }));
}

export async function changePassword(currentPassword: string, newPassword: string): Promise<SessionInfo> {
  return remember(await call<SessionInfo>('POST', '/v1/console/password', { currentPassword, newPassword }));
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

// 办件 workbench (issue 23): the user's own sites only, enforced by the hub.
export interface CaseQueue {
  cases: WorkbenchCaseSummary[];
  total: number;
  page: number;
  pageSize: number;
  counts: Partial<Record<CaseStatus, number>>;
  statuses: CaseStatus[];
}
export const listWorkbenchCases = (filters: Record<string, string>) => {
  const query = new URLSearchParams(Object.entries(filters).filter(([, v]) => v !== '')).toString();
  return call<CaseQueue>('GET', `/v1/workbench/cases${query ? `?${query}` : ''}`);
};
export const getWorkbenchCase = (caseNumber: string) => call<WorkbenchCaseDetail>('GET', `/v1/workbench/cases/${encodeURIComponent(caseNumber)}`);
export const moveCase = (caseNumber: string, status: CaseStatus, reply: string) =>
  call<WorkbenchCaseDetail>('POST', `/v1/workbench/cases/${encodeURIComponent(caseNumber)}/status`, reply.trim() ? { status, reply: reply.trim() } : { status });
export const listMySites = () => call<string[]>('GET', '/v1/workbench/sites');
export const listTransferTargets = () => call<{ sites: TransferTarget[] }>('GET', '/v1/workbench/transfer-targets');
// Accounts (admins)
export const listAccounts = () => call<AccountView[]>('GET', '/v1/admin/accounts');
export const createAccount = (account: { username: string; displayName: string; role: Role; sites: string[]; township: string | null; password: string }) =>
  call<AccountView>('POST', '/v1/admin/accounts', account);
export const setAccountDisabled = (username: string, disabled: boolean) => call<AccountView>('POST', `/v1/admin/accounts/${encodeURIComponent(username)}/${disabled ? 'disable' : 'enable'}`, {});
export const resetAccountPassword = (username: string, password: string) => call<AccountView>('POST', `/v1/admin/accounts/${encodeURIComponent(username)}/reset-password`, { password });
// 好差评 整改 (issue 23): the user's own sites only, enforced by the hub.
export const listRectifications = (filters: Record<string, string>) => {
  const query = new URLSearchParams(Object.entries(filters).filter(([, v]) => v !== '')).toString();
  return call<RectificationList>('GET', `/v1/workbench/rectifications${query ? `?${query}` : ''}`);
};
export const getRectification = (id: string) => call<RectificationDetail>('GET', `/v1/workbench/rectifications/${encodeURIComponent(id)}`);
export const takeRectificationStep = (id: string, step: { action: RectificationAction; note: string; result: FollowUpResult | null }) =>
  call<RectificationDetail>('POST', `/v1/workbench/rectifications/${encodeURIComponent(id)}/steps`, {
    action: step.action,
    ...(step.note.trim() ? { note: step.note.trim() } : {}),
    ...(step.result ? { result: step.result } : {}),
  });
// The audit log, 查看, 转办 and 督办 (issue 23)
export const listAudit = (filters: Record<string, string>) => {
  const query = new URLSearchParams(Object.entries(filters).filter(([, v]) => v !== '')).toString();
  return call<AuditPage>('GET', `/v1/workbench/audit${query ? `?${query}` : ''}`);
};
export const revealCase = (caseNumber: string) => call<{ caseNumber: string; details: Record<string, unknown> }>('POST', `/v1/workbench/cases/${encodeURIComponent(caseNumber)}/reveal`, {});
export interface TransferAnswer {
  stillYours: boolean;
  siteCode: string;
  assignedTo: string | null;
  case: WorkbenchCaseDetail | null;
}
export const transferCase = (caseNumber: string, transfer: { site?: string; clerk?: string; reason: string }) =>
  call<TransferAnswer>('POST', `/v1/workbench/cases/${encodeURIComponent(caseNumber)}/transfer`, transfer);
export const superviseCase = (caseNumber: string, supervision: { note: string; dueDay?: string }) =>
  call<WorkbenchCaseDetail>('POST', `/v1/workbench/cases/${encodeURIComponent(caseNumber)}/supervise`, supervision);
// The holiday calendar (admins)
export interface HolidayDay {
  day: string;
  kind: 'holiday' | 'workday';
  name: string;
}
export const listHolidays = (year: number) => call<HolidayDay[]>('GET', `/v1/admin/holidays?year=${year}`);
export const loadHolidays = (csv: string) => call<{ years: number[]; holidays: number; workdays: number }>('PUT', '/v1/admin/holidays', { csv });
// Statistics (issue 23): the user's sites only, enforced by the hub.
export const getStatistics = (query: Record<string, string>) => call<StatisticsReport>('GET', `/v1/workbench/statistics?${new URLSearchParams(query).toString()}`);
/** A plain link: the browser sends the session cookie with it and saves the file. */
export const statisticsExportUrl = (query: Record<string, string>) => `/v1/workbench/statistics/export?${new URLSearchParams(query).toString()}`;
// Voice recording (issue 22, admins)
import type { PublishedVoicePack, SavedTake, VoicePromptList } from '../routes/voice-recording/voice-prompt-types.ts';
export type { VoicePromptList, VoicePromptView } from '../routes/voice-recording/voice-prompt-types.ts';
export const listVoicePrompts = (locale: string) => call<VoicePromptList>('GET', `/v1/admin/voice-prompts/${encodeURIComponent(locale)}`);
export const uploadVoiceTake = (locale: string, promptId: string, audioBase64: string) =>
  call<SavedTake>('PUT', `/v1/admin/voice-prompts/${encodeURIComponent(locale)}/${encodeURIComponent(promptId)}/recording`, { audio: audioBase64 });
export const publishVoicePack = (locale: string) => call<PublishedVoicePack>('POST', `/v1/admin/voice-prompts/${encodeURIComponent(locale)}/publish`, {});
/** The processed take (what the kiosk will play), read with the session cookie. */
export async function fetchVoiceTake(locale: string, promptId: string): Promise<Blob> {
  const response = await fetch(`/v1/admin/voice-prompts/${encodeURIComponent(locale)}/${encodeURIComponent(promptId)}/recording`, { credentials: 'same-origin' });
  if (!response.ok) throw new ApiError(response.status, hubErrorText(response.status, await response.json().catch(() => null)));
  return response.blob();
}
