// A hall for end-to-end tests of services that need central: a hub in this process (PGlite in
// memory), a card-reader and a printer simulator on real pseudo-terminals, and the kiosk started
// as `npm start` starts it, enrolled with the hub by a one-time code.
import { onTestFinished } from 'vitest';
import { mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startCentral, type RunningCentral } from '../../central/server.ts';
import { createPtyPair, type PtyPair } from '../../drivers/serial/pty-pair.ts';
import { startIdCardSimulator, type IdCardSimulator } from '../../drivers/sim/idcard-sim.ts';
import { startPrinterSimulator, type PrinterSimulator } from '../../drivers/sim/printer-sim.ts';
import { startLineReaderSimulator, type LineReaderSimulator } from '../../drivers/sim/line-reader-sim.ts';
import { startKioskProcess, type KioskProcess } from './kiosk-process.ts';

export const HALL_SITE = '东升街道便民服务中心';

export interface HallRig {
  dir: string;
  dataDir: string;
  central: RunningCentral;
  reader: IdCardSimulator;
  printer: PrinterSimulator;
  /** 办件进度查询 (issue 10): the barcode scanner's simulator, when asked for; `swipe(text)` reads one code. */
  scanner: LineReaderSimulator | null;
  kiosk: KioskProcess;
  /** PUT /v1/admin/… on the hub; throws on a refusal. */
  admin(method: string, path: string, body?: unknown): Promise<unknown>;
  /** Stops the hub: the kiosk is offline from then on. */
  stopHub(): Promise<void>;
  close(): Promise<void>;
}

export async function startHallRig(
  opts: {
    columns?: 32 | 42 | 48;
    before?: (admin: HallRig['admin']) => Promise<void>;
    /** A barcode scanner on a pseudo-terminal too (issue 10). */
    scanner?: boolean;
    /** The address the kiosk is given for the hub, e.g. a stand-in route in front of it (issue 10). */
    hubUrlForKiosk?: (hubUrl: string) => Promise<string>;
    /** Another kiosk of the same hall: enrolls with this running hub, which it leaves running at close. */
    hub?: RunningCentral;
    /** The kiosk's site (default: HALL_SITE, SL-DS-01). */
    site?: { name: string; code: string };
  } = {},
): Promise<HallRig> {
  const dir = mkdtempSync(join(tmpdir(), 'kiosk-hall-'));
  const dataDir = join(dir, 'data');
  mkdirSync(dataDir);
  const ownHub = !opts.hub;
  const central = opts.hub ?? (await startCentral({ port: 0, inMemory: true, logLevel: 'silent' }));
  const admin = async (method: string, path: string, body?: unknown) => {
    const res = await fetch(`${central.url}${path}`, {
      method,
      headers: { authorization: `Bearer ${central.adminToken}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    if (!res.ok) throw new Error(`hub refused ${method} ${path}: ${res.status} ${text}`);
    return text ? JSON.parse(text) : undefined;
  };
  const ptys: PtyPair[] = [];
  let reader: IdCardSimulator | undefined;
  let printer: PrinterSimulator | undefined;
  let scanner: LineReaderSimulator | null = null;
  let hubUp = ownHub;
  const stopHub = async () => {
    if (!ownHub) throw new Error('this kiosk joined another rig’s hub: stop it there');
    if (!hubUp) return;
    hubUp = false;
    await central.close();
  };
  try {
    await opts.before?.(admin);
    const { code } = (await admin('POST', '/v1/admin/enrollment-codes', {})) as { code: string };
    const readerPty = await createPtyPair('reader', dir);
    ptys.push(readerPty);
    const printerPty = await createPtyPair('printer', dir);
    ptys.push(printerPty);
    const columns = opts.columns ?? 48;
    reader = await startIdCardSimulator(readerPty.simulatorPath);
    let scannerPath: string | null = null;
    if (opts.scanner) {
      const scannerPty = await createPtyPair('scanner', dir);
      ptys.push(scannerPty);
      scanner = await startLineReaderSimulator(scannerPty.simulatorPath, { delimiter: '\r', format: (text) => text });
      scannerPath = scannerPty.devicePath;
    }
    const kioskHubUrl = opts.hubUrlForKiosk ? await opts.hubUrlForKiosk(central.url) : central.url;
    printer = await startPrinterSimulator(printerPty.simulatorPath, { columns });
    const kiosk = await startKioskProcess({
      dataDir,
      args: ['--enroll', code],
      config: {
        site: opts.site ?? { name: HALL_SITE, code: 'SL-DS-01' },
        session: { idleTimeoutSeconds: 300, warningSeconds: 20 },
        devices: {
          cardReader: { protocol: 'idcard-sam', path: readerPty.devicePath, baudRate: 115200, pollIntervalMs: 200 },
          printer: { protocol: 'escpos', path: printerPty.devicePath, baudRate: 115200, columns },
          ...(scannerPath ? { scanner: { protocol: 'line', path: scannerPath } } : {}),
        },
        // A hub that is down refuses at once whatever this says; 3 s lost to a loaded 2-core machine
        // (the hub answered late, the kiosk showed "case unreachable"): the product default, 15 s.
        central: { url: kioskHubUrl, documentsEverySeconds: 10, heartbeatSeconds: 10, requestTimeoutSeconds: 15 },
      },
    });
    let closing: Promise<void> | undefined;
    const closeAll = async () => {
      await kiosk.stop();
      if (ownHub) await stopHub();
      await reader!.close();
      await printer!.close();
      await scanner?.close();
      for (const pty of ptys) await pty.close();
      rmSync(dir, { recursive: true, force: true });
    };
    const rig: HallRig = {
      dir,
      dataDir,
      central,
      reader,
      printer,
      scanner,
      kiosk,
      admin,
      stopHub,
      close() {
        closing ??= closeAll();
        return closing;
      },
    };
    // Closed when the test that started it ends, passed or failed: a second try starts its own
    // rig, and the first one's kiosk must not outlive the file (the file's afterAll closes it too).
    try {
      onTestFinished(() => rig.close());
    } catch {
      // started outside a test (a hook): the file closes it
    }
    return rig;
  } catch (err) {
    await reader?.close();
    await printer?.close();
    await scanner?.close();
    for (const pty of ptys) await pty.close();
    if (ownHub) await stopHub();
    rmSync(dir, { recursive: true, force: true });
    throw err;
  }
}

/**
 * Lifts the card and resolves once the kiosk's reader has found no card often enough to count it
 * as lifted (drivers/idcard-sam/reader.ts: three misses), so a card placed next is a new visit.
 */
export async function liftCard(reader: IdCardSimulator, timeoutMs = 15_000): Promise<void> {
  const missesToLift = 3;
  const before = reader.commandCount('findCard');
  reader.removeCard();
  const deadline = Date.now() + timeoutMs;
  // Every find received after the removal answers "no card"; one more covers a find in flight.
  while (reader.commandCount('findCard') < before + missesToLift + 1) {
    if (Date.now() > deadline) throw new Error(`the kiosk's reader did not poll ${missesToLift + 1} times within ${timeoutMs} ms of the card's removal`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
