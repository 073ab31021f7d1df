// The renderer's only door to the kiosk core: typed KioskApi calls and events over whichever
// transport this window has (Electron's bridge, else the browser shell's WebSocket).
// zod/mini: the same checks as zod, but only what is used ends up in the bundle.
import type { Say } from '../terminal/says/say.ts';
import * as z from 'zod/mini';
import type {
  KioskEventName,
  KioskEvents,
  KioskMethod,
  RequestParams,
  ResponseTypes,
} from '../terminal/api.ts';
import type { KioskBridge } from '../electron/kiosk-bridge.ts';
import { kioskEventNames } from '../terminal/event-names.ts';
import { bridgeTransport } from './transports/bridge-transport.ts';
import type { Transport } from './transports/transport.ts';
import { websocketTransport } from './transports/websocket-transport.ts';
import { t } from './i18n/index.ts';

declare global {
  interface Window {
    kioskBridge?: KioskBridge;
  }
}

/**
 * A failed call; `message` is written for the resident by the core (or by this client), in
 * Chinese; `say` names it in the says catalog so errorText() shows it in the resident's language.
 */
export class ApiCallError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly say?: Say,
  ) {
    super(message);
    this.name = 'ApiCallError';
  }
}

export interface ApiClient {
  call<M extends KioskMethod>(method: M, params: RequestParams<M>): Promise<ResponseTypes[M]>;
  on<E extends KioskEventName>(event: E, fn: (payload: KioskEvents[E]) => void): () => void;
  isConnected(): boolean;
  onConnection(fn: (connected: boolean) => void): () => void;
}

// Messages from the core are checked for shape; payloads are the core's own typed values.
const saySchema = z.object({ id: z.string(), values: z.optional(z.record(z.string(), z.union([z.string(), z.number()]))) });

const serverMessageSchema = z.union([
  z.object({ type: z.literal('response'), id: z.number(), ok: z.literal(true), result: z.unknown() }),
  z.object({
    type: z.literal('response'),
    id: z.number(),
    ok: z.literal(false),
    error: z.object({ code: z.string(), message: z.string(), say: z.optional(saySchema) }),
  }),
  z.object({ type: z.literal('event'), name: z.enum(kioskEventNames), payload: z.unknown() }),
]);

const callTimeoutMs = 30_000;

interface Pending {
  resolve(result: unknown): void;
  reject(error: ApiCallError): void;
  timer: ReturnType<typeof setTimeout>;
}

export function createApiClient(transport: Transport): ApiClient {
  let nextId = 1;
  let connected = false;
  const pending = new Map<number, Pending>();
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  const connectionListeners = new Set<(connected: boolean) => void>();

  const settle = (id: number) => {
    const entry = pending.get(id);
    if (entry) {
      clearTimeout(entry.timer);
      pending.delete(id);
    }
    return entry;
  };

  transport.start({
    onMessage(raw) {
      const parsed = z.safeParse(serverMessageSchema, raw);
      if (!parsed.success) return;
      const message = parsed.data;
      if (message.type === 'event') {
        listeners.get(message.name)?.forEach((fn) => fn(message.payload));
      } else if (message.ok) {
        settle(message.id)?.resolve(message.result);
      } else {
        settle(message.id)?.reject(new ApiCallError(message.error.code, message.error.message, message.error.say as Say | undefined));
      }
    },
    onConnection(up) {
      connected = up;
      if (!up) {
        // Answers to these requests can never arrive on a new connection.
        for (const id of [...pending.keys()]) settle(id)?.reject(new ApiCallError('disconnected', t.connecting));
      }
      connectionListeners.forEach((fn) => fn(up));
    },
  });

  return {
    call(method, params) {
      const id = nextId++;
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => settle(id)?.reject(new ApiCallError('timeout', t.connecting)), callTimeoutMs);
        pending.set(id, { resolve: resolve as (r: unknown) => void, reject, timer });
        if (!transport.send({ type: 'request', id, method, params })) {
          settle(id)?.reject(new ApiCallError('disconnected', t.connecting));
        }
      });
    },
    on(event, fn) {
      const set = listeners.get(event) ?? new Set();
      listeners.set(event, set);
      const listener = fn as (payload: unknown) => void;
      set.add(listener);
      return () => set.delete(listener);
    },
    isConnected: () => connected,
    onConnection(fn) {
      connectionListeners.add(fn);
      return () => connectionListeners.delete(fn);
    },
  };
}

/** The client for this window: the Electron bridge when present, else the browser shell's socket. */
export function connectKioskApi(win: Window = window): ApiClient {
  return createApiClient(win.kioskBridge ? bridgeTransport(win.kioskBridge) : websocketTransport(win.location));
}
