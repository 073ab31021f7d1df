// The transport-neutral half of both KioskApi transports: parse one incoming message, check it
// against the method's schema, call the core, and shape the answer. Electron IPC and the browser
// shell's WebSocket each only move these messages.
import { said, type Say } from './says/say.ts';
import { describeIssues } from '../config/load.ts';
import {
  KioskError,
  requestMessageSchema,
  requestSchemas,
  type KioskApi,
  type EventMessage,
  type KioskMethod,
  type ResponseMessage,
} from './api.ts';
import { kioskEventNames } from './event-names.ts';

function isMethod(name: string): name is KioskMethod {
  return Object.hasOwn(requestSchemas, name);
}

/** Handles one raw message (already JSON-decoded, or a string to decode). Never throws. */
export async function dispatchMessage(api: KioskApi, raw: unknown): Promise<ResponseMessage | null> {
  let value = raw;
  if (typeof raw === 'string') {
    try {
      value = JSON.parse(raw);
    } catch {
      return null; // not even JSON: nothing to answer to
    }
  }
  const envelope = requestMessageSchema.safeParse(value);
  if (!envelope.success) return null;
  const { id, method, params } = envelope.data;
  const fail = (code: string, message: string, say?: Say): ResponseMessage => ({ type: 'response', id, ok: false, error: say ? { code, message, say } : { code, message } });
  if (!isMethod(method)) return fail('bad-request', `unknown method "${method}"`);
  const parsed = requestSchemas[method].safeParse(params ?? {});
  if (!parsed.success) return fail('bad-request', `bad parameters for ${method}: ${describeIssues(parsed.error).join('; ')}`);
  try {
    const call = api[method] as (p: unknown) => Promise<unknown>;
    const result = await call(parsed.data);
    return { type: 'response', id, ok: true, result };
  } catch (err) {
    if (err instanceof KioskError) return fail(err.code, err.message, err.say);
    // Internal errors may carry personal data in their text: the UI gets a generic message.
    console.error(`kiosk: ${method} failed: ${(err as Error)?.name ?? 'Error'}`);
    const { message, say } = said('core.internal');
    return fail('internal', message, say);
  }
}

/** Subscribes to every core event and forwards each as an EventMessage; returns the unsubscriber. */
export function forwardEvents(api: KioskApi, send: (message: EventMessage) => void): () => void {
  const offs = kioskEventNames.map((name) => api.on(name, (payload) => send({ type: 'event', name, payload })));
  return () => offs.forEach((off) => off());
}
