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
} from '../shared/contract/schemas.ts';
import { certificateRecordsResponseSchema } from '../shared/contract/certificates.ts';
import { adminTopicResultsSchema } from '../shared/contract/public-matters.ts';
import { adminCaseDetailSchema, adminCaseSummarySchema, adminRatingSchema } from '../shared/contract/case-admin.ts';
import { acknowledgeRollbackResponseSchema } from '../shared/contract/releases.ts';

/** How a call failed before any answer: what an admin does next differs for each. */
export type NetworkFailure = 'refused' | 'timeout' | 'broken';

export class AdminClientError extends Error {
  constructor(
    message: string,
    /** Set when no answer came; null when central answered (see status and code). */
    readonly failure: NetworkFailure | null = null,
    readonly status: number | null = null,
    /** Central's error code (`release-exists`, `bad-chunk`…) when it sent one. */
    readonly code: string | null = null,
  ) {
    super(message);
    this.name = 'AdminClientError';
  }
}

/** Nobody listens there, or the name does not resolve: the hub is down or --url is wrong. */
const UNREACHABLE = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH']);

/** How long one ordinary call may take to be answered. */
export const DEFAULT_TIMEOUT_MS = 15_000;

export interface AdminClientOptions {
  /** Per call (default 15 s); tests shorten it. */
  timeoutMs?: number;
}

export interface AdminRequest {
  /** JSON body. */
  json?: unknown;
  /** Raw body (a release chunk), sent as application/octet-stream. */
  bytes?: Uint8Array;
  headers?: Record<string, string>;
  /** This call's own limit, instead of the client's. */
  timeoutMs?: number;
}

export function createAdminClient(baseUrl: string, token: string, options: AdminClientOptions = {}) {
  const base = baseUrl.replace(/\/+$/, '');
  const TIMEOUT_MS = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;

  /** Any admin call: the answer parsed with `schema`, or an AdminClientError saying what happened. */
  async function request<S extends z.ZodType>(method: string, path: string, schema: S, init: AdminRequest = {}): Promise<z.infer<S>> {
    const timeoutMs = init.timeoutMs ?? TIMEOUT_MS;
    const contentType: Record<string, string> = init.bytes !== undefined ? { 'content-type': 'application/octet-stream' } : init.json !== undefined ? { 'content-type': 'application/json' } : {};
    // A copy the fetch types accept (a Buffer may share a larger ArrayBuffer).
    const body = init.bytes !== undefined ? new Blob([new Uint8Array(init.bytes)]) : init.json === undefined ? undefined : JSON.stringify(init.json);
    let response: Response;
    let text: string;
    try {
      response = await fetch(`${base}${path}`, {
        method,
        headers: { authorization: `Bearer ${token}`, ...contentType, ...init.headers },
        body,
        signal: AbortSignal.timeout(timeoutMs),
      });
      text = await response.text();
    } catch (err) {
      const cause = (err as { cause?: { code?: string; message?: string } }).cause;
      const reason = cause?.code ?? cause?.message ?? (err as Error).message;
      if ((err as Error).name === 'TimeoutError') {
        throw new AdminClientError(`central at ${base} did not answer ${method} ${path} within ${timeoutMs / 1000} s`, 'timeout');
      }
      if (cause?.code && UNREACHABLE.has(cause.code)) {
        throw new AdminClientError(`cannot reach central at ${base} (${reason}): is it running, and is --url (or CENTRAL_URL) right?`, 'refused');
      }
      throw new AdminClientError(`the connection to central at ${base} broke during ${method} ${path} (${reason})`, 'broken');
    }
    let json: unknown = undefined;
    try {
      json = text ? JSON.parse(text) : undefined;
    } catch {
      throw new AdminClientError(`central at ${base} answered ${response.status} with something that is not JSON: is this a central hub?`, null, response.status);
    }
    if (response.status === 401) {
      throw new AdminClientError('central refused the admin token: check --token (or CENTRAL_ADMIN_TOKEN); a hub that made its own keeps it in <data dir>/admin-token', null, 401);
    }
    if (!response.ok) {
      const error = errorResponseSchema.safeParse(json);
      if (!error.success) throw new AdminClientError(`central answered ${response.status} ${response.statusText}`, null, response.status);
      const details = (error.data.issues ?? []).map((issue) => `\n  - ${issue.path}: ${issue.message}`).join('');
      throw new AdminClientError(`central refused (${response.status} ${error.data.error}): ${error.data.message}${details}`, null, response.status, error.data.error);
    }
    const parsed = schema.safeParse(json);
    if (!parsed.success) throw new AdminClientError(`central's answer to ${method} ${path} does not match the contract: ${parsed.error.message}`, null, response.status);
    return parsed.data;
  }

  const call = <S extends z.ZodType>(method: string, path: string, schema: S, body?: unknown): Promise<z.infer<S>> => request(method, path, schema, { json: body });

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
    /** The same with a raw body, extra headers or its own timeout (release uploads). */
    request,
    sendCommand: (terminalId: string, request: CreateCommandRequest) =>
      call('POST', `/v1/admin/terminals/${encodeURIComponent(terminalId)}/commands`, commandViewSchema, request),
    listCommands: (terminalId: string) => call('GET', `/v1/admin/terminals/${encodeURIComponent(terminalId)}/commands`, commandListResponseSchema),
    downloadAttachment: (commandId: string) => download(`/v1/admin/commands/${encodeURIComponent(commandId)}/attachment`),
    listLogBundles: (terminalId: string) => call('GET', `/v1/admin/terminals/${encodeURIComponent(terminalId)}/log-bundles`, logBundleSummarySchema.array()),
    downloadLogBundle: (bundleId: string) => download(`/v1/admin/log-bundles/${encodeURIComponent(bundleId)}`),
    /** A hall's hub on PGlite: the whole database as a gzipped tarball (issue 27). */
    downloadBackup: () => download('/v1/admin/backup'),
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
