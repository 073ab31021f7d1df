// Paper end before or during a queue-ticket job, through the REAL ESC/POS driver talking to the
// printer simulator over pseudo-terminals, with the core booted as the shells boot it. What the
// resident is told, that the job is kept, and that after a refill each ticket comes out of the
// printer exactly once: never twice, never lost. The refill is noticed by the driver's own idle
// status poll (statusPollSeconds, set to 2 s here to keep the test short), as it would be in a hall.
import { test } from 'vitest';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createPtyPair, type PtyPair } from '../../drivers/serial/pty-pair.ts';
import { startIdCardSimulator, type IdCardSimulator } from '../../drivers/sim/idcard-sim.ts';
import { startPrinterSimulator, type PrinterSimulator, type SimulatedReceipt } from '../../drivers/sim/printer-sim.ts';
import { bootKiosk, type RunningKiosk } from '../../terminal/boot.ts';
import type { KioskApi, KioskEventName, KioskEvents, QueueTicket } from '../../terminal/api.ts';

/** The driver's idle status poll, from devices.printer.statusPollSeconds in the config below. */
const POLL_MS = 2000;

interface Rig {
  kiosk: RunningKiosk;
  printer: PrinterSimulator;
  close(): Promise<void>;
}

async function startRig(): Promise<Rig> {
  const dir = mkdtempSync(join(tmpdir(), 'kiosk-paper-end-'));
  const opened: { close(): Promise<void> }[] = [];
  const close = async () => {
    for (const item of opened.reverse()) await item.close().catch(() => undefined);
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    const readerPty: PtyPair = await createPtyPair('reader', dir);
    opened.push(readerPty);
    const printerPty: PtyPair = await createPtyPair('printer', dir);
    opened.push(printerPty);
    const reader: IdCardSimulator = await startIdCardSimulator(readerPty.simulatorPath);
    opened.push(reader);
    const printer = await startPrinterSimulator(printerPty.simulatorPath, { columns: 48 });
    opened.push(printer);
    const configPath = join(dir, 'kiosk-config.json');
    writeFileSync(
      configPath,
      JSON.stringify({
        site: { name: '东升街道便民服务中心', code: 'SL-DS-01' },
        session: { idleTimeoutSeconds: 300, warningSeconds: 20 },
        devices: {
          cardReader: { protocol: 'idcard-sam', path: readerPty.devicePath, baudRate: 115200, pollIntervalMs: 200 },
          printer: { protocol: 'escpos', path: printerPty.devicePath, baudRate: 115200, columns: 48, statusPollSeconds: POLL_MS / 1000 },
        },
      }),
    );
    const kiosk = await bootKiosk({ configPath, dataDir: join(dir, 'data') });
    opened.push(kiosk); // closed first: the drivers let go before the simulators and ports

    const identified = nextEvent(kiosk.api, 'session', (p) => Boolean(p.session?.resident), 10_000);
    reader.placeCard('han-zhang-weimin');
    await identified;
    return { kiosk, printer, close };
  } catch (err) {
    await close();
    throw err;
  }
}

function nextEvent<E extends KioskEventName>(
  api: KioskApi,
  name: E,
  match: (payload: KioskEvents[E]) => boolean,
  timeoutMs: number,
): Promise<KioskEvents[E]> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      off();
      reject(new Error(`no matching '${name}' event within ${timeoutMs} ms`));
    }, timeoutMs);
    const off = api.on(name, (payload) => {
      if (!match(payload)) return;
      clearTimeout(timer);
      off();
      resolve(payload);
    });
  });
}

const printedEvent = (api: KioskApi, ticket: QueueTicket, timeoutMs = 2 * POLL_MS) =>
  nextEvent(api, 'print', (p) => p.transactionId === ticket.transactionId && p.report.state === 'printed', timeoutMs);

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Everything a receipt shows as text, QR code or barcode: where its ticket number can be found. */
const receiptText = (receipt: SimulatedReceipt) => [...receipt.lines, ...receipt.qr, ...receipt.barcodes].join('\n');

