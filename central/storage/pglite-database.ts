// Embedded PostgreSQL (PGlite, WebAssembly): the default store, on disk in the data dir or in
// memory for tests. All access is serialised through one lock (see AsyncMutex).
import { PGlite } from '@electric-sql/pglite';
import { AsyncMutex } from './async-mutex.ts';
import type { Database, Queryable } from './database.ts';

export interface PgliteDatabase extends Database {
  /** A snapshot of the whole database, to start another in-memory instance from. */
  snapshot(): Promise<Blob>;
  /** Empties every table but the migration record and restarts every sequence: as freshly migrated. */
  reset(): Promise<void>;
}

// One statement, so a reset costs a round trip instead of one per table.
const RESET_SQL = `DO $$
DECLARE tables text; seq text;
BEGIN
  SELECT string_agg(format('%I.%I', schemaname, tablename), ', ') INTO tables
    FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'schema_migrations';
  IF tables IS NOT NULL THEN EXECUTE 'TRUNCATE ' || tables || ' RESTART IDENTITY CASCADE'; END IF;
  FOR seq IN SELECT format('%I.%I', sequence_schema, sequence_name) FROM information_schema.sequences WHERE sequence_schema = 'public' LOOP
    EXECUTE 'ALTER SEQUENCE ' || seq || ' RESTART';
  END LOOP;
END $$`;

/** On disk in `dataDir`, or in memory (from `snapshot` when given: much faster than a fresh initdb). */
export async function openPgliteDatabase(dataDir: string | null, snapshot?: Blob): Promise<PgliteDatabase> {
  const pg = dataDir ? await PGlite.create(dataDir) : await PGlite.create(snapshot ? { loadDataDir: snapshot } : {});
  const lock = new AsyncMutex();
  const direct: Queryable = {
    async query<T extends object>(sql: string, params: readonly unknown[] = []) {
      const result = await pg.query<T>(sql, [...params]);
      return result.rows;
    },
  };
  return {
    kind: 'pglite',
    query: (sql, params) => lock.run(() => direct.query(sql, params)),
    transaction: (work) =>
      lock.run(async () => {
        await pg.exec('BEGIN');
        try {
          const result = await work(direct);
          await pg.exec('COMMIT');
          return result;
        } catch (err) {
          await pg.exec('ROLLBACK');
          throw err;
        }
      }),
    snapshot: () => lock.run(async () => pg.dumpDataDir('none')),
    reset: () => lock.run(async () => void (await pg.exec(RESET_SQL))),
    close: () => lock.run(() => pg.close()),
  };
}
