// PostgreSQL through a `pg` connection pool, used when DATABASE_URL is set.
import { createHash } from 'node:crypto';
import pg from 'pg';
import type { Database, Queryable } from './database.ts';
import { createPostgresListener } from './postgres-listener.ts';

/** Longer statements (a batch's multi-row VALUES, one text per batch size) are not kept prepared. */
const PREPARE_UP_TO_CHARS = 4_000;

/**
 * A statement with parameters is prepared once per connection under a name made from its text, so
 * the hot path's repeated statements (a request's nonce, a beat batch) skip parsing and planning.
 */
function prepared(sql: string, params: readonly unknown[]): pg.QueryConfig {
  if (params.length === 0 || sql.length > PREPARE_UP_TO_CHARS) return { text: sql, values: [...params] };
  return { name: `s${createHash('sha1').update(sql).digest('hex').slice(0, 20)}`, text: sql, values: [...params] };
}

export async function openPostgresDatabase(connectionString: string): Promise<Database> {
  const pool = new pg.Pool({ connectionString, max: 10 });
  // An idle client losing its server (restart, network) must not crash the hub.
  pool.on('error', () => undefined);
  await pool.query('SELECT 1'); // fail at start-up, with the driver's message, if unreachable
  const listener = createPostgresListener(connectionString);
  return {
    kind: 'postgres',
    async query<T extends object>(sql: string, params: readonly unknown[] = []) {
      const result = await pool.query(prepared(sql, params));
      return result.rows as T[];
    },
    async transaction(work) {
      const client = await pool.connect();
      const tx: Queryable = {
        async query<T extends object>(sql: string, params: readonly unknown[] = []) {
          const result = await client.query(prepared(sql, params));
          return result.rows as T[];
        },
      };
      try {
        await client.query('BEGIN');
        const result = await work(tx);
        await client.query('COMMIT');
        return result;
      } catch (err) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw err;
      } finally {
        client.release();
      }
    },
    listen: (channel, onNotification) => listener.listen(channel, onNotification),
    close: async () => {
      await listener.close();
      await pool.end();
    },
  };
}
