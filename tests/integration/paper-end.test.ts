// Paper end before or during a queue-ticket job, through the REAL ESC/POS driver talking to the
// printer simulator over pseudo-terminals, with the core booted as the shells boot it. What the
// resident is told, that the job is kept, and that after a refill each ticket comes out of the
// printer exactly once: never twice, never lost. Run against both kinds of printer: one that drops
// what it could not print, and one that keeps it and prints it after the refill (Epson TM and
// clones), which with a plain reprint would give the tail of the first ticket and a second one.
// The refill is noticed by the driver's own idle status poll (statusPollSeconds, set to the
// shortest the config allows, 1 s, to keep the test short), as it would be in a hall. "Nothing is
// printed again" is checked after the printer has answered two more status reads: counted, not
// slept, so a loaded machine cannot make the check pass before the polls it waits for happened.
import { describe, test } from 'vitest';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createPtyPair, type PtyPair } from '../../drivers/serial/pty-pair.ts';
import { startIdCardSimulator, type IdCardSimulator } from '../../drivers/sim/idcard-sim.ts';
import {
  startPrinterSimulator,
  type PrinterSimulator,
  type PrinterSimulatorOptions,
  type SimulatedReceipt,
} from '../../drivers/sim/printer-sim.ts';
import { bootKiosk, type RunningKiosk } from '../../terminal/boot.ts';
import { ticketQrData } from '../../terminal/services/queue-ticket/queue-ticket-receipt.ts';
import type { KioskApi, KioskEventName, KioskEvents, QueueTicket } from '../../terminal/api.ts';

/** The driver's idle status poll, from devices.printer.statusPollSeconds in the config below. */
const POLL_MS = 1000;
/** A hang detector, not a speed target: a few polls' time, as a loaded 2-core machine needs it. */
const NOTICED_WITHIN_MS = 8 * POLL_MS;
const SITE = { name: '东升街道便民服务中心', code: 'SL-DS-01' };

interface Rig {
  kiosk: RunningKiosk;
  printer: PrinterSimulator;
  close(): Promise<void>;
}

interface RigOptions {
  printer: PrinterSimulatorOptions;
  /** devices.printer.bufferAtPaperEnd; the default when absent. */
  bufferAtPaperEnd?: 'unknown' | 'dropped';
}

