// A card placed after a visit ended starts a new visit, whoever it belongs to and however the
// visit ended; within a visit, the resident's own card read again changes nothing. The reader
// reports a placement once (tests/drivers/idcard-sam/reader-replace.pty.test.ts shows it does so for a
// card put back before its removal was noticed); here, what the core makes of it.
import { test } from 'vitest';
import assert from 'node:assert/strict';
import { createCoreHarness } from '../support/core-harness.ts';
import { hanResident, tibetanResident } from '../support/fixtures.ts';

type Harness = ReturnType<typeof createCoreHarness>;
const currentSession = async (h: Harness) => (await h.terminal.getStatus({})).session;

test('after the resident ends the visit, the same card and then another start a new visit each', async () => {
  const h = createCoreHarness();
  try {
    h.cardReader.place(hanResident);
    const first = await currentSession(h);
    await h.terminal.endSession({});
    assert.equal(await currentSession(h), null);

    h.cardReader.place(hanResident);
    const second = await currentSession(h);
    assert.equal(second?.resident?.maskedName, '张*民');
    assert.notEqual(second?.id, first?.id, 'a new visit, not the old one back');

    await h.terminal.endSession({});
    h.cardReader.place(tibetanResident);
    const third = await currentSession(h);
    assert.equal(third?.resident?.maskedName, '次**玛');
    assert.notEqual(third?.id, second?.id);
  } finally {
    h.close();
  }
});

test('after an idle wipe, the same card placed again starts a new visit', async () => {
  const h = createCoreHarness({ session: { idleTimeoutSeconds: 5, warningSeconds: 3 } });
  try {
    h.cardReader.place(hanResident);
    const first = await currentSession(h);
    h.clock.advance(8000);
    assert.equal(await currentSession(h), null, 'wiped');
    h.cardReader.place(hanResident);
    const second = await currentSession(h);
    assert.equal(second?.resident?.maskedName, '张*民');
    assert.notEqual(second?.id, first?.id);
  } finally {
    h.close();
  }
});

test('the resident’s own card read again during the visit keeps the visit', async () => {
  const h = createCoreHarness();
  try {
    h.cardReader.place(hanResident);
    const first = await currentSession(h);
    h.cardReader.place(hanResident);
    assert.equal((await currentSession(h))?.id, first?.id);
    assert.equal(h.events.filter((e) => e.name === 'session').length, 1, 'no second greeting');
  } finally {
    h.close();
  }
});
