// The simulator seen from a plain serial port, as any ESC/POS driver would see it.
import { describe, test, beforeAll, afterAll, beforeEach, afterEach } from 'vitest';
import assert from 'node:assert/strict';
import { SerialPort } from 'serialport';
import { createPtyPair, type PtyPair } from '../../../drivers/serial/pty-pair.ts';
import { startPrinterSimulator, type PrinterSimulator, type PrinterSimulatorOptions } from '../../../drivers/sim/printer-sim.ts';

// 取号 / A023, partial cut: the first 12 bytes (ESC @, FS &, 取号, LF, 'A0') fit before the paper ends.
const JOB = Buffer.from('1b40' + '1c26' + 'c8a1bac50a' + '41303233' + '0a' + '1d5601', 'hex');
/** DLE DC4 fn 8 with its fixed d1…d7, as the Epson reference gives it. */
const CLEAR_BUFFER = Buffer.from('10140801031401060208', 'hex');

describe('printer simulator over a pseudo-terminal', { timeout: 30_000 }, () => {
  let pair: PtyPair;
  let sim: PrinterSimulator;
  let port: SerialPort;
  let received: number[];
  let options: PrinterSimulatorOptions = {};

  beforeEach(async () => {
    pair = await createPtyPair('printer-sim');
    sim = await startPrinterSimulator(pair.simulatorPath, { columns: 32, ...options });
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

  async function answerTo(bytes: Buffer, length: number, waitMs = 3000): Promise<string> {
    received = [];
    port.write(bytes);
    const until = Date.now() + waitMs;
    while (received.length < length && Date.now() < until) await new Promise((r) => setTimeout(r, 10));
    return Buffer.from(received).toString('hex');
  }

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
    port.write(JOB);
    assert.equal(await statusBytes(), '1a32127e');
    assert.deepEqual(sim.pending.lines, ['取号']);
    assert.equal(sim.receipts.length, 0);
    sim.setPaper('ok');
    assert.deepEqual(sim.spoiled.map((s) => s.lines), [['取号']]);
    assert.deepEqual(sim.pending.lines, []);
    assert.equal(sim.receipts.length, 0, 'the rest of the job was dropped');
  });

  describe('holding its buffer across paper end (Epson TM)', () => {
    beforeAll(() => {
      options = { holdsBuffer: true };
    });
    afterAll(() => {
      options = {};
    });

    test('the rest of a cut-short job comes out after the refill, as a cut receipt of its own', async () => {
      sim.setPaper({ endAfterBytes: 12 });
      port.write(JOB);
      assert.equal(await statusBytes(), '1a32127e', 'status is answered while the rest waits');
      assert.deepEqual(sim.pending.lines, ['取号']);
      assert.equal(sim.heldBytes, JOB.length - 12);
      sim.setPaper('ok');
      assert.deepEqual(sim.spoiled.map((s) => s.lines), [['取号']], 'the head is torn off at the refill');
      assert.deepEqual(sim.receipts.map((r) => r.lines), [['A023']], 'then the kept rest prints, up to its cut');
    });

    test('DLE DC4 fn 8 empties the buffer and answers 37 25 00: nothing of the job prints after the refill', async () => {
      sim.setPaper({ endAfterBytes: 12 });
      port.write(JOB);
      assert.equal(await answerTo(CLEAR_BUFFER, 3), '372500');
      assert.equal(sim.heldBytes, 0);
      sim.setPaper('ok');
      assert.equal(sim.receipts.length, 0);
      port.write(JOB);
      assert.deepEqual((await sim.waitForReceipts(1))[0]!.lines, ['取号', 'A023'], 'the next job prints whole, on its own');
    });
  });

  describe('without the buffer clear', () => {
    beforeAll(() => {
      options = { holdsBuffer: true, answersBufferClear: false };
    });
    afterAll(() => {
      options = {};
    });

    test('DLE DC4 fn 8 gets no answer and the kept rest still prints after the refill', async () => {
      sim.setPaper({ endAfterBytes: 12 });
      port.write(JOB);
      assert.equal(await answerTo(CLEAR_BUFFER, 3, 500), '', 'no clear response');
      assert.equal(await statusBytes(), '1a32127e');
      sim.setPaper('ok');
      assert.deepEqual(sim.receipts.map((r) => r.lines), [['A023']]);
    });
  });
});
