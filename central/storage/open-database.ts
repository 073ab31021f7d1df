// Picks the store: PostgreSQL when a URL is given, otherwise embedded PGlite (on disk, or in
// memory when no directory is given), and brings its schema up to date.
import type { Database } from './database.ts';
import { migrate } from './migrations.ts';
import { openPgliteDatabase, type PgliteDatabase } from './pglite-database.ts';
import { openPostgresDatabase } from './postgres-database.ts';

export interface DatabaseChoice {
  databaseUrl?: string;
  /** PGlite directory; ignored with databaseUrl; null or absent keeps everything in memory. */
  pgliteDir?: string | null;
}

/**
 * In-memory hubs (tests, the demo) start from a snapshot of the first freshly migrated one:
 * loading it takes a fraction of a new PGlite's initdb. Taken before any data is written.
 */
let migratedSnapshot: Promise<Blob> | null = null;

async function openInMemory(): Promise<Database> {
  const snapshot = migratedSnapshot ? await migratedSnapshot.catch(() => undefined) : undefined;
  if (snapshot) return migrateOrClose(await openPgliteDatabase(null, snapshot));
  const db = await migrateOrClose(await openPgliteDatabase(null));
  if (!migratedSnapshot) {
    migratedSnapshot = (db as PgliteDatabase).snapshot();
    await migratedSnapshot.catch(() => (migratedSnapshot = null)); // no snapshot: next one starts fresh
  }
  return db;
}

export async function openDatabase(choice: DatabaseChoice): Promise<Database> {
  if (!choice.databaseUrl && !choice.pgliteDir) return openInMemory();
  const db = choice.databaseUrl
    ? await openPostgresDatabase(choice.databaseUrl)
    : await openPgliteDatabase(choice.pgliteDir ?? null);
  return migrateOrClose(db);
}

async function migrateOrClose(db: Database): Promise<Database> {
  try {
    await migrate(db);
  } catch (err) {
    await db.close().catch(() => undefined);
    throw err;
  }
  return db;
}
