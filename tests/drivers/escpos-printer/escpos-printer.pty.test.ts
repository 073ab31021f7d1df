// The real driver against the simulated printer over a real pseudo-terminal pair (socat).
import { describe, test, beforeEach, afterEach } from 'vitest';
import assert from 'node:assert/strict';
import { createPtyPair, type PtyPair } from '../../../drivers/serial/pty-pair.ts';
import { startPrinterSimulator, type PrinterSimulator, type PrinterSimulatorOptions } from '../../../drivers/sim/printer-sim.ts';
import { createEscposPrinter, type EscposPrinterOptions } from '../../../drivers/escpos-printer/printer.ts';
import { encodeReceipt, type Receipt } from '../../../printing/receipt.ts';
import type { PrinterState, ReceiptPrinterDevice } from '../../../drivers/types.ts';

const ticket: Receipt = {
  lines: [
    { kind: 'text', text: '青石镇便民服务中心', align: 'center', bold: true },
    { kind: 'text', text: 'A023', align: 'center', size: 'double' },
    { kind: 'pair', label: '业务', value: '户籍证明' },
    { kind: 'text', text: '前面还有 3 人等候，请留意叫号。' },
    { kind: 'qr', data: 'https://gov.example/q/A023' },
  ],
};
const job = encodeReceipt(ticket, 32);
const expectedLines = ['青石镇便民服务中心', 'A023', '业务' + ' '.repeat(20) + '户籍证明', '前面还有 3 人等候，请留意叫号。'];

describe('ESC/POS printer driver over a pseudo-terminal', { timeout: 60_000 }, () => {
  let pair: PtyPair;
  let sim: PrinterSimulator;
  let printer: ReceiptPrinterDevice;
  let seen: PrinterState[];

  // A generous status timeout so a loaded CI machine does not turn a slow answer into 'unknown'.
  async function startPrinter(pollIntervalMs = 60_000, statusTimeoutMs = 1500): Promise<void> {
    printer = createEscposPrinter({ path: pair.devicePath, baudRate: 115200, columns: 32, settleMs: 100, pollIntervalMs, statusTimeoutMs });
    printer.on('status', (s) => seen.push(s));
    await printer.start();
  }

  beforeEach(async () => {
    seen = [];
    pair = await createPtyPair('printer');
    sim = await startPrinterSimulator(pair.simulatorPath, { columns: 32 });
  });
  afterEach(async () => {
    await printer?.stop();
    await sim.close();
    await pair.close();
  });

  test('prints a receipt: the printer cuts exactly one receipt with the right lines and QR', async () => {
    await startPrinter();
    assert.deepEqual(printer.status, { state: 'ready', paperNearEnd: false });
    assert.deepEqual(await printer.print(job), { ok: true });
    const [receipt] = await sim.waitForReceipts(1);
    assert.deepEqual(receipt.lines, expectedLines);
    assert.deepEqual(receipt.qr, ['https://gov.example/q/A023']);
    assert.equal(receipt.cut, 'partial');
    await new Promise((r) => setTimeout(r, 100));
    assert.equal(sim.receipts.length, 1, 'printed once, not twice');
  });

  test('paper near end: ready with a warning, and the job still prints', async () => {
    sim.setPaper('near-end');
    await startPrinter();
    assert.deepEqual(printer.status, { state: 'ready', paperNearEnd: true });
    assert.deepEqual(seen.at(-1), { state: 'ready', paperNearEnd: true });
    assert.deepEqual(await printer.print(job), { ok: true });
    assert.equal((await sim.waitForReceipts(1)).length, 1);
  });

  test('paper end: the job is refused with paper-end and nothing is sent; after a refill it prints', async () => {
    sim.setPaper('end');
    await startPrinter();
    const outcome = await printer.print(job);
    assert.deepEqual(outcome, { ok: false, state: { state: 'paper-end' }, partial: false });
    assert.ok(sim.bytesReceived < 40, `only status requests were sent (${sim.bytesReceived} bytes)`);
    sim.setPaper('ok');
    assert.deepEqual(await printer.queryStatus(), { state: 'ready', paperNearEnd: false });
    assert.deepEqual(await printer.print(job), { ok: true });
    assert.deepEqual((await sim.waitForReceipts(1))[0].lines, expectedLines);
  });

  test('cover open and offline refuse the job with that state', async () => {
    sim.setCover('open');
    await startPrinter();
    assert.deepEqual(await printer.print(job), { ok: false, state: { state: 'cover-open' }, partial: false });
    sim.setCover('closed');
    sim.setOffline(true);
    const outcome = await printer.print(job);
    assert.equal(outcome.ok, false);
    assert.equal(!outcome.ok && outcome.state.state, 'offline');
    assert.equal(sim.receipts.length, 0);
  });

  test('autocutter error is read from DLE EOT 3', async () => {
    sim.setError('cutter');
    await startPrinter();
    assert.deepEqual(printer.status, { state: 'cutter-error' });
  });

  test('paper runs out in the middle of a job: not ok, partial, paper-end, and no receipt was cut', async () => {
    await startPrinter();
    sim.setPaper({ endAfterBytes: 60 });
    const outcome = await printer.print(job);
    assert.deepEqual(outcome, { ok: false, state: { state: 'paper-end' }, partial: true });
    assert.equal(sim.receipts.length, 0);
    assert.ok(sim.lostBytes > 0);
    assert.ok(sim.pending.lines.length < expectedLines.length, 'only the start of the receipt reached the paper');
    assert.deepEqual(printer.status, { state: 'paper-end' });
  });

  test('a printer that never answers DLE EOT is "unknown" and still prints', async () => {
    sim.setAnswersStatus(false);
    await startPrinter(60_000, 300); // the production default
    assert.deepEqual(printer.status, { state: 'unknown' });
    const started = Date.now();
    assert.deepEqual(await printer.print(job), { ok: true });
    assert.ok(Date.now() - started < 3000, 'status timeouts are short');
    assert.deepEqual((await sim.waitForReceipts(1))[0].lines, expectedLines);
  });

  test('answers that come after the timeout are never taken for the next question', async () => {
    // Paper out and cover open: DLE EOT 1..4 each give a different byte, so an answer taken for
    // the wrong question shows up as a state the printer is not in.
    sim.setPaper('end');
    sim.setCover('open');
    await startPrinter(60_000, 300); // the production default
    const truth = printer.status;
    assert.equal(truth.state, 'cover-open');
    // Later than the 300 ms timeout, and well inside the wait that follows it even on a loaded machine
    // (an answer that still makes the timeout is simply the right answer).
    sim.setStatusDelay(350);
    const states: string[] = [];
    for (let i = 0; i < 6; i++) states.push(JSON.stringify(await printer.queryStatus()));
    for (let i = 0; i < 6; i++) states.push(JSON.stringify(await printer.print(job).then((o) => (o.ok ? { state: 'printed' } : o.state))));
    sim.setStatusDelay(0);
    const allowed = new Set([JSON.stringify({ state: 'unknown' }), JSON.stringify(truth), JSON.stringify({ state: 'printed' })]);
    assert.deepEqual(states.filter((s) => !allowed.has(s)), [], 'only "unknown" or the true state');
    assert.equal(sim.receipts.length, 0, 'nothing printed with the cover open');
  });

  test('idle polling notices a near-end roll and a refill without a print', async () => {
    sim.setPaper('end');
    await startPrinter(150);
    assert.deepEqual(printer.status, { state: 'paper-end' });
    const refilled = new Promise<PrinterState>((resolve) => printer.on('status', (s) => s.state === 'ready' && resolve(s)));
    sim.setPaper('near-end');
    assert.deepEqual(await refilled, { state: 'ready', paperNearEnd: true });
  });
});

