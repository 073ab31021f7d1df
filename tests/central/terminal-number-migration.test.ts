// A hub that enrolled terminals before numbering: the migration numbers them by age (1, 2, 3 in
// enrollment order), and the next enrollment continues after the highest number.
import { test } from 'vitest';
import assert from 'node:assert/strict';
import { openPgliteDatabase } from '../../central/storage/pglite-database.ts';
import { migrate, migrations } from '../../central/storage/migrations.ts';

test('existing terminals are numbered by age; the sequence continues after them', async () => {
  const db = await openPgliteDatabase(null);
  try {
    await db.query(`CREATE TABLE schema_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`);
    // The hub as it was before: every migration up to the one that adds numbers.
    const numbering = migrations.findIndex((m) => m.name === 'terminal numbers for case numbers');
    assert.ok(numbering > 0);
    for (const m of migrations.slice(0, numbering)) {
      for (const statement of m.statements) await db.query(statement);
      await db.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [m.version, m.name]);
    }
    const enrolled = [
      ['TOLDEST', '2026-01-01T00:00:00Z'],
      ['TNEWEST', '2026-03-01T00:00:00Z'],
      ['TMIDDLE', '2026-02-01T00:00:00Z'],
    ];
    for (const [id, at] of enrolled) {
      await db.query(
        `INSERT INTO terminals (terminal_id, public_key, site_code, site_name, software_version, enrolled_at) VALUES ($1, $2, 'S', '站', '0.1.0', $3::timestamptz)`,
        [id, `key-${id}`, at],
      );
    }
    await migrate(db);
    const rows = await db.query<{ terminal_id: string; terminal_number: number }>('SELECT terminal_id, terminal_number FROM terminals ORDER BY terminal_number');
    assert.deepEqual(rows.map((r) => [r.terminal_id, r.terminal_number]), [
      ['TOLDEST', 1],
      ['TMIDDLE', 2],
      ['TNEWEST', 3],
    ]);
    const next = await db.query<{ n: string | number }>(`SELECT nextval('terminal_numbers') AS n`);
    assert.equal(Number(next[0]!.n), 4);
  } finally {
    await db.close();
  }
});