async function startRig(options: RigOptions): Promise<Rig> {
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
    const printer = await startPrinterSimulator(printerPty.simulatorPath, { columns: 48, ...options.printer });
    opened.push(printer);
    const configPath = join(dir, 'kiosk-config.json');
    const printerConfig = { protocol: 'escpos', path: printerPty.devicePath, baudRate: 115200, columns: 48, statusPollSeconds: POLL_MS / 1000 };
    writeFileSync(
      configPath,
      JSON.stringify({
        site: SITE,
        session: { idleTimeoutSeconds: 300, warningSeconds: 20 },
        devices: {
          cardReader: { protocol: 'idcard-sam', path: readerPty.devicePath, baudRate: 115200, pollIntervalMs: 200 },
          printer: options.bufferAtPaperEnd ? { ...printerConfig, bufferAtPaperEnd: options.bufferAtPaperEnd } : printerConfig,
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

async function withRig(options: RigOptions, body: (rig: Rig) => Promise<void>): Promise<void> {
  const rig = await startRig(options);
  try {
    await body(rig);
  } finally {
    await rig.close();
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

const printedEvent = (api: KioskApi, ticket: QueueTicket, timeoutMs = NOTICED_WITHIN_MS) =>
  nextEvent(api, 'print', (p) => p.transactionId === ticket.transactionId && p.report.state === 'printed', timeoutMs);

/**
 * Resolves once the printer has answered `reads` more status reads (each read of the driver ends
 * with DLE EOT 4, the paper sensor): whatever the driver sent before them has reached the printer.
 */
function statusReads(printer: PrinterSimulator, reads: number, timeoutMs = reads * NOTICED_WITHIN_MS): Promise<void> {
  return new Promise((resolve, reject) => {
    let seen = 0;
    const timer = setTimeout(() => {
      printer.off('status', onStatus);
      reject(new Error(`the printer answered ${seen} of ${reads} status reads within ${timeoutMs} ms: the idle poll stopped`));
    }, timeoutMs);
    const onStatus = (_byte: number, n: 1 | 2 | 3 | 4) => {
      if (n !== 4 || ++seen < reads) return;
      clearTimeout(timer);
      printer.off('status', onStatus);
      resolve();
    };
    printer.on('status', onStatus);
  });
}

/** Everything a receipt shows as text, QR code or barcode: where its ticket number can be found. */
const receiptText = (receipt: SimulatedReceipt) => [...receipt.lines, ...receipt.qr, ...receipt.barcodes].join('\n');

/** The whole ticket, head to cut: the hall's name first, this ticket's QR code last. */
function isCompleteTicket(receipt: SimulatedReceipt, ticket: QueueTicket): boolean {
  const qr = ticketQrData({ siteCode: SITE.code, ticketNumber: ticket.ticketNumber, transactionId: ticket.transactionId });
  return receipt.lines[0] === SITE.name && receipt.lines.includes(ticket.ticketNumber) && receipt.qr.length === 1 && receipt.qr[0] === qr;
}

function assertToldToAskStaff(ticket: QueueTicket): void {
  assert.equal(ticket.print.state, 'waiting', `print report: ${JSON.stringify(ticket.print)}`);
  const message = ticket.print.state === 'waiting' ? ticket.print.message : '';
  assert.match(message, /缺纸/);
  assert.match(message, /工作人员/);
  assert.match(ticket.ticketNumber, /^[A-Z]\d{3}$/, 'the number is given on screen even without paper');
}

const PRINTERS: { name: string; printer: PrinterSimulatorOptions }[] = [
  { name: 'printer that drops its buffer at paper end', printer: { holdsBuffer: false } },
  { name: 'printer that keeps its buffer and prints it after the refill (Epson TM)', printer: { holdsBuffer: true } },
];

for (const { name, printer: simOptions } of PRINTERS) {
  describe(name, () => {
    test('paper runs out in the middle of a ticket: kept, and exactly one complete ticket after the refill', { timeout: 40_000 }, () =>
      withRig({ printer: simOptions }, async ({ kiosk, printer }) => {
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
        await statusReads(printer, 2); // two more status polls: nothing is printed again
        assert.equal(printer.receipts.length, 1, `one cut ticket, not two: ${printer.receipts.map(receiptText).join('\n---\n')}`);
        assert.ok(isCompleteTicket(printer.receipts[0]!, ticket), receiptText(printer.receipts[0]!));
        assert.equal(printer.pending.items.length, 0, 'nothing uncut is left on the printer');
      }),
    );

    test('paper already out before the ticket: waiting, then exactly one receipt after the refill', { timeout: 30_000 }, () =>
      withRig({ printer: simOptions }, async ({ kiosk, printer }) => {
        const outNoticed = nextEvent(kiosk.api, 'devices', (d) => d.printer.state === 'paper-end', NOTICED_WITHIN_MS);
        printer.setPaper('end');
        await outNoticed; // the idle poll tells staff before any resident asks for a ticket
        const ticket = await kiosk.api.takeQueueTicket({ serviceId: 'queue' });
        assertToldToAskStaff(ticket);
        assert.equal(printer.receipts.length + printer.pending.items.length, 0, 'nothing reached the paper');

        const printed = printedEvent(kiosk.api, ticket);
        printer.setPaper('ok');
        await printed;
        await statusReads(printer, 2);
        assert.equal(printer.receipts.length, 1);
        assert.ok(isCompleteTicket(printer.receipts[0]!, ticket), receiptText(printer.receipts[0]!));
        assert.equal(printer.spoiled.length, 0);
      }),
    );

    test('a ticket taken while the first waits is never mixed into it: each prints once, complete, in order', { timeout: 40_000 }, () =>
      withRig({ printer: simOptions }, async ({ kiosk, printer }) => {
        printer.setPaper({ endAfterBytes: 120 });
        const first = await kiosk.api.takeQueueTicket({ serviceId: 'queue' });
        const second = await kiosk.api.takeQueueTicket({ serviceId: 'queue' });
        assertToldToAskStaff(first);
        assertToldToAskStaff(second);
        assert.notEqual(first.ticketNumber, second.ticketNumber);

        const bothPrinted = Promise.all([printedEvent(kiosk.api, first), printedEvent(kiosk.api, second)]);
        printer.setPaper('ok');
        await bothPrinted;
        await statusReads(printer, 2);
        assert.equal(printer.receipts.length, 2, printer.receipts.map(receiptText).join('\n---\n'));
        assert.ok(isCompleteTicket(printer.receipts[0]!, first), 'the first ticket comes out first, whole');
        assert.ok(isCompleteTicket(printer.receipts[1]!, second), 'then the second, whole');
        assert.ok(!receiptText(printer.receipts[0]!).includes(second.ticketNumber), 'nothing of the second is on the first');
        assert.ok(!receiptText(printer.receipts[1]!).includes(first.ticketNumber), 'nothing of the first is on the second');
      }),
    );
  });
}

describe('printers without the buffer clear (DLE DC4 fn 8 unanswered)', () => {
  test('one that keeps its buffer finishes the ticket itself; the kiosk does not send it again', { timeout: 40_000 }, () =>
    withRig({ printer: { holdsBuffer: true, answersBufferClear: false } }, async ({ kiosk, printer }) => {
      printer.setPaper({ endAfterBytes: 120 });
      const ticket = await kiosk.api.takeQueueTicket({ serviceId: 'queue' });
      assert.equal(ticket.print.state, 'failed', `print report: ${JSON.stringify(ticket.print)}`);
      const message = ticket.print.state === 'failed' ? ticket.print.message : '';
      assert.match(message, /缺纸/);
      assert.match(message, /号码/, 'the resident is told to keep the number on screen');

      printer.setPaper('ok'); // the printer prints what it kept: the rest of the ticket, up to its cut
      // Three: the first may have been under way at the refill; the next one sees it, and anything
      // sent because of it arrives before the third.
      await statusReads(printer, 3);
      assert.equal(printer.receipts.length, 1, 'only the rest the printer kept came out: no second ticket');
      assert.ok(!isCompleteTicket(printer.receipts[0]!, ticket), 'it is the tail of the interrupted ticket, not a reprint');
    }),
  );

  test('one that drops its buffer, configured as such (bufferAtPaperEnd: dropped), reprints once after the refill', { timeout: 40_000 }, () =>
    withRig({ printer: { holdsBuffer: false, answersBufferClear: false }, bufferAtPaperEnd: 'dropped' }, async ({ kiosk, printer }) => {
      printer.setPaper({ endAfterBytes: 120 });
      const ticket = await kiosk.api.takeQueueTicket({ serviceId: 'queue' });
      assertToldToAskStaff(ticket);
      const printed = printedEvent(kiosk.api, ticket);
      printer.setPaper('ok');
      await printed;
      await statusReads(printer, 2);
      assert.equal(printer.receipts.length, 1);
      assert.ok(isCompleteTicket(printer.receipts[0]!, ticket), receiptText(printer.receipts[0]!));
    }),
  );

  test('one of unknown behaviour is not reprinted: the resident keeps the number on screen', { timeout: 40_000 }, () =>
    withRig({ printer: { holdsBuffer: false, answersBufferClear: false } }, async ({ kiosk, printer }) => {
      printer.setPaper({ endAfterBytes: 120 });
      const ticket = await kiosk.api.takeQueueTicket({ serviceId: 'queue' });
      assert.equal(ticket.print.state, 'failed', `print report: ${JSON.stringify(ticket.print)}`);
      assert.match(ticket.print.state === 'failed' ? ticket.print.message : '', /号码/);
      printer.setPaper('ok');
      await statusReads(printer, 3); // as above: one under way, one that sees the refill, one after
      assert.equal(printer.receipts.length, 0, 'never sent a second time: it could have been a second ticket');
    }),
  );
});
