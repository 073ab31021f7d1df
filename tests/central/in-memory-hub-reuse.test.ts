// In-memory hubs started one after another in one process reuse the PGlite of a closed one
// (recycled-pglite.ts): each must still start as a fresh hub, and what held the closed one's
// database must not reach the next.
import { test } from 'vitest';
import assert from 'node:assert/strict';
import { adminCall, hubFactory, tryEnroll, type HubUnderTest } from './helpers/hub.ts';
import { openPgliteDatabase } from '../../central/storage/pglite-database.ts';
import { migrate } from '../../central/storage/migrations.ts';
import { recycledOnClose, takeIdlePglite } from '../../central/storage/recycled-pglite.ts';

const startHub = hubFactory(() => null);

async function enroll(hub: HubUnderTest): Promise<{ status: number; terminalNumber: number }> {
  const { response } = await tryEnroll(hub);
  return { status: response.status, terminalNumber: response.json.terminalNumber };
}

test('each in-memory hub after a closed one starts empty, its terminal numbers from 1 again', async () => {
  for (let round = 0; round < 3; round++) {
    const hub = await startHub();
    try {
      assert.deepEqual((await adminCall(hub, 'GET', '/v1/admin/terminals')).json, [], `round ${round}: no terminal of an earlier hub`);
      assert.deepEqual(await enroll(hub), { status: 201, terminalNumber: 1 }, `round ${round}`);
      assert.deepEqual(await enroll(hub), { status: 201, terminalNumber: 2 }, `round ${round}`);
    } finally {
      await hub.close();
    }
  }
});

test('a closed handle refuses queries, while its emptied database serves the next one', async () => {
  // Files of this project share their worker's modules: a hub closed by an earlier file may have
  // filled the idle list, which would leave no room to keep this one. Start from an empty list.
  for (let idle = takeIdlePglite(); idle; idle = takeIdlePglite()) await idle.close();
  const raw = await openPgliteDatabase(null);
  await migrate(raw);
  const migrated = raw.migratedState();
  const first = recycledOnClose(raw, migrated);
  await first.query(`INSERT INTO terminals (terminal_id, public_key, site_code, site_name, software_version, terminal_number) VALUES ('T1', 'k1', 'S', '站', '0.1.0', 1)`);
  await first.close();
  await assert.rejects(first.query('SELECT 1'), /database closed/);
  await assert.rejects(first.transaction(async (tx) => tx.query('SELECT 1')), /database closed/);
  const parked = takeIdlePglite();
  assert.equal(parked, raw, 'the closed database was kept for the next hub');
  const second = recycledOnClose(parked!, migrated);
  try {
    assert.deepEqual(await second.query('SELECT terminal_id FROM terminals'), []);
    assert.equal((await second.query<{ n: number }>('SELECT count(*)::int AS n FROM schema_migrations'))[0]!.n > 0, true, 'the schema is kept');
    // What the migrations wrote is back: the built-in console admin, without a password until one is set.
    assert.deepEqual(await second.query('SELECT username, role, password_hash FROM console_accounts'), [{ username: 'admin', role: 'admin', password_hash: null }]);
  } finally {
    await raw.close();
  }
});
