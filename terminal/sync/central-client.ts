// HTTP to central with every request signed by the kiosk's key (timestamp + nonce + body hash,
// shared/contract/signing.ts), a hard timeout on each request, and a clock offset learned from
// central's Date header when central says our timestamp is stale (cheap mini-PCs drift).
import { signRequest } from '../../shared/contract/signing.ts';
import type { TerminalIdentity } from './identity.ts';

export interface CentralResponse {
  status: number;
  headers: Headers;
  text: string;
  /** JSON body, or undefined when the body is empty or not JSON. */
  json: unknown;
}

/** No HTTP answer at all: refused, reset, timed out, DNS… Always worth retrying later. */
export class CentralUnreachableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CentralUnreachableError';
  }
}

export interface CentralClientOptions {
  baseUrl: string;
  identity?: TerminalIdentity;
  timeoutMs?: number;
  fetch?: typeof fetch;
  now?: () => number;
  /** Aborts every request in flight, e.g. when the kiosk shuts down. */
  signal?: AbortSignal;
}

export interface CentralClient {
  /** Signed when the client has an identity; body is sent as JSON exactly as signed. */
  request(method: 'GET' | 'POST' | 'PUT', path: string, body?: unknown, headers?: Record<string, string>): Promise<CentralResponse>;
}

function describeNetworkError(err: unknown, timeoutMs: number): string {
  const e = err as { name?: string; message?: string; cause?: { code?: string; message?: string } };
  if (e?.name === 'TimeoutError' || e?.name === 'AbortError') return `no answer from central within ${timeoutMs} ms`;
  const code = e?.cause?.code;
  if (code === 'ECONNREFUSED') return 'central refused the connection';
  if (code === 'ECONNRESET' || code === 'UND_ERR_SOCKET') return 'the connection to central was cut';
  return `central unreachable: ${code ?? e?.cause?.message ?? e?.message ?? String(err)}`;
}

export function createCentralClient(opts: CentralClientOptions): CentralClient {
  const timeoutMs = opts.timeoutMs ?? 15_000;
  const doFetch = opts.fetch ?? fetch;
  const now = opts.now ?? Date.now;
  let clockOffsetMs = 0;

  async function once(method: string, path: string, body: unknown, extra: Record<string, string>): Promise<CentralResponse> {
    const url = new URL(path.replace(/^\//, ''), opts.baseUrl.endsWith('/') ? opts.baseUrl : `${opts.baseUrl}/`);
    const text = body === undefined ? '' : JSON.stringify(body);
    const headers: Record<string, string> = { ...extra };
    if (body !== undefined) headers['content-type'] = 'application/json';
    if (opts.identity) {
      Object.assign(
        headers,
        signRequest(opts.identity.privateKey, {
          terminalId: opts.identity.terminalId,
          method,
          path: url.pathname + url.search,
          body: text,
          timestamp: String(Math.round(now() + clockOffsetMs)),
        }),
      );
    }
    let res: Response;
    let responseText: string;
    try {
      res = await doFetch(url, { method, headers, body: body === undefined ? undefined : text, signal: opts.signal ? AbortSignal.any([opts.signal, AbortSignal.timeout(timeoutMs)]) : AbortSignal.timeout(timeoutMs) });
      // Reading the body is inside the try: a reset in the middle of the answer is "unreachable" too.
      responseText = await res.text();
    } catch (err) {
      throw new CentralUnreachableError(describeNetworkError(err, timeoutMs));
    }
    let json: unknown;
    try {
      json = responseText ? JSON.parse(responseText) : undefined;
    } catch {
      json = undefined;
    }
    return { status: res.status, headers: res.headers, text: responseText, json };
  }

  return {
    async request(method, path, body, headers = {}) {
      const res = await once(method, path, body, headers);
      const errorCode = (res.json as { error?: unknown } | undefined)?.error;
      const serverDate = Date.parse(res.headers.get('date') ?? '');
      if (res.status === 401 && errorCode === 'stale-timestamp' && Number.isFinite(serverDate)) {
        // Our clock is off: sign with central's time from now on and try once more (new nonce).
        clockOffsetMs = serverDate - now();
        return once(method, path, body, headers);
      }
      return res;
    },
  };
}

/** A short readable reason for a non-2xx answer, for lastError (never contains personal data). */
export function describeHttpFailure(res: CentralResponse): string {
  const body = res.json as { error?: unknown; message?: unknown } | undefined;
  const detail = typeof body?.message === 'string' ? body.message : typeof body?.error === 'string' ? body.error : '';
  return `central answered ${res.status}${detail ? `: ${detail.slice(0, 200)}` : ''}`;
}
