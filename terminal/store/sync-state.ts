// Small key/value memory of the sync agent (last success, last error) so the technician screen and
// the heartbeat still tell the truth right after a restart.
import type { Db } from './open-store.ts';

export type SyncStateKey = 'lastSuccessAt' | 'lastError';

export function readSyncState(db: Db, key: SyncStateKey): string | null {
  const row = db.prepare('SELECT value FROM sync_state WHERE key = ?').get(key) as { value: string | null } | undefined;
  return row?.value ?? null;
}

export function writeSyncState(db: Db, key: SyncStateKey, value: string | null): void {
  db.prepare('INSERT INTO sync_state (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(key, value);
}
