// The one clock's arithmetic (config/zoned-time.ts): a day's first instant in a zone, which the
// hub's day buckets use, is right in China and across a daylight-saving change elsewhere.
import { test } from 'vitest';
import assert from 'node:assert/strict';
import { shiftDay, zonedDay, zonedDayStart, zonedMinute } from '../../config/zoned-time.ts';

test('2 March in Beijing starts at 16:00Z on 1 March; in Urumqi at 18:00Z', () => {
  assert.equal(zonedDayStart('2026-03-02', 'Asia/Shanghai').toISOString(), '2026-03-01T16:00:00.000Z');
  assert.equal(zonedDayStart('2026-03-02', 'Asia/Urumqi').toISOString(), '2026-03-01T18:00:00.000Z');
  assert.equal(zonedDay(new Date('2026-03-01T17:00:00Z'), 'Asia/Shanghai'), '2026-03-02');
  assert.equal(zonedMinute(new Date('2026-03-01T16:03:00Z'), 'Asia/Urumqi'), '2026-03-01 22:03');
});

test('days across a daylight-saving change and month ends', () => {
  // New York moves to summer time on 8 March 2026: the 8th starts at UTC-5, the 9th at UTC-4.
  assert.equal(zonedDayStart('2026-03-08', 'America/New_York').toISOString(), '2026-03-08T05:00:00.000Z');
  assert.equal(zonedDayStart('2026-03-09', 'America/New_York').toISOString(), '2026-03-09T04:00:00.000Z');
  assert.equal(shiftDay('2026-03-01', -1), '2026-02-28');
  assert.equal(shiftDay('2026-12-31', 1), '2027-01-01');
});