function assertToldToAskStaff(ticket: QueueTicket): void {
  assert.equal(ticket.print.state, 'waiting', `print report: ${JSON.stringify(ticket.print)}`);
  const message = ticket.print.state === 'waiting' ? ticket.print.message : '';
  assert.match(message, /缺纸/);
  assert.match(message, /工作人员/);
  assert.match(ticket.ticketNumber, /^[A-Z]\d{3}$/, 'the number is given on screen even without paper');
}

test('paper runs out in the middle of a ticket: kept, and printed exactly once after the refill', { timeout: 40_000 }, async () => {
  const rig = await startRig();
  try {
    const { kiosk, printer } = rig;
    printer.setPaper({ endAfterBytes: 120 });
    const ticket = await kiosk.api.takeQueueTicket({ serviceId: 'queue' });
    assertToldToAskStaff(ticket);
    assert.equal(printer.receipts.length, 0, 'no complete receipt came out');
    assert.ok(printer.pending.items.length > 0, 'part of the ticket reached the paper before it ran out');
    assert.equal((await kiosk.api.getStatus({})).devices.printer.state, 'paper-end', 'staff are told the paper is out');

    const printed = printedEvent(kiosk.api, ticket);
    printer.setPaper('ok');
    assert.equal(printer.spoiled.length, 1, 'the half-printed receipt was torn off at the refill');
    await printed;
    assert.equal(printer.receipts.length, 1);
    assert.ok(receiptText(printer.receipts[0]!).includes(ticket.ticketNumber), receiptText(printer.receipts[0]!));

    await sleep(2 * POLL_MS + 500); // two more status polls: nothing is printed again
    assert.equal(printer.receipts.length, 1, 'the ticket was printed twice');
    assert.equal(printer.pending.items.length, 0, 'nothing uncut is left on the printer');
  } finally {
    await rig.close();
  }
});

test('paper already out before the ticket: waiting, then exactly one receipt after the refill', { timeout: 30_000 }, async () => {
  const rig = await startRig();
  try {
    const { kiosk, printer } = rig;
    const outNoticed = nextEvent(kiosk.api, 'devices', (d) => d.printer.state === 'paper-end', 2 * POLL_MS);
    printer.setPaper('end');
    await outNoticed; // the idle poll tells staff before any resident asks for a ticket
    const ticket = await kiosk.api.takeQueueTicket({ serviceId: 'queue' });
    assertToldToAskStaff(ticket);
    assert.equal(printer.receipts.length + printer.pending.items.length, 0, 'nothing reached the paper');

    const printed = printedEvent(kiosk.api, ticket);
    printer.setPaper('ok');
    await printed;
    await sleep(POLL_MS + 500);
    assert.equal(printer.receipts.length, 1);
    assert.ok(receiptText(printer.receipts[0]!).includes(ticket.ticketNumber));
    assert.equal(printer.spoiled.length, 0);
  } finally {
    await rig.close();
  }
});

test('two tickets taken while out of paper print once each, in ticket order, after the refill', { timeout: 30_000 }, async () => {
  const rig = await startRig();
  try {
    const { kiosk, printer } = rig;
    printer.setPaper('end');
    const first = await kiosk.api.takeQueueTicket({ serviceId: 'queue' });
    const second = await kiosk.api.takeQueueTicket({ serviceId: 'queue' });
    assertToldToAskStaff(first);
    assertToldToAskStaff(second);
    assert.notEqual(first.ticketNumber, second.ticketNumber);

    const bothPrinted = Promise.all([printedEvent(kiosk.api, first), printedEvent(kiosk.api, second)]);
    printer.setPaper('ok');
    await bothPrinted;
    await sleep(POLL_MS + 500);
    assert.equal(printer.receipts.length, 2);
    assert.ok(receiptText(printer.receipts[0]!).includes(first.ticketNumber), 'the first ticket comes out first');
    assert.ok(receiptText(printer.receipts[1]!).includes(second.ticketNumber));
    assert.ok(!receiptText(printer.receipts[0]!).includes(second.ticketNumber));
  } finally {
    await rig.close();
  }
});
