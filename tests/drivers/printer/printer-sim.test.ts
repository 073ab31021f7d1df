// The simulator seen from a plain serial port, as any ESC/POS driver would see it.
import { describe, test, beforeEach, afterEach } from 'vitest';
import assert from 'node:assert/strict';
import { SerialPort } from 'serialport';
import { createPtyPair, type PtyPair } from '../../../drivers/serial/pty-pair.ts';
import { startPrinterSimulator, type PrinterSimulator } from '../../../drivers/sim/printer-sim.ts';

describe('printer simulator over a pseudo-terminal', { timeout: 30_000 }, () => {
  let pair: PtyPair;
  let sim: PrinterSimulator;
  let port: SerialPort;
  let received: number[];

  beforeEach(async () => {
    pair = await createPtyPair('printer-sim');
    sim = await startPrinterSimulator(pair.simulatorPath, { columns: 32 });
    port = new SerialPort({ path: pair.devicePath, baudRate: 115200, autoOpen: false });
    await new Promise<void>((res, rej) => port.open((e) => (e ? rej(e) : res())));
    received = [];
    port.on('data', (b: Buffer) => received.push(...b));
  });
  afterEach(async () => {
    await new Promise<void>((res) => port.close(() => res()));
    await sim.close();
    await pair.close();
  });

  async function statusBytes(): Promise<string> {
    received = [];
    port.write(Buffer.from('100401' + '100402' + '100403' + '100404', 'hex'));
    const until = Date.now() + 3000;
    while (received.length < 4 && Date.now() < until) await new Promise((r) => setTimeout(r, 10));
    return Buffer.from(received).toString('hex');
  }

  test('DLE EOT 1–4 answers follow the Epson bit layout for each state', async () => {
    assert.equal(await statusBytes(), '12121212');
    sim.setPaper('near-end');
    assert.equal(await statusBytes(), '1212121e');
    sim.setPaper('end');
    assert.equal(await statusBytes(), '1a32127e');
    sim.setPaper('ok');
    sim.setCover('open');
    assert.equal(await statusBytes(), '1a161212');
    sim.setCover('closed');
    sim.setOffline(true);
    assert.equal(await statusBytes(), '1a121212');
    sim.setOffline(false);
    sim.setError('cutter');
    assert.equal(await statusBytes(), '1a521a12');
  });

  test('hand-written job bytes become one receipt; bytes sent while out of paper are lost', async () => {
    const job = Buffer.from('1b40' + '1c26' + 'c8a1bac5' + '0a' + '41303233' + '0a' + '1b6404' + '1d5601', 'hex'); // 取号 / A023
    port.write(job);
    const [receipt] = await sim.waitForReceipts(1);
    assert.deepEqual(receipt.lines, ['取号', 'A023']);
    assert.equal(receipt.cut, 'partial');

    sim.setPaper('end');
    port.write(job);
    await statusBytes(); // a round trip: the job has been processed once the answers are back
    assert.equal(sim.receipts.length, 1, 'nothing printed without paper');
    assert.equal(sim.lostBytes, job.length);
    sim.setPaper('ok');
    port.write(job);
    assert.equal((await sim.waitForReceipts(2)).length, 2);
  });

  test('running out of paper mid-job leaves the start on the roll; a refill tears it off', async () => {
    sim.setPaper({ endAfterBytes: 12 });
    port.write(Buffer.from('1b40' + '1c26' + 'c8a1bac50a' + '41303233' + '0a' + '1d5601', 'hex'));
    assert.equal(await statusBytes(), '1a32127e');
    assert.deepEqual(sim.pending.lines, ['取号']);
    assert.equal(sim.receipts.length, 0);
    sim.setPaper('ok');
    assert.deepEqual(sim.spoiled.map((s) => s.lines), [['取号']]);
    assert.deepEqual(sim.pending.lines, []);
  });
});
