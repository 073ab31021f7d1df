// The simulator's receipt history is bounded (issue 28): the demo's printer simulator runs for
// weeks, and keeping every receipt grew the kiosk by about 3 KB a journey. A count, not a timing.
import { describe, test, afterEach } from 'vitest';
import assert from 'node:assert/strict';
import { createMemoryLink, openablePort } from '../../../drivers/serial/memory-link.ts';
import { KEPT_RECEIPTS, startPrinterSimulator, type PrinterSimulator, type PrinterSimulatorOptions } from '../../../drivers/sim/printer-sim.ts';
import type { SimulatorLink } from '../../../drivers/serial/link-ends.ts';

/** ESC @, the ticket number as ASCII text, LF, full cut. */
const ticket = (n: number) => Buffer.concat([Buffer.from([0x1b, 0x40]), Buffer.from(`A${String(n).padStart(4, '0')}\n`), Buffer.from([0x1d, 0x56, 0x00])]);

describe('printer simulator history', () => {
  let link: SimulatorLink;
  let sim: PrinterSimulator | undefined;
  afterEach(async () => {
    await sim?.close();
    sim = undefined;
    await link.close();
  });

  async function printTickets(count: number, options: PrinterSimulatorOptions = {}): Promise<void> {
    link = createMemoryLink('printer-history');
    const started = await startPrinterSimulator(link.simulatorPath, options);
    sim = started;
    const port = openablePort(link.devicePath, 115200);
    await new Promise<void>((res, rej) => port.open((e) => (e ? rej(e) : res())));
    for (let n = 1; n <= count; n++) port.write(ticket(n));
    await started.waitForReceipts(count);
    await new Promise<void>((res) => port.close(() => res()));
  }

  test(`by default the last ${KEPT_RECEIPTS} receipts are kept, and every cut is counted`, async () => {
    await printTickets(KEPT_RECEIPTS + 25);
    assert.ok(sim);
    assert.equal(sim.receiptsCut, KEPT_RECEIPTS + 25);
    assert.equal(sim.receipts.length, KEPT_RECEIPTS, 'the history stops growing at its bound');
    assert.deepEqual(sim.receipts[0]!.lines, ['A0026'], 'the oldest are dropped first');
    assert.deepEqual(sim.receipts.at(-1)!.lines, [`A0${KEPT_RECEIPTS + 25}`], 'the newest is last');
  });

  test('a smaller bound keeps fewer, and waiting counts every cut, not the kept ones', async () => {
    await printTickets(7, { keepReceipts: 3 });
    assert.ok(sim);
    assert.deepEqual(sim.receipts.map((r) => r.lines[0]), ['A0005', 'A0006', 'A0007']);
    const kept = await sim.waitForReceipts(7, 100);
    assert.equal(kept.length, 3, 'seven were cut: the wait is over at once, with the three kept');
  });

  test("a test that needs every receipt asks for 'all'", async () => {
    await printTickets(KEPT_RECEIPTS + 5, { keepReceipts: 'all' });
    assert.ok(sim);
    assert.equal(sim.receipts.length, KEPT_RECEIPTS + 5);
    assert.deepEqual(sim.receipts[0]!.lines, ['A0001']);
  });

  test('a bound that keeps nothing is a mistake, said at once', async () => {
    link = createMemoryLink('printer-history');
    await assert.rejects(startPrinterSimulator(link.simulatorPath, { keepReceipts: 0 }), /keepReceipts must be a whole number from 1/);
  });
});
