// A hall's hub restored from `kioskctl backup`'s file (issue 27): the tarball becomes a new PGlite
// data dir, migrated to this version like any older database. Never over an existing database:
// a restore that replaced one by mistake would lose everything since the backup.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { PGlite } from '@electric-sql/pglite';
import { migrate } from './migrations.ts';
import { openPgliteDatabase } from './pglite-database.ts';

export async function restorePgliteBackup(backupFile: string, pgliteDir: string): Promise<number[]> {
  if (existsSync(pgliteDir) && readdirSync(pgliteDir).length > 0) {
    throw new Error(`${pgliteDir} is not empty: restore into a new --data-dir (the hub's own files stay where they are)`);
  }
  let bytes: Buffer;
  try {
    bytes = readFileSync(backupFile);
  } catch (err) {
    throw new Error(`cannot read ${backupFile}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
  // Checked here, whole: PGlite unpacks in a stream whose error escapes its promise, so a damaged
  // file would crash the process instead of being refused.
  try {
    gunzipSync(bytes);
  } catch (err) {
    throw new Error(`${backupFile} is not a hub backup (a gzipped PGlite data dir): ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
  const tarball = new Blob([new Uint8Array(bytes)]);
  mkdirSync(dirname(pgliteDir), { recursive: true });
  try {
    const loaded = await PGlite.create({ dataDir: pgliteDir, loadDataDir: tarball });
    await loaded.close();
  } catch (err) {
    rmSync(pgliteDir, { recursive: true, force: true }); // nothing half-restored for the next start to take for a database
    throw new Error(`${backupFile} is not a hub backup (a gzipped PGlite data dir): ${(err as Error).message}`);
  }
  const db = await openPgliteDatabase(pgliteDir);
  try {
    return await migrate(db);
  } finally {
    await db.close();
  }
}
