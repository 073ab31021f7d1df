// The real SAM reader driver against the simulator over real pseudo-terminals: what a resident
// at the kiosk would notice — one read per placement, the right person, removal noticed, and
// damaged transmissions never turning into a wrong person.
import { describe, test, beforeAll, afterAll, beforeEach } from 'vitest';
import assert from 'node:assert/strict';
import { createPtyPair, type PtyPair } from '../../../drivers/serial/pty-pair.ts';
import { createSamCardReader, RESIDENT_MESSAGES } from '../../../drivers/idcard-sam/reader.ts';
import { startIdCardSimulator, type IdCardSimulator } from '../../../drivers/sim/idcard-sim.ts';
import { CARD_FIXTURES, CORRUPT_CHECK_DIGIT_CARD, fixtureCard } from '../../../drivers/sim/fixtures/cards.ts';
import type { CardReaderDevice, IdentityCard } from '../../../drivers/types.ts';
import { collect, nextEvent, sleep } from './helpers.ts';

const POLL = { pollIntervalMs: 50, baudRate: 115200 };

function withoutPhoto(card: IdentityCard) {
  const { photo: _photo, ...rest } = card;
  return rest;
}

describe('SAM reader over a pty (module keeps finding a card that was read)', () => {
  let pair: PtyPair;
  let sim: IdCardSimulator;
  let reader: CardReaderDevice;

  beforeAll(async () => {
    pair = await createPtyPair('idcard');
    sim = await startIdCardSimulator(pair.simulatorPath);
    reader = createSamCardReader({ path: pair.devicePath, ...POLL });
    await reader.start();
  });
  afterAll(async () => {
    await reader.stop();
    await sim.close();
    await pair.close();
  });
  beforeEach(async () => {
    sim.removeCard();
    await sleep(300); // let any earlier placement be seen as removed
  });

  test('a placed card is read once, with the right person and the opaque photo', async () => {
    assert.equal(reader.connection.state, 'ready');
    const events = collect(reader, ['reading', 'card', 'removed', 'refused']);
    const read = nextEvent<IdentityCard>(reader, 'card');
    sim.placeCard('han-zhang-weimin');
    const card = await read;
    assert.deepEqual(withoutPhoto(card), withoutPhoto(fixtureCard('han-zhang-weimin')));
    assert.deepEqual([...(card.photo ?? [])], [...(fixtureCard('han-zhang-weimin').photo ?? [])]);
    await sleep(500); // the card lies on the reader for ten polls
    assert.deepEqual(events.map((e) => e.name), ['reading', 'card'], '"reading" once, before the card, and not again while it lies there');
    const removed = nextEvent(reader, 'removed');
    sim.removeCard();
    await removed;
    assert.deepEqual(events.map((e) => e.name), ['reading', 'card', 'removed']);
  });

  test('every fixture reads back exactly (minority names, 35-character address, X, 长期)', async () => {
    for (const fixture of CARD_FIXTURES) {
      const read = nextEvent<IdentityCard>(reader, 'card');
      sim.placeCard(fixture.id);
      assert.deepEqual(withoutPhoto(await read), withoutPhoto(fixture.card), fixture.id);
      const removed = nextEvent(reader, 'removed');
      sim.removeCard();
      await removed;
    }
  });

  test('a second card swapped in before removal was noticed is read as the new person', async () => {
    const first = nextEvent<IdentityCard>(reader, 'card');
    sim.placeCard('tibetan-ciren-zhuoma');
    assert.equal((await first).name, '次仁卓玛');
    const events = collect(reader, ['card', 'removed']);
    const second = nextEvent<IdentityCard>(reader, 'card');
    sim.placeCard('uyghur-ayiguli'); // no gap: find keeps succeeding
    assert.equal((await second).name, '阿依古丽·买买提');
    assert.deepEqual(events.map((e) => e.name), ['removed', 'card']);
  });

  for (const fault of ['noise', 'split-bytes', 'slow-bytes', 'trickle', 'bad-checksum', 'no-reply', 'read-failed'] as const) {
    test(`fault '${fault}' on read replies: the right person, read once, never a wrong one`, { timeout: 20000 }, async () => {
      const events = collect(reader, ['card', 'refused']);
      const readsBefore = sim.received.filter((c) => c === 'readTextPhoto').length;
      // a garbled transmission still reads at once; a failed one is asked again (twice here)
      const garbled = fault === 'noise' || fault === 'split-bytes' || fault === 'slow-bytes' || fault === 'trickle';
      sim.injectFault(fault, garbled ? 1 : 2, 'read');
      if (fault !== 'read-failed') sim.injectFault(fault, 2, 'any'); // and on the polls around it
      const read = nextEvent<IdentityCard>(reader, 'card', 12000);
      sim.placeCard('x-check-long-jianjun');
      const card = await read;
      assert.deepEqual(withoutPhoto(card), withoutPhoto(fixtureCard('x-check-long-jianjun')));
      await sleep(200);
      assert.deepEqual(events.map((e) => e.name), ['card']);
      // the faulty replies were really sent: the driver had to ask again
      const reads = sim.received.filter((c) => c === 'readTextPhoto').length - readsBefore;
      assert.equal(reads, garbled ? 1 : 3);
    });
  }

  test('a read that keeps failing is refused once with a plain message, then read when it works', { timeout: 20000 }, async () => {
    const events = collect(reader, ['card', 'refused']);
    sim.injectFault('bad-checksum', 3, 'read');
    const read = nextEvent<IdentityCard>(reader, 'card', 12000);
    sim.placeCard('tibetan-ciren-zhuoma');
    assert.equal((await read).idNumber, '540122198511020026');
    assert.deepEqual(events.map((e) => e.name), ['refused', 'card']);
    assert.equal((events[0].value as { message: string }).message, RESIDENT_MESSAGES.unreadable);
  });

  test('a card whose ID number fails its check digit is refused once, without personal data', async () => {
    const events = collect(reader, ['card', 'refused']);
    const refused = nextEvent<{ message: string }>(reader, 'refused');
    sim.placeCard(CORRUPT_CHECK_DIGIT_CARD);
    const { message } = await refused;
    assert.equal(message, RESIDENT_MESSAGES.checkFailed);
    assert.ok(!message.includes('张') && !/\d{6}/.test(message));
    await sleep(400);
    assert.deepEqual(events.map((e) => e.name), ['refused']);
  });
});

test('module that answers "no card" after a read: one card event, removal after the misses', { timeout: 20000 }, async () => {
  const pair = await createPtyPair('idcard-halt');
  const sim = await startIdCardSimulator(pair.simulatorPath, { afterRead: 'not-found' });
  const reader = createSamCardReader({ path: pair.devicePath, ...POLL });
  try {
    await reader.start();
    const events = collect(reader, ['card', 'removed', 'refused']);
    const read = nextEvent<IdentityCard>(reader, 'card');
    const removed = nextEvent(reader, 'removed');
    sim.placeCard('elderly-bateer');
    assert.equal((await read).validUntil, '长期');
    // the halted card is reported gone (the module cannot tell), but never read out a second time:
    // waited for rather than slept on, so a loaded machine's slower polls cannot fail it
    await removed;
    await sleep(600);
    assert.deepEqual(events.map((e) => e.name), ['card', 'removed']);
  } finally {
    await reader.stop();
    await sim.close();
    await pair.close();
  }
});
