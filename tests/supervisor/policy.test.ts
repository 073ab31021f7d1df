// The supervisor's rules on a manual clock: when it gives up restarting, when a kiosk counts as
// hung (core or screen), and when the daily restart may happen.
import { describe, test } from 'vitest';
import assert from 'node:assert/strict';
import { dailyRestartDue, liveness, localDay, parseDailyTime, restartDecision } from '../../supervisor/policy.ts';

const minute = 60_000;
const limit = { maxRestarts: 3, windowMs: 10 * minute };

describe('restart-rate limit', () => {
  test('restarts until the limit within the window, then gives up and says why', () => {
    const history: number[] = [];
    let now = 0;
    for (let i = 1; i <= 3; i++) {
      const decision = restartDecision(history, now, limit);
      assert.deepEqual(decision, { action: 'restart', recent: i });
      history.push(now);
      now += minute;
    }
    const decision = restartDecision(history, now, limit);
    assert.equal(decision.action, 'give-up');
    assert.match(decision.action === 'give-up' ? decision.reason : '', /3 restarts within 10 min \(limit 3\)/);
  });

  test('restarts spread out over the day never reach the limit', () => {
    const history = [0, 11 * minute, 22 * minute];
    assert.deepEqual(restartDecision(history, 33 * minute, limit), { action: 'restart', recent: 1 });
  });

  test('a limit of 0 gives up at the first crash', () => {
    assert.equal(restartDecision([], 0, { maxRestarts: 0, windowMs: minute }).action, 'give-up');
  });
});

describe('liveness', () => {
  const windows = { heartbeatMs: 30_000, startGraceMs: 120_000, frameMs: 60_000 };

  test('a kiosk still starting has its grace period before anything is expected', () => {
    assert.deepEqual(liveness({ now: 119_000, startedAt: 0, lastBeatAt: null, lastFrameAgeSeconds: null }, windows), { state: 'alive' });
  });

  test('no heartbeat at all after the grace period is a hang', () => {
    const verdict = liveness({ now: 121_000, startedAt: 0, lastBeatAt: null, lastFrameAgeSeconds: null }, windows);
    assert.equal(verdict.state, 'hung');
    assert.match(verdict.state === 'hung' ? verdict.reason : '', /no heartbeat from the kiosk core within 120 s/);
  });

  test('a core whose heartbeat stopped is hung once the window passes, not before', () => {
    const at = (now: number) => liveness({ now, startedAt: 0, lastBeatAt: 200_000, lastFrameAgeSeconds: 1 }, windows);
    assert.equal(at(229_000).state, 'alive');
    const verdict = at(231_000);
    assert.equal(verdict.state, 'hung');
    assert.match(verdict.state === 'hung' ? verdict.reason : '', /no heartbeat from the kiosk core for 31 s/);
  });

  test('a live core with a dead screen is hung: the white screen nobody notices', () => {
    const verdict = liveness({ now: 300_000, startedAt: 0, lastBeatAt: 299_000, lastFrameAgeSeconds: 61 }, windows);
    assert.equal(verdict.state, 'hung');
    assert.match(verdict.state === 'hung' ? verdict.reason : '', /last frame is 61 s old/);
    assert.equal(liveness({ now: 300_000, startedAt: 0, lastBeatAt: 299_000, lastFrameAgeSeconds: 5 }, windows).state, 'alive');
  });

  test('a screen that never drew after the grace period is hung, unless the screen is not watched', () => {
    const input = { now: 130_000, startedAt: 0, lastBeatAt: 129_000, lastFrameAgeSeconds: null };
    assert.equal(liveness(input, windows).state, 'hung');
    assert.equal(liveness(input, { ...windows, frameMs: 0 }).state, 'alive');
  });
});

describe('daily restart', () => {
  const at = parseDailyTime('03:30');
  const base = { at, windowMinutes: 60, lastDay: null };

  test('due at the hour when no resident is in a session', () => {
    assert.equal(dailyRestartDue({ ...base, now: new Date(2026, 11, 1, 3, 30), inSession: false }), true);
  });

  test('not before the hour, nor after its window', () => {
    assert.equal(dailyRestartDue({ ...base, now: new Date(2026, 11, 1, 3, 29), inSession: false }), false);
    assert.equal(dailyRestartDue({ ...base, now: new Date(2026, 11, 1, 4, 30), inSession: false }), false);
  });

  test('waits while a resident is in a session, and goes once the session ends', () => {
    assert.equal(dailyRestartDue({ ...base, now: new Date(2026, 11, 1, 3, 31), inSession: true }), false);
    assert.equal(dailyRestartDue({ ...base, now: new Date(2026, 11, 1, 3, 45), inSession: false }), true);
  });

  test('never blind: without a heartbeat the session state is unknown and nothing restarts', () => {
    assert.equal(dailyRestartDue({ ...base, now: new Date(2026, 11, 1, 3, 31), inSession: null }), false);
  });

  test('once a day: not again the same day, again the next day', () => {
    const today = new Date(2026, 11, 1, 3, 40);
    assert.equal(dailyRestartDue({ ...base, lastDay: localDay(today), now: today, inSession: false }), false);
    assert.equal(dailyRestartDue({ ...base, lastDay: localDay(today), now: new Date(2026, 11, 2, 3, 30), inSession: false }), true);
  });

  test('a time that is not HH:MM is refused with the value in the message', () => {
    assert.throws(() => parseDailyTime('3.30'), /HH:MM.*"3\.30"/);
    assert.throws(() => parseDailyTime('24:00'), /HH:MM/);
    assert.deepEqual(parseDailyTime('4:05'), { hour: 4, minute: 5 });
  });
});
