// The 整改 time limit is a hub setting (CENTRAL_RECTIFICATION_WORKING_DAYS): 5 working days unless a
// county sets its own; a value that is not 1–40 whole working days stops the hub at start, naming
// the variable, rather than opening 整改 due on a nonsense day.
import { test } from 'vitest';
import assert from 'node:assert/strict';
import { hubRectificationDays, rectificationDueDay } from '../../central/routes/rectification/time-limit.ts';
import { buildCentralApp } from '../../central/server.ts';
import { generateSigningKeyPair } from '../../shared/contract/signing.ts';
import type { Database } from '../../central/storage/database.ts';

test('the default is 5 working days; a county may set its own; a bad value is named', () => {
  assert.equal(hubRectificationDays({}), 5);
  assert.equal(hubRectificationDays({ CENTRAL_RECTIFICATION_WORKING_DAYS: '' }), 5);
  assert.equal(hubRectificationDays({ CENTRAL_RECTIFICATION_WORKING_DAYS: '15' }), 15);
  for (const bad of ['0', '41', '7.5', 'five', '-3']) {
    assert.throws(() => hubRectificationDays({ CENTRAL_RECTIFICATION_WORKING_DAYS: bad }), new RegExp(`CENTRAL_RECTIFICATION_WORKING_DAYS must be a whole number of working days from 1 to 40, not "${bad.replace('.', '\\.')}"`));
  }
});

test('the due day counts working days on the county\'s clock from the day the hub received the rating', () => {
  // Friday 23:30 in Beijing is Friday there (15:30 UTC): 5 working days on is the next Friday.
  assert.equal(rectificationDueDay('2026-12-11T15:30:00Z', 5, 'Asia/Shanghai'), '2026-12-18');
  // Friday 16:30 UTC is already Saturday in Beijing: the clock starts from Saturday, due Friday the 18th too.
  assert.equal(rectificationDueDay('2026-12-11T16:30:00Z', 5, 'Asia/Shanghai'), '2026-12-18');
  assert.equal(rectificationDueDay('2026-12-07T01:00:00Z', 15, 'Asia/Shanghai'), '2026-12-28');
});

test('a hub given a bad figure refuses to start', () => {
  const unusedDb: Database = { kind: 'pglite', query: () => Promise.reject(new Error('not used')), transaction: () => Promise.reject(new Error('not used')), close: () => Promise.resolve() };
  assert.throws(
    () => buildCentralApp({ db: unusedDb, centralKey: generateSigningKeyPair(), adminToken: 'a'.repeat(32), logLevel: 'silent', rectificationWorkingDays: 0 }),
    /CENTRAL_RECTIFICATION_WORKING_DAYS must be a whole number/,
  );
});
