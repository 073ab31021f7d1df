// A small typed client for central's admin endpoints, used by kioskctl (and usable by tests or a
// future web console). Every failure becomes an AdminClientError with a sentence a person can act on.
import type { z } from 'zod';
import {
  commandListResponseSchema,
  commandViewSchema,
  createEnrollmentCodeResponseSchema,
  logBundleSummarySchema,
  errorResponseSchema,
  publishDocumentResponseSchema,
  storedTransactionListSchema,
  terminalListResponseSchema,
  type CreateCommandRequest,
  type DocumentKind,
} from './contract/schemas.ts';
import { certificateRecordsResponseSchema } from './contract/certificates.ts';
import { adminTopicResultsSchema } from './contract/public-matters.ts';
import { adminCaseDetailSchema, adminCaseSummarySchema, adminRatingSchema } from './contract/case-admin.ts';
import { acknowledgeRollbackResponseSchema } from './contract/releases.ts';

export class AdminClientError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'AdminClientError';
  }
}

/** How long one ordinary call may take to be answered. */
export const DEFAULT_TIMEOUT_MS = 15_000;

export interface AdminClientOptions {
  /** Per call (default 15 s); tests shorten it. */
  timeoutMs?: number;
}

export function createAdminClient(baseUrl: string, token: string, options: AdminClientOptions = {}) {
  const base = baseUrl.replace(/\/+$/, '');
  const TIMEOUT_MS = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;

  async function call<S extends z.ZodType>(method: string, path: string, schema: S, body?: unknown): Promise<z.infer<S>> {
    let response: Response;
    try {
      response = await fetch(`${base}${path}`, {
        method,
        headers: { authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(TIMEOUT_MS),
      });
    } catch (err) {
      const cause = (err as { cause?: { code?: string; message?: string } }).cause;
      const reason = cause?.code ?? cause?.message ?? (err as Error).message;
      throw new AdminClientError(`cannot reach central at ${base} (${reason}): is it running, and is --url (or CENTRAL_URL) right?`);
    }
    const text = await response.text();
    let json: unknown = undefined;
    try {
      json = text ? JSON.parse(text) : undefined;
    } catch {
      throw new AdminClientError(`central at ${base} answered ${response.status} with something that is not JSON: is this a central hub?`);
    }
    if (response.status === 401) {
      throw new AdminClientError('central refused the admin token: check --token (or CENTRAL_ADMIN_TOKEN); a hub that made its own keeps it in <data dir>/admin-token');
    }
    if (!response.ok) {
      const error = errorResponseSchema.safeParse(json);
      if (!error.success) throw new AdminClientError(`central answered ${response.status} ${response.statusText}`);
      const details = (error.data.issues ?? []).map((issue) => `\n  - ${issue.path}: ${issue.message}`).join('');
      throw new AdminClientError(`central refused (${response.status} ${error.data.error}): ${error.data.message}${details}`);
    }
    const parsed = schema.safeParse(json);
    if (!parsed.success) throw new AdminClientError(`central's answer to ${method} ${path} does not match the contract: ${parsed.error.message}`);
    return parsed.data;
  }

  /** Raw bytes of a screenshot or log bundle (not JSON-parsed: a PNG is not JSON). */
  async function download(path: string): Promise<{ contentType: string; bytes: Buffer }> {
    let response: Response;
    try {
      response = await fetch(`${base}${path}`, { headers: { authorization: `Bearer ${token}` }, signal: AbortSignal.timeout(TIMEOUT_MS) });
    } catch (err) {
      throw new AdminClientError(`cannot reach central at ${base} (${(err as Error).message}): is it running, and is --url (or CENTRAL_URL) right?`);
    }
    if (response.status === 401) throw new AdminClientError('central refused the admin token: check --token (or CENTRAL_ADMIN_TOKEN)');
    if (!response.ok) {
      const error = errorResponseSchema.safeParse(await response.json().catch(() => null));
      throw new AdminClientError(error.success ? `central refused (${response.status} ${error.data.error}): ${error.data.message}` : `central answered ${response.status}`);
    }
    return { contentType: response.headers.get('content-type') ?? 'application/octet-stream', bytes: Buffer.from(await response.arrayBuffer()) };
  }

  return {
    /** Any admin call with its answer's schema (kioskctl's release and rollout commands). */
    call,
    sendCommand: (terminalId: string, request: CreateCommandRequest) =>
      call('POST', `/v1/admin/terminals/${encodeURIComponent(terminalId)}/commands`, commandViewSchema, request),
    listCommands: (terminalId: string) => call('GET', `/v1/admin/terminals/${encodeURIComponent(terminalId)}/commands`, commandListResponseSchema),
    downloadAttachment: (commandId: string) => download(`/v1/admin/commands/${encodeURIComponent(commandId)}/attachment`),
    listLogBundles: (terminalId: string) => call('GET', `/v1/admin/terminals/${encodeURIComponent(terminalId)}/log-bundles`, logBundleSummarySchema.array()),
    downloadLogBundle: (bundleId: string) => download(`/v1/admin/log-bundles/${encodeURIComponent(bundleId)}`),
    createEnrollmentCode: (options: { siteCode?: string; ttlMinutes?: number }) =>
      call('POST', '/v1/admin/enrollment-codes', createEnrollmentCodeResponseSchema, options),
    listTerminals: () => call('GET', '/v1/admin/terminals', terminalListResponseSchema),
    acknowledgeRollbacks: (terminalId: string, by: string | undefined) =>
      call('POST', `/v1/admin/terminals/${encodeURIComponent(terminalId)}/rollbacks/acknowledge`, acknowledgeRollbackResponseSchema, by ? { by } : {}),
    publishDocument: (kind: DocumentKind, body: unknown) =>
      call('PUT', `/v1/admin/documents/${kind}`, publishDocumentResponseSchema, { body }),
    /** 证明打印: load residents' records into the reference hub (tests and demos). */
    loadCertificateRecords: (records: unknown) => call('PUT', '/v1/admin/certificate-records', certificateRecordsResponseSchema, { records }),
    // 议题公告 (issue 9)
    topicResults: (topicId: string) => call('GET', `/v1/admin/topics/${encodeURIComponent(topicId)}/results`, adminTopicResultsSchema),
    // 办件 and 好差评 (issue 10)
    listCases: (filter: { status?: string; kind?: string; site?: string; after?: string; limit?: number }) => {
      const query = new URLSearchParams(Object.entries(filter).filter((e) => e[1] !== undefined).map(([k, v]) => [k, String(v)]));
      return call('GET', `/v1/admin/cases${query.size > 0 ? `?${query}` : ''}`, adminCaseSummarySchema.array());
    },
    getCase: (caseNumber: string) => call('GET', `/v1/admin/cases/${encodeURIComponent(caseNumber)}`, adminCaseDetailSchema),
    setCaseStatus: (caseNumber: string, change: { status: string; reply: string | null }) =>
      call('POST', `/v1/admin/cases/${encodeURIComponent(caseNumber)}/status`, adminCaseDetailSchema, change),
    listRatings: (badOnly: boolean, page: { after?: string; limit?: number } = {}) => {
      const query = new URLSearchParams();
      if (badOnly) query.set('bad', 'true');
      if (page.after) query.set('after', page.after);
      if (page.limit) query.set('limit', String(page.limit));
      return call('GET', `/v1/admin/ratings${query.size > 0 ? `?${query}` : ''}`, adminRatingSchema.array());
    },
    setRatingFollowUp: (id: string, followUp: { state: string; note: string | null }) =>
      call('POST', `/v1/admin/ratings/${encodeURIComponent(id)}/follow-up`, adminRatingSchema, followUp),
    listTerminalTransactions: (terminalId: string, page: { after?: string; limit?: number } = {}) => {
      const query = new URLSearchParams();
      if (page.after) query.set('after', page.after);
      if (page.limit) query.set('limit', String(page.limit));
      const suffix = query.size > 0 ? `?${query}` : '';
      return call('GET', `/v1/admin/terminals/${encodeURIComponent(terminalId)}/transactions${suffix}`, storedTransactionListSchema);
    },
  };
}

export type AdminClient = ReturnType<typeof createAdminClient>;
