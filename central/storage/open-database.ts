// Picks the store: PostgreSQL when a URL is given, otherwise embedded PGlite (on disk, or in
// memory when no directory is given), and brings its schema up to date.
import type { Database } from './database.ts';
import { migrate } from './migrations.ts';
import { openPgliteDatabase, type MigratedState, type PgliteDatabase } from './pglite-database.ts';
import { templateTarball } from './pglite-template.ts';
import { openPostgresDatabase } from './postgres-database.ts';
import { recycledOnClose, takeIdlePglite } from './recycled-pglite.ts';

export interface DatabaseChoice {
  databaseUrl?: string;
  /** PGlite directory; ignored with databaseUrl; null or absent keeps everything in memory. */
  pgliteDir?: string | null;
}

/**
 * In-memory hubs (tests, the demo) start from a snapshot of the first freshly migrated one:
 * loading it takes a fraction of a new PGlite's initdb. Taken before any data is written. Cheaper
 * still is one an earlier in-memory hub closed, emptied (see recycled-pglite.ts). The first one
 * starts from the initdb template when one is given (pglite-template.ts).
 */
let migratedSnapshot: Promise<Blob> | null = null;
/** The rows that snapshot holds (migrations seed some), to put back when a closed one is recycled. */
let migratedState: Promise<MigratedState> | null = null;

async function openInMemory(): Promise<Database> {
  const recycled = takeIdlePglite();
  if (recycled && migratedState) return recycledOnClose(recycled, migratedState);
  const snapshot = migratedSnapshot ? await migratedSnapshot.catch(() => undefined) : undefined;
  if (snapshot && migratedState) return recycledOnClose((await migrateOrClose(await openPgliteDatabase(null, snapshot))) as PgliteDatabase, migratedState);
  const db = (await migrateOrClose(await openPgliteDatabase(null, templateTarball(process.env.CENTRAL_PGLITE_TEMPLATE)))) as PgliteDatabase;
  if (!migratedSnapshot) {
    migratedState = db.migratedState();
    migratedSnapshot = db.snapshot();
    await migratedSnapshot.catch(() => (migratedSnapshot = null)); // no snapshot: next one starts fresh
  }
  return recycledOnClose(db, migratedState ?? db.migratedState());
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
