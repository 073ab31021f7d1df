// A kiosk that is not the hall's queue host takes each number from the host (issue 25), over the
// hall network, signed in with the hall's kiosk code. When the host cannot be reached the kiosk
// gives no number at all (a number of its own could clash with the host's), tells the resident so
// and writes why for the technician.
import type { QueuePosition } from '../queue-ticket/queue-ticket-contract.ts';
import type { KioskTicketRequest } from './kiosk-numbers.ts';

export type HostNumber =
  | { ok: true; number: string; position: QueuePosition | null }
  | { ok: false; reason: 'unreachable'; detail: string }
  | { ok: false; reason: 'queue-closed'; closesAt: string; detail: string }
  | { ok: false; reason: 'refused'; detail: string };

export interface HostLinkDeps {
  host(): { url: string; code: string } | undefined;
  /** A resident waits at the screen: a host that does not answer in this time is unreachable. */
  timeoutMs?: number;
  /** Why the host was not reached or refused (for the technician's diagnostics; nothing personal). */
  trouble(detail: string): void;
}

class HostAnswer extends Error {
  constructor(
    readonly status: number,
    readonly body: Record<string, unknown>,
  ) {
    super(`host answered ${status}: ${String(body.message ?? '')}`);
  }
}

export function createHostLink(deps: HostLinkDeps) {
  let token: { url: string; value: string } | null = null;

  async function request(method: 'GET' | 'POST', path: string, payload?: unknown, bearer?: string): Promise<Record<string, unknown>> {
    const host = deps.host()!;
    const res = await fetch(new URL(path, host.url), {
      method,
      headers: { ...(payload !== undefined && { 'Content-Type': 'application/json' }), ...(bearer && { Authorization: `Bearer ${bearer}` }) },
      body: payload === undefined ? undefined : JSON.stringify(payload),
      signal: AbortSignal.timeout(deps.timeoutMs ?? 4000),
    });
    const text = await res.text();
    let body: Record<string, unknown> = {};
    try {
      body = text ? (JSON.parse(text) as Record<string, unknown>) : {};
    } catch {
      body = { message: text.slice(0, 200) };
    }
    if (!res.ok) throw new HostAnswer(res.status, body);
    return body;
  }

  /** Signed in once, and again when the host no longer knows the token (a new key, expired). */
  async function authorised(method: 'GET' | 'POST', path: string, payload?: unknown): Promise<Record<string, unknown>> {
    const host = deps.host()!;
    for (let attempt = 0; ; attempt++) {
      if (token?.url !== host.url) {
        const signedIn = await request('POST', '/hall/kiosk/sign-in', { code: host.code });
        token = { url: host.url, value: String(signedIn.token) };
      }
      try {
        return await request(method, path, payload, token.value);
      } catch (err) {
        if (err instanceof HostAnswer && err.status === 401 && attempt === 0) {
          token = null;
          continue;
        }
        throw err;
      }
    }
  }

  const describe = (err: unknown) => {
    const host = deps.host()?.url ?? '(none)';
    if (err instanceof HostAnswer) return `queue host ${host} refused: ${err.message}`;
    const cause = (err as { cause?: { code?: string } }).cause?.code ?? (err as Error).name;
    return `queue host ${host} not reached: ${cause} ${(err as Error).message}`.trim();
  };

  return {
    /** A number from the host; a lost answer is asked again once with the same id (same number). */
    async takeNumber(req: KioskTicketRequest): Promise<HostNumber> {
      if (!deps.host()) return { ok: false, reason: 'unreachable', detail: 'no hall.host configured' };
      let lastError: unknown;
      for (let attempt = 0; attempt < 2; attempt++) {
        try {
          const body = await authorised('POST', '/hall/kiosk/ticket', req);
          return { ok: true, number: String(body.number), position: (body.position as QueuePosition | null) ?? null };
        } catch (err) {
          lastError = err;
          if (err instanceof HostAnswer && err.status === 409 && err.body.reason === 'queue-closed') {
            return { ok: false, reason: 'queue-closed', closesAt: String(err.body.closesAt), detail: describe(err) };
          }
          if (err instanceof HostAnswer) break; // a refusal is the same the second time
        }
      }
      const detail = describe(lastError);
      deps.trouble(detail);
      return lastError instanceof HostAnswer ? { ok: false, reason: 'refused', detail } : { ok: false, reason: 'unreachable', detail };
    },
    /** Waiting counts per queue at the host; null when it cannot be reached. */
    async waiting(): Promise<Record<string, number> | null> {
      if (!deps.host()) return null;
      try {
        return (await authorised('GET', '/hall/kiosk/waiting')).waiting as Record<string, number>;
      } catch (err) {
        deps.trouble(describe(err));
        return null;
      }
    },
  };
}

export type HostLink = ReturnType<typeof createHostLink>;
