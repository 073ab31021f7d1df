// The ID card simulator's command log is bounded (issue 28): the reader polls it with findCard
// every 80 ms day and night, and a log of every command grew the demo kiosk by about 8 MB a day.
// A count, not a timing: 1 500 polls leave 1 000 in the log, and every one counted.
import { test } from 'vitest';
import assert from 'node:assert/strict';
import { createMemoryLink, openablePort } from '../../../drivers/serial/memory-link.ts';
import { commandFrame } from '../../../drivers/idcard-sam/frame.ts';
import { KEPT_COMMANDS, startIdCardSimulator } from '../../../drivers/sim/idcard-sim.ts';

test(`a day of polling keeps the last ${KEPT_COMMANDS} commands and counts them all`, async () => {
  const link = createMemoryLink('idcard-history');
  const sim = await startIdCardSimulator(link.simulatorPath);
  const port = openablePort(link.devicePath, 115200);
  try {
    await new Promise<void>((res, rej) => port.open((e) => (e ? rej(e) : res())));
    const polls = KEPT_COMMANDS + 500;
    for (let n = 0; n < polls; n++) port.write(Buffer.from(commandFrame('findCard')));
    port.write(Buffer.from(commandFrame('samId')));
    const until = Date.now() + 10_000;
    while (sim.commandCount('samId') === 0 && Date.now() < until) await new Promise((r) => setTimeout(r, 10));
    assert.equal(sim.commandCount('findCard'), polls, 'every poll is counted');
    assert.equal(sim.received.length, KEPT_COMMANDS, 'the log stops growing at its bound');
    assert.equal(sim.received.at(-1), 'samId', 'the newest command is last');
    assert.equal(sim.commandCount('readTextPhoto'), 0);
  } finally {
    await new Promise<void>((res) => port.close(() => res()));
    await sim.close();
    await link.close();
  }
});
