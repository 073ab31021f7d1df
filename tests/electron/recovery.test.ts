import { describe, test } from 'vitest';
import assert from 'node:assert/strict';
import { defaultRecoveryLimits as limits, renderRecoveryAction } from '../../electron/policy/recovery.ts';

const minute = 60_000;
const now = 100 * minute;

describe('renderRecoveryAction', () => {
  test('a first crash reloads at once', () => {
    assert.deepEqual(renderRecoveryAction('render-process-gone', { now, reason: 'crashed' }, []), { action: 'reload', afterMs: 0 });
  });

  test('every kind of renderer loss is recovered, including OOM and a kill', () => {
    for (const reason of ['crashed', 'oom', 'killed', 'abnormal-exit', 'launch-failed', 'clean-exit']) {
      assert.equal(renderRecoveryAction('render-process-gone', { now, reason }, []).action, 'reload', reason);
    }
  });

  test('repeated crashes back off: each reload waits longer, up to the cap', () => {
    const delays: number[] = [];
    const history: number[] = [];
    for (let i = 0; i < limits.maxReloads; i++) {
      const decision = renderRecoveryAction('render-process-gone', { now: now + i, reason: 'crashed' }, history);
      assert.equal(decision.action, 'reload');
      if (decision.action === 'reload') delays.push(decision.afterMs);
      history.push(now + i);
    }
    assert.deepEqual(delays, [0, 500, 1000, 2000, 4000]);
    const capped = renderRecoveryAction('render-process-gone', { now, reason: 'crashed' }, [1, 2, 3], { ...limits, maxReloads: 100, windowMs: Infinity, baseDelayMs: 20_000 });
    assert.deepEqual(capped, { action: 'reload', afterMs: limits.maxDelayMs });
  });

  test('a crash loop (too many reloads inside the window) restarts the app', () => {
    const history = Array.from({ length: limits.maxReloads }, (_, i) => now - i * 10_000);
    assert.deepEqual(renderRecoveryAction('render-process-gone', { now, reason: 'crashed' }, history), { action: 'restart-app' });
  });

  test('old reloads outside the window are forgotten', () => {
    const history = Array.from({ length: 20 }, (_, i) => now - limits.windowMs - i * minute);
    assert.deepEqual(renderRecoveryAction('render-process-gone', { now, reason: 'crashed' }, history), { action: 'reload', afterMs: 0 });
  });

  test('a hung page gets a grace period before anything is done', () => {
    assert.deepEqual(renderRecoveryAction('unresponsive', { now, hungForMs: 0 }, []), { action: 'wait', afterMs: limits.hangGraceMs });
    assert.deepEqual(renderRecoveryAction('unresponsive', { now, hungForMs: 4_000 }, []), { action: 'wait', afterMs: limits.hangGraceMs - 4_000 });
  });

  test('a page still hung after the grace period is reloaded, and a hang loop restarts the app', () => {
    assert.deepEqual(renderRecoveryAction('unresponsive', { now, hungForMs: limits.hangGraceMs }, []), { action: 'reload', afterMs: 0 });
    const history = Array.from({ length: limits.maxReloads }, (_, i) => now - i);
    assert.deepEqual(renderRecoveryAction('unresponsive', { now, hungForMs: 60_000 }, history), { action: 'restart-app' });
  });

  test('a page that becomes responsive again needs nothing', () => {
    assert.deepEqual(renderRecoveryAction('responsive', { now }, [now - 1, now - 2]), { action: 'none' });
  });
});