describe('ESC/POS printer driver without a port', () => {
  test('a missing port is reported as disconnected and a job is refused, not hung', async () => {
    const printer = createEscposPrinter({ path: '/dev/does-not-exist-printer', baudRate: 9600, columns: 48, backoff: { initialMs: 50, maxMs: 200 } });
    await printer.start();
    assert.equal(printer.status.state, 'disconnected');
    const outcome = await printer.print(job);
    assert.equal(outcome.ok, false);
    assert.ok(!outcome.ok && outcome.state.state === 'disconnected' && /does-not-exist-printer/.test(outcome.state.reason));
    assert.equal(!outcome.ok && outcome.partial, false);
    await printer.stop();
  });
});

describe('ESC/POS printer driver: paper end mid-job on a printer that keeps its buffer', { timeout: 60_000 }, () => {
  async function withPrinter(
    simOptions: PrinterSimulatorOptions,
    driverOptions: Partial<EscposPrinterOptions>,
    body: (sim: PrinterSimulator, printer: ReceiptPrinterDevice) => Promise<void>,
  ): Promise<void> {
    const pair = await createPtyPair('printer-keeps');
    const sim = await startPrinterSimulator(pair.simulatorPath, { columns: 32, ...simOptions });
    const printer = createEscposPrinter({ path: pair.devicePath, baudRate: 115200, columns: 32, settleMs: 100, pollIntervalMs: 60_000, statusTimeoutMs: 1500, ...driverOptions });
    try {
      await printer.start();
      await body(sim, printer);
    } finally {
      await printer.stop();
      await sim.close();
      await pair.close();
    }
  }

  test('the driver clears the kept rest (DLE DC4 fn 8): the refill prints nothing of the job, a reprint is safe', () =>
    withPrinter({ holdsBuffer: true }, {}, async (sim, printer) => {
      sim.setPaper({ endAfterBytes: 60 });
      assert.deepEqual(await printer.print(job), { ok: false, state: { state: 'paper-end' }, partial: true });
      assert.equal(sim.buffersCleared, 1);
      sim.setPaper('ok');
      assert.equal(sim.receipts.length, 0, 'the rest of the job did not come out by itself');
      assert.deepEqual(await printer.print(job), { ok: true });
      assert.deepEqual((await sim.waitForReceipts(1)).map((r) => r.lines), [expectedLines]);
    }));

  test('a printer without the clear: the outcome says it may still finish the job itself', () =>
    withPrinter({ holdsBuffer: true, answersBufferClear: false }, { statusTimeoutMs: 300 }, async (sim, printer) => {
      sim.setPaper({ endAfterBytes: 60 });
      assert.deepEqual(await printer.print(job), { ok: false, state: { state: 'paper-end' }, partial: true, printerMayFinish: true });
      sim.setPaper('ok');
      assert.equal(sim.receipts.length, 1, 'and it does: the kept rest comes out after the refill');
    }));

  test('configured as dropping its buffer (bufferAtPaperEnd: dropped): no clear answered, still safe to reprint', () =>
    withPrinter({ holdsBuffer: false, answersBufferClear: false }, { statusTimeoutMs: 300, bufferAtPaperEnd: 'dropped' }, async (sim, printer) => {
      sim.setPaper({ endAfterBytes: 60 });
      assert.deepEqual(await printer.print(job), { ok: false, state: { state: 'paper-end' }, partial: true });
    }));
});
