// Embedded PostgreSQL (PGlite, WebAssembly): the default store, on disk in the data dir or in
// memory for tests. All access is serialised through one lock (see AsyncMutex).
import { PGlite } from '@electric-sql/pglite';
import { AsyncMutex } from './async-mutex.ts';
import type { Database, Queryable } from './database.ts';

export interface PgliteDatabase extends Database {
  /** A snapshot of the whole database, to start another in-memory instance from. */
  snapshot(): Promise<Blob>;
}

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
    close: () => lock.run(() => pg.close()),
  };
}
