// Opens the kiosk's SQLite file: WAL for concurrent reads while the sync agent writes,
// synchronous=FULL so a committed transaction survives a power cut, then applies migrations.
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { migrations, type Migration } from './migrations.ts';

export type Db = Database.Database;

export function applyMigrations(db: Db, list: Migration[] = migrations): number {
  db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
  const applied = new Set(db.prepare('SELECT version FROM schema_migrations').pluck().all() as number[]);
  let count = 0;
  for (const migration of [...list].sort((a, b) => a.version - b.version)) {
    if (applied.has(migration.version)) continue;
    db.transaction(() => {
      db.exec(migration.sql);
      db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(
        migration.version,
        migration.name,
        new Date().toISOString(),
      );
    })();
    count++;
  }
  return count;
}

export function openStore(dataDir: string, fileName = 'kiosk.db'): Db {
  mkdirSync(dataDir, { recursive: true });
  const db = new Database(join(dataDir, fileName));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  // Freed cells and pages are overwritten with zeros, so purged personal data does not linger in
  // the free space of kiosk.db (the WAL is truncated by checkpoints).
  db.pragma('secure_delete = ON');
  applyMigrations(db);
  return db;
}
