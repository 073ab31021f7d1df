// Settings a remote admin changes on a running kiosk (out of service and its notice, the volume).
// Kept in the store so a restart, or a crash, does not quietly put a closed kiosk back in service.
import type { Db } from './open-store.ts';

export interface RemoteSettings {
  outOfService: { message: string } | null;
  /** null: never set remotely; the site's configured `ui.volume` applies. */
  volume: number | null;
}


function read(db: Db, key: string): string | null {
  const row = db.prepare('SELECT value FROM remote_settings WHERE key = ?').get(key) as { value: string } | undefined;
  return row?.value ?? null;
}

function write(db: Db, key: string, value: string | null): void {
  if (value === null) db.prepare('DELETE FROM remote_settings WHERE key = ?').run(key);
  else db.prepare('INSERT INTO remote_settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(key, value);
}

export function readRemoteSettings(db: Db): RemoteSettings {
  const outOfService = read(db, 'outOfService');
  const stored = read(db, 'volume');
  const volume = stored === null ? null : Number(stored);
  return { outOfService: outOfService === null ? null : { message: outOfService }, volume: volume !== null && Number.isFinite(volume) ? volume : null };
}

export function writeOutOfService(db: Db, message: string | null): void {
  write(db, 'outOfService', message);
}

export function writeVolume(db: Db, percent: number): void {
  write(db, 'volume', String(percent));
}
