// The supervisor's KIOSK_SUPERVISOR_* settings: defaults a technician can rely on, and a clear
// refusal of a value that would make it misbehave.
import { test } from 'vitest';
import assert from 'node:assert/strict';
import { readSettings } from '../../supervisor/settings.ts';

test('with nothing set: the real kiosk, 5 restarts in 10 min, 30 s heartbeat, 60 s screen, no daily restart', () => {
  const s = readSettings({});
  assert.match(s.kioskCommand().join(' '), /--import tsx .*cli\/kiosk\.ts$/);
  assert.deepEqual(s.limit, { maxRestarts: 5, windowMs: 600_000 });
  assert.deepEqual(s.windows, { heartbeatMs: 30_000, startGraceMs: 120_000, frameMs: 60_000 });
  assert.equal(s.dailyRestart, null);
  assert.equal(s.outOfServiceCommand, null);
});

test('the daily restart time and window are read', () => {
  const s = readSettings({ KIOSK_SUPERVISOR_DAILY_RESTART: '03:30', KIOSK_SUPERVISOR_DAILY_RESTART_WINDOW_MINUTES: '90' });
  assert.deepEqual(s.dailyRestart, { at: { hour: 3, minute: 30 }, windowMinutes: 90 });
});

test('bad values are refused naming the variable', () => {
  assert.throws(() => readSettings({ KIOSK_SUPERVISOR_MAX_RESTARTS: 'five' }), /KIOSK_SUPERVISOR_MAX_RESTARTS must be a number.*"five"/);
  assert.throws(() => readSettings({ KIOSK_SUPERVISOR_DAILY_RESTART: 'night' }), /HH:MM/);
  assert.throws(() => readSettings({ KIOSK_SUPERVISOR_DAILY_RESTART: '23:30' }), /past midnight/);
});
