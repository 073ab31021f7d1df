// A card lifted and put back — the same one or another — is a new placement and is read again, even
// when it was back before the reader counted it as removed: a resident who ends a visit and puts the
// card down again a moment later must get a new visit. A card lying still is never read twice.
// Both kinds of module: one that keeps finding a card it has read, one that answers "no card".
import { describe, test, beforeAll, afterAll, beforeEach } from 'vitest';
import assert from 'node:assert/strict';
import { createPtyPair, type PtyPair } from '../../../drivers/serial/pty-pair.ts';
import { createSamCardReader } from '../../../drivers/idcard-sam/reader.ts';
import { startIdCardSimulator, type IdCardSimulator } from '../../../drivers/sim/idcard-sim.ts';
import type { CardReaderDevice, IdentityCard } from '../../../drivers/types.ts';
import { collect, nextEvent, sleep } from './helpers.ts';

// Removal is never counted here, so every put-back below is one the reader did not see as a removal.
const READER = { pollIntervalMs: 50, baudRate: 115200, removalMisses: 1_000_000 };

/** Lifts the card until the module has answered at least one find with "no card", as a quick lift does. */
async function liftBriefly(sim: IdCardSimulator): Promise<void> {
  const finds = () => sim.received.filter((c) => c === 'findCard').length;
  const before = finds();
  sim.removeCard();
  const until = Date.now() + 5000;
  while (finds() <= before) {
    if (Date.now() > until) throw new Error('the reader sent no find within 5 s of the lift');
    await sleep(5);
  }
}

for (const afterRead of ['keep-finding', 'not-found'] as const) {
  describe(`module that ${afterRead === 'keep-finding' ? 'keeps finding a card it has read' : 'answers "no card" for a card it has read'}`, () => {
    let pair: PtyPair;
    let sim: IdCardSimulator;
    let reader: CardReaderDevice;

    beforeAll(async () => {
      pair = await createPtyPair('idcard-replace');
      sim = await startIdCardSimulator(pair.simulatorPath, { afterRead });
      reader = createSamCardReader({ path: pair.devicePath, ...READER });
      await reader.start();
    });
    afterAll(async () => {
      await reader.stop();
      await sim.close();
      await pair.close();
    });
    beforeEach(async () => {
      await liftBriefly(sim);
    });

    test('the same card put back after a short lift is read again; lying still it is read once', { timeout: 20_000 }, async () => {
      const cards = collect(reader, ['card']);
      const first = nextEvent<IdentityCard>(reader, 'card');
      sim.placeCard('han-zhang-weimin');
      await first;
      await sleep(1000); // twenty polls with the card lying still
      assert.equal(cards.length, 1, 'a card lying still is read once');

      await liftBriefly(sim);
      const again = nextEvent<IdentityCard>(reader, 'card');
      sim.placeCard('han-zhang-weimin');
      assert.equal((await again).name, '张伟民');
      await sleep(500);
      assert.equal(cards.length, 2, 'read once more for the put-back, not again after it');
    });

    test('another card put back after a short lift is read as that person', { timeout: 20_000 }, async () => {
      const first = nextEvent<IdentityCard>(reader, 'card');
      sim.placeCard('tibetan-ciren-zhuoma');
      await first;
      await liftBriefly(sim);
      const second = nextEvent<IdentityCard>(reader, 'card');
      sim.placeCard('elderly-bateer');
      assert.equal((await second).name, '巴特尔');
    });
  });
}
