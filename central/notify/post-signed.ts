// One outbound POST and what it means for delivery: accepted on 2xx only; anything else (an error
// status, a timeout, a refused connection) is retried later, 429/503's Retry-After respected.
import type { SendResult } from './sms/provider.ts';

function retryAfterMs(value: string | null): number | undefined {
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - Date.now());
}

export async function postSigned(url: string, body: string, headers: Record<string, string>, signal: AbortSignal): Promise<SendResult> {
  try {
    const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', 'user-agent': 'kiosk-hub-delivery/1', ...headers }, body, signal, redirect: 'manual' });
    await response.body?.cancel().catch(() => undefined);
    if (response.status >= 200 && response.status < 300) return { ok: true };
    return { ok: false, error: `HTTP ${response.status}`, retryAfterMs: retryAfterMs(response.headers.get('retry-after')) };
  } catch (err) {
    const e = err as Error & { cause?: { code?: string } };
    const error = e.name === 'TimeoutError' || e.name === 'AbortError' ? 'timed out' : (e.cause?.code ?? e.message).slice(0, 200);
    return { ok: false, error };
  }
}
