// PostgreSQL LISTEN for a pool-based store: one dedicated connection per hub process (a pooled one
// would drop its LISTEN when handed back), reconnected after a server restart or a network cut.
// While it is down, listeners are told (onLost) so they stop trusting what they remember, and once
// it is back (onResync) they read afresh what they may have missed.
import pg from 'pg';
import type { NotificationListener } from './database.ts';

const RECONNECT_AFTER_MS = 1_000;

export function createPostgresListener(connectionString: string) {
  const channels = new Map<string, Set<NotificationListener>>();
  let client: pg.Client | null = null;
  let connecting: Promise<pg.Client> | null = null;
  let closed = false;
  let retry: NodeJS.Timeout | null = null;

  const each = (fn: (listener: NotificationListener) => void) => {
    for (const listeners of channels.values()) for (const listener of listeners) fn(listener);
  };

  function lost(): void {
    client = null;
    if (closed) return;
    each((listener) => listener.onLost());
    retry ??= setTimeout(() => {
      retry = null;
      connect().then(() => each((listener) => listener.onResync()), lost);
    }, RECONNECT_AFTER_MS);
    retry.unref();
  }

  async function open(): Promise<pg.Client> {
    const next = new pg.Client({ connectionString });
    next.on('error', () => undefined); // followed by 'end', handled there
    await next.connect();
    next.on('notification', (message) => {
      for (const listener of channels.get(message.channel) ?? []) listener.onNotify(message.payload ?? '');
    });
    next.on('end', () => {
      if (client === next) lost();
    });
    for (const channel of channels.keys()) await next.query(`LISTEN ${channel}`);
    client = next;
    return next;
  }

  function connect(): Promise<pg.Client> {
    if (client) return Promise.resolve(client);
    connecting ??= open().finally(() => (connecting = null));
    return connecting;
  }

  return {
    async listen(channel: string, listener: NotificationListener): Promise<() => Promise<void>> {
      if (!/^[a-z_]+$/.test(channel)) throw new Error(`channel names are lower-case letters and underscores: ${channel}`);
      const fresh = !channels.has(channel);
      const listeners = channels.get(channel) ?? new Set();
      channels.set(channel, listeners.add(listener));
      const connected = await connect();
      if (fresh) await connected.query(`LISTEN ${channel}`);
      return async () => {
        listeners.delete(listener);
        if (listeners.size > 0) return;
        channels.delete(channel);
        await client?.query(`UNLISTEN ${channel}`).catch(() => undefined);
      };
    },
    async close(): Promise<void> {
      closed = true;
      if (retry) clearTimeout(retry);
      const last = client;
      client = null;
      await last?.end().catch(() => undefined);
    },
  };
}
