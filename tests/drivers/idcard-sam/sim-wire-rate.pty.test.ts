// The reader simulator answers no faster than a 115 200-baud wire could carry the reply, so what is
// measured against it (bench/card-tap.bench.ts) is what a resident would wait for with real wiring.
// Only the lower bound is checked: a busy machine may be slower, never faster.
import { test } from 'vitest';
import assert from 'node:assert/strict';
import { createPtyPair } from '../../../drivers/serial/pty-pair.ts';
import { createManagedPort } from '../../../drivers/serial/managed-port.ts';
import { SamLink } from '../../../drivers/idcard-sam/sam-link.ts';
import { commandFrame } from '../../../drivers/idcard-sam/frame.ts';
import { startIdCardSimulator } from '../../../drivers/sim/idcard-sim.ts';

test('a text+photo read reply (1 295 bytes) takes at least its 112 ms on the wire at 115 200 baud', { timeout: 20_000 }, async () => {
  const pair = await createPtyPair('idcard-wire');
  const sim = await startIdCardSimulator(pair.simulatorPath, { baudRate: 115200 });
  const port = createManagedPort({ path: pair.devicePath, baudRate: 115200, label: 'card reader' });
  const link = new SamLink(port);
  try {
    await port.open();
    sim.placeCard('han-zhang-weimin');
    assert.ok((await link.exchange(commandFrame('findCard'))).ok);
    assert.ok((await link.exchange(commandFrame('selectCard'))).ok);
    const started = performance.now();
    const read = await link.exchange(commandFrame('readTextPhoto'));
    const tookMs = performance.now() - started;
    assert.ok(read.ok && read.response.data.length === 1295 - 11, 'a whole read reply came back');
    const wireMs = (1295 * 10 * 1000) / 115200;
    assert.ok(tookMs >= wireMs - 3, `the reply arrived in ${tookMs.toFixed(1)} ms, faster than the ${wireMs.toFixed(1)} ms the wire needs`);
  } finally {
    link.detach();
    await port.close();
    await sim.close();
    await pair.close();
  }
});
