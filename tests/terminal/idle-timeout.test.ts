import { test } from 'vitest';
import assert from 'node:assert/strict';
import { createCoreHarness } from '../support/core-harness.ts';
import { hanResident } from '../support/fixtures.ts';

const short = { session: { idleTimeoutSeconds: 5, warningSeconds: 3 } };

test('after the idle timeout a countdown runs, then the session is wiped', () => {
  const h = createCoreHarness(short);
  try {
    h.cardReader.place(hanResident);
    h.clock.advance(4999);
    assert.equal(h.lastEvent('idle'), undefined, 'no warning before the timeout');
    h.clock.advance(1);
    assert.deepEqual(h.lastEvent('idle'), { secondsLeft: 3 });
    h.clock.advance(1000);
    assert.deepEqual(h.lastEvent('idle'), { secondsLeft: 2 });
    h.clock.advance(2000);
    assert.deepEqual(h.lastEvent('session'), { session: null });
    assert.deepEqual(h.lastEvent('idle'), { secondsLeft: null });
  } finally {
    h.close();
  }
});

test('"继续" during the countdown keeps the session and restarts the full timeout', async () => {
  const h = createCoreHarness(short);
  try {
    h.cardReader.place(hanResident);
    h.clock.advance(6000);
    assert.deepEqual(h.lastEvent('idle'), { secondsLeft: 2 });
    await h.terminal.continueSession({});
    assert.deepEqual(h.lastEvent('idle'), { secondsLeft: null });
    h.clock.advance(4900);
    assert.notEqual(h.lastEvent('session')?.session, null);
    assert.equal((await h.terminal.getStatus({})).session?.resident?.maskedName, '张*民');
  } finally {
    h.close();
  }
});

test('touches keep the session alive; no session means no countdown', async () => {
  const h = createCoreHarness(short);
  try {
    for (let i = 0; i < 5; i++) {
      h.clock.advance(4000);
      await h.terminal.activity({});
    }
    assert.equal(h.lastEvent('idle'), undefined, 'attract screen has nothing to time out');
    h.cardReader.place(hanResident);
    for (let i = 0; i < 5; i++) {
      h.clock.advance(4000);
      await h.terminal.activity({});
    }
    assert.equal(h.lastEvent('idle'), undefined);
    assert.equal((await h.terminal.getStatus({})).session?.resident?.maskedName, '张*民');
  } finally {
    h.close();
  }
});
