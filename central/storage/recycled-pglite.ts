// In-memory hubs are cheap to empty and dear to start (a PGlite instance costs about 2 s of CPU
// even from a snapshot), and a process that starts many of them one after another (the hub's test
// suites start dozens) can hand a closed one, emptied back to the freshly migrated state, to the
// next. A closed handle refuses every query, so nothing that outlived its hub can reach the next.
import type { Database } from './database.ts';
import type { MigratedState, PgliteDatabase } from './pglite-database.ts';

/** Enough for the test suites, which hold at most two hubs at once; beyond it a close is a close. */
const MAX_IDLE = 2;
const idle: PgliteDatabase[] = [];

/** An emptied instance closed by an earlier in-memory hub of this process, if any. */
export function takeIdlePglite(): PgliteDatabase | undefined {
  return idle.pop();
}

/**
 * `db`, whose close puts it back to `migrated` (what the migrations left, the built-in console
 * admin included) and keeps it for `takeIdlePglite` instead of ending it.
 */
export function recycledOnClose(db: PgliteDatabase, migrated: Promise<MigratedState>): Database {
  let closing: Promise<void> | null = null;
  const open = () => {
    if (closing) throw new Error('database closed');
  };
  return {
    kind: db.kind,
    query: async (sql, params) => (open(), db.query(sql, params)),
    transaction: async (work) => (open(), db.transaction(work)),
    listen: async (channel, listener) => (open(), db.listen!(channel, listener)),
    close() {
      closing ??= (async () => {
        if (idle.length >= MAX_IDLE) return db.close();
        try {
          await db.reset(await migrated);
          idle.push(db);
        } catch {
          await db.close().catch(() => undefined);
        }
      })();
      return closing;
    },
  };
}
