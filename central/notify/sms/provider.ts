// What the delivery worker needs of an SMS provider: send one message, and say whether the
// provider took it. `id` is the notice's own id, stable across retries: a provider that
// deduplicates by it (the generic gateway's Idempotency-Key) sends a retried notice once.
export interface SmsMessage {
  id: string;
  phone: string;
  text: string;
}

export type SendResult = { ok: true } | { ok: false; error: string; retryAfterMs?: number };

export interface SmsProvider {
  readonly name: string;
  send(message: SmsMessage, signal: AbortSignal): Promise<SendResult>;
}
