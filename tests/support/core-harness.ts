// Builds a terminal core on a temporary data dir with fake devices and a manual clock.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseConfig } from '../../config/load.ts';
import { defaultCatalog } from '../../config/default-catalog.ts';
import type { KioskEventName, KioskEvents } from '../../terminal/api.ts';
import { openStore } from '../../terminal/store/open-store.ts';
import { createFieldCipher, loadOrCreateStoreKey } from '../../terminal/store/field-cipher.ts';
import { createTransactionStore } from '../../terminal/store/transactions.ts';
import { createPrintJobStore } from '../../terminal/store/print-jobs.ts';
import { createTerminal, type TerminalDeps } from '../../terminal/terminal.ts';
import type { CardReaderDevice, DocumentPrinterDevice } from '../../drivers/types.ts';
import { FakeCardReader, FakePrinter } from './fake-devices.ts';
import { ManualClock } from './manual-clock.ts';

/** Extra core wiring some tests need (证明打印: an A4 printer, the central link, a sync status). */
export type CoreExtras = Pick<TerminalDeps, 'hub' | 'syncStatus' | 'spoolDir' | 'provisioning' | 'progressBase' | 'voice'> & {
  documentPrinter?: DocumentPrinterDevice;
  /** 办件进度查询 (issue 10): a barcode scanner (a FakeCardReader: each line is a card-number read). */
  scanner?: CardReaderDevice;
};

export function createCoreHarness(configOverrides: Record<string, unknown> = {}, extras: CoreExtras = {}) {
  const dataDir = mkdtempSync(join(tmpdir(), 'kiosk-core-'));
  const config = parseConfig({ site: { name: '双流区东升街道便民服务中心', code: 'SL-DS-01' }, ...configOverrides }, 'test config');
  const clock = new ManualClock();
  const db = openStore(dataDir);
  const transactions = createTransactionStore(db, createFieldCipher(loadOrCreateStoreKey(dataDir)));
  const printJobs = createPrintJobStore(db, () => new Date(clock.now()));
  const cardReader = new FakeCardReader();
  const printer = new FakePrinter();
  const { documentPrinter, scanner, ...deps } = extras;
  const terminal = createTerminal({ config, catalog: defaultCatalog, devices: { cardReader, printer, documentPrinter, scanner }, clock, db, transactions, printJobs, spoolDir: join(dataDir, 'print-spool'), ...deps });
  const events: { name: KioskEventName; payload: unknown }[] = [];
  const names: KioskEventName[] = ['session', 'idle', 'devices', 'cardRefused', 'print', 'sync', 'statusChanged'];
  for (const name of names) terminal.on(name, (payload) => events.push({ name, payload }));
  return {
    dataDir,
    config,
    clock,
    db,
    transactions,
    printJobs,
    cardReader,
    printer,
    terminal,
    events,
    lastEvent<E extends KioskEventName>(name: E): KioskEvents[E] | undefined {
      return events.filter((e) => e.name === name).at(-1)?.payload as KioskEvents[E] | undefined;
    },
    close() {
      terminal.close();
      db.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
