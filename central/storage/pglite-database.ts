// Embedded PostgreSQL (PGlite, WebAssembly): the default store, on disk in the data dir or in
// memory for tests. All access is serialised through one lock (see AsyncMutex).
import { PGlite } from '@electric-sql/pglite';
import { AsyncMutex } from './async-mutex.ts';
import type { Database, Queryable } from './database.ts';
import { seedFromTemplate } from './pglite-template.ts';

export interface PgliteDatabase extends Database {
  /** A snapshot of the whole database, to start another in-memory instance from. */
  snapshot(): Promise<Blob>;
  /** The rows and sequence positions migrations left (e.g. the built-in console admin), to reset to. */
  migratedState(): Promise<MigratedState>;
  /** Back to `state`: every table emptied but the migration record, then the migrations' own rows put back. */
  reset(state: MigratedState): Promise<void>;
}

export interface MigratedState {
  rows: { table: string; json: string }[];
  sequences: { name: string; lastValue: string; isCalled: boolean }[];
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
  if (dataDir) seedFromTemplate(dataDir, process.env.CENTRAL_PGLITE_TEMPLATE);
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
    // One embedded connection: its notifications never get lost, so onLost and onResync are not called.
    listen: (channel, listener) =>
      lock.run(async () => {
        const unlisten = await pg.listen(channel, (payload) => listener.onNotify(payload));
        return () => lock.run(() => unlisten());
      }),
    snapshot: () => lock.run(async () => pg.dumpDataDir('none')),
    // Under the lock: no statement runs while the files are read, so the copy is one moment's.
    backup: () => lock.run(async () => pg.dumpDataDir('gzip')),
    migratedState: () => lock.run(() => readMigratedState(direct)),
    reset: (state) =>
      lock.run(async () => {
        // Replica: the audit log's append-only triggers (which refuse TRUNCATE) stay quiet while a
        // closed in-memory hub is emptied for the next, and the rows go back as they were, so
        // foreign keys among them need not be ordered.
        await pg.exec('SET session_replication_role = replica');
        try {
          await pg.exec(RESET_SQL);
          for (const { table, json } of state.rows) await pg.query(`INSERT INTO ${table} SELECT * FROM json_populate_recordset(NULL::${table}, $1::json)`, [json]);
        } finally {
          await pg.exec('SET session_replication_role = DEFAULT');
        }
        for (const seq of state.sequences) await pg.query('SELECT setval($1, $2::bigint, $3)', [seq.name, seq.lastValue, seq.isCalled]);
      }),
    close: () => lock.run(() => pg.close()),
  };
}

async function readMigratedState(db: Queryable): Promise<MigratedState> {
  const tables = await db.query<{ name: string }>(`SELECT format('%I.%I', schemaname, tablename) AS name FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'schema_migrations'`);
  const rows: MigratedState['rows'] = [];
  for (const { name } of tables) {
    const [read] = await db.query<{ json: string; n: number }>(`SELECT coalesce(json_agg(t), '[]')::text AS json, count(*)::int AS n FROM ${name} t`);
    if (read && read.n > 0) rows.push({ table: name, json: read.json });
  }
  const names = await db.query<{ name: string }>(`SELECT format('%I.%I', sequence_schema, sequence_name) AS name FROM information_schema.sequences WHERE sequence_schema = 'public'`);
  const sequences: MigratedState['sequences'] = [];
  for (const { name } of names) {
    const [at] = await db.query<{ last_value: string; is_called: boolean }>(`SELECT last_value::text AS last_value, is_called FROM ${name}`);
    sequences.push({ name, lastValue: at!.last_value, isCalled: at!.is_called });
  }
  return { rows, sequences };
}
