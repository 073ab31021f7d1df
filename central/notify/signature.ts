// The signature on every outbound request (webhooks, the generic SMS gateway), as Stripe signs its
// webhooks: header `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">` under the endpoint's
// secret. The receiver recomputes it over the raw body and refuses a t outside its replay window
// (5 minutes is Stripe's default), so a captured request cannot be sent again later.
import { createHmac, timingSafeEqual } from 'node:crypto';

export const SIGNATURE_HEADER = 'kiosk-signature';
export const EVENT_ID_HEADER = 'kiosk-event-id';
export const DEFAULT_REPLAY_WINDOW_SECONDS = 300;

function mac(secret: string, timestamp: number, body: string): string {
  return createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex');
}

export function signatureHeader(secret: string, body: string, nowMs: number): string {
  const t = Math.floor(nowMs / 1000);
  return `t=${t},v1=${mac(secret, t, body)}`;
}

export type SignatureCheck = { ok: true } | { ok: false; reason: 'malformed' | 'stale' | 'mismatch' };

/** What a receiver does (and the tests' receiver does): any v1 matching, and t within the window. */
export function verifySignature(secret: string, header: string | undefined, body: string, nowMs: number, windowSeconds = DEFAULT_REPLAY_WINDOW_SECONDS): SignatureCheck {
  const parts = (header ?? '').split(',').map((p) => p.split('=', 2) as [string, string | undefined]);
  const t = Number(parts.find(([k]) => k === 't')?.[1]);
  const signatures = parts.filter(([k, v]) => k === 'v1' && v).map(([, v]) => v!);
  if (!Number.isInteger(t) || signatures.length === 0) return { ok: false, reason: 'malformed' };
  if (Math.abs(nowMs / 1000 - t) > windowSeconds) return { ok: false, reason: 'stale' };
  const expected = Buffer.from(mac(secret, t, body), 'hex');
  const matches = signatures.some((s) => /^[0-9a-f]{64}$/.test(s) && timingSafeEqual(Buffer.from(s, 'hex'), expected));
  return matches ? { ok: true } : { ok: false, reason: 'mismatch' };
}
