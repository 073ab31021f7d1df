// A hub with cases, guides, a holiday calendar and health hours from before hub migrations 22 and
// 23: migrating stores each running case's due day (by its steps, its item's 承诺时限 and the
// calendar) and rolls the open hours' serving seconds up by day, so its first report is complete.
import { test } from 'vitest';
import assert from 'node:assert/strict';
import { openPgliteDatabase } from '../../central/storage/pglite-database.ts';
import { migrate, migrations } from '../../central/storage/migrations.ts';

test('migrations 22 and 23 backfill the running cases\' due days and the daily serving roll-up', async () => {
  const db = await openPgliteDatabase(null);
  try {
    await db.query(`CREATE TABLE schema_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`);
    for (const m of migrations.filter((m) => m.version < 22)) {
      for (const statement of m.statements) await db.query(statement);
      await db.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [m.version, m.name]);
    }
    await db.query(`INSERT INTO terminals (terminal_id, public_key, site_code, site_name, software_version) VALUES ('t1', 'k1', 'EAST', '东区', '0.1.0')`);
    const signed = JSON.stringify({ document: { kind: 'guides', version: 1, body: { items: [{ id: 'ten-days', promisedTimeLimit: 10 }, { id: 'at-once', promisedTimeLimit: '即办' }] } }, signature: 'x' });
    await db.query(`INSERT INTO documents (kind, version, issued_at, signed) VALUES ('guides', 1, now(), $1)`, [signed]);
    await db.query(`INSERT INTO holiday_calendar (day, kind, name, loaded_at, loaded_by) VALUES ('2026-12-10', 'holiday', '测试假日', now(), 'admin')`);
    // Monday 7 December 2026, 09:00 in Beijing; the application taken in on Tuesday.
    const cases: [string, string, string, object][] = [
      ['000000000001', 'demand', '已接件', { category: '投诉' }],
      ['000000000002', 'application', '已受理', { itemId: 'ten-days' }],
      ['000000000003', 'application', '已受理', { itemId: 'at-once' }],
      ['000000000004', 'demand', '已办结', { category: '投诉' }],
    ];
    for (const [number, kind, status, details] of cases) {
      await db.query(
        `INSERT INTO cases (case_number, kind, title, status, anonymous, code_check, details, site_code, terminal_id, transaction_id, submitted_at, updated_at)
         VALUES ($1, $2, '办件', $3, false, 'x', $4::jsonb, 'EAST', 't1', 'tx-' || $1, '2026-12-07T01:00:00Z', now())`,
        [number, kind, status, JSON.stringify(details)],
      );
      await db.query(`INSERT INTO case_steps (case_number, step, status, at) VALUES ($1, 0, '已接件', '2026-12-07T01:00:00Z')`, [number]);
      if (status !== '已接件') await db.query(`INSERT INTO case_steps (case_number, step, status, at) VALUES ($1, 1, $2, '2026-12-08T01:00:00Z')`, [number, status === '已办结' ? '已办结' : '已受理']);
    }
    // Wednesday 9 December: 09:00 (open), 20:00 (closed) in Beijing; Saturday 12 December 10:00 (closed).
    await db.query(`INSERT INTO terminal_health_hours (terminal_id, hour, heard_seconds, serving_seconds)
      VALUES ('t1', '2026-12-09T01:00:00Z', 3600, 3000), ('t1', '2026-12-09T12:00:00Z', 3600, 3600), ('t1', '2026-12-12T02:00:00Z', 3600, 3600)`);

    assert.deepEqual(await migrate(db), migrations.filter((m) => m.version >= 22).map((m) => m.version));
    const due = await db.query<{ case_number: string; due_day: string | null }>(`SELECT case_number, due_day::text AS due_day FROM cases ORDER BY case_number`);
    assert.deepEqual(due.map((r) => r.due_day), [
      '2026-12-15', // 5 working days after Monday, Thursday 10 a holiday
      '2026-12-23', // 10 working days after Tuesday, the holiday skipped
      '2026-12-08', // 即办: the day it was taken in
      null, // closed: no clock
    ]);
    const serving = await db.query<{ day: string; serving_seconds: number }>(`SELECT day::text AS day, serving_seconds FROM stats_daily_serving WHERE terminal_id = 't1'`);
    assert.deepEqual(serving, [{ day: '2026-12-09', serving_seconds: 3000 }], 'the open hour only');
  } finally {
    await db.close();
  }
});
