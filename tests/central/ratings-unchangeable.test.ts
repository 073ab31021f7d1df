// A resident's rating is never changed or deleted (issue 23), whatever reaches the database: not a
// route (the hub has none, tests/central/suites/rectifications.ts), not a script with SQL. The
// database itself refuses (migration 15's trigger); only the older follow-up note beside a rating
// may still be set (kioskctl rating ID follow-up). On PGlite, which runs the same SQL as PostgreSQL.
import { test, beforeAll, afterAll } from 'vitest';
import assert from 'node:assert/strict';
import { openDatabase } from '../../central/storage/open-database.ts';
import type { Database } from '../../central/storage/database.ts';

let db: Database;
let ratingId: string;

beforeAll(async () => {
  db = await openDatabase({});
  await db.query(`INSERT INTO terminals (terminal_id, public_key, site_code, site_name, software_version) VALUES ('t-1', 'key-1', 'EAST', '东村', '0.1.0')`);
  const [row] = await db.query<{ id: string }>(
    `INSERT INTO ratings (target_key, target, item_kind, item_label, level, label, reason, reasons, reason_text, site_code, terminal_id, transaction_id, rated_at)
     VALUES ('counter:EAST:2026-12-07:A001', '{"type":"ticket"}', 'counter-visit', 'A001 (2026-12-07)', 1, '非常不满意', '服务态度差', '["服务态度差"]', '不理人', 'EAST', 't-1', 'tx-1', now())
     RETURNING id::text AS id`,
  );
  ratingId = row!.id;
});
afterAll(() => db?.close());

const asRated = async () => (await db.query(`SELECT level, label, reason, reasons, reason_text, item_label, site_code FROM ratings WHERE id = $1::bigint`, [ratingId]))[0];

test('an UPDATE of anything the resident gave, or a DELETE, is refused by the database and changes nothing', async () => {
  const before = await asRated();
  for (const change of ["level = 5", "label = '非常满意'", 'reasons = NULL', "reason_text = '很好'", "site_code = 'WEST'", "item_label = 'B001'"]) {
    await assert.rejects(db.query(`UPDATE ratings SET ${change} WHERE id = $1::bigint`, [ratingId]), /never changed/, change);
  }
  await assert.rejects(db.query('DELETE FROM ratings WHERE id = $1::bigint', [ratingId]), /never deleted/);
  assert.deepEqual(await asRated(), before);
});

test('the follow-up note beside the rating may still be set', async () => {
  await db.query(`UPDATE ratings SET follow_up_state = '整改中', follow_up_note = '已约谈' WHERE id = $1::bigint`, [ratingId]);
  const [row] = await db.query<{ follow_up_state: string; level: number }>('SELECT follow_up_state, level FROM ratings WHERE id = $1::bigint', [ratingId]);
  assert.deepEqual([row!.follow_up_state, row!.level], ['整改中', 1]);
});
