// Builds the kiosk's devices from the configuration. A device with a `path` is opened on that
// serial port; a device without one gets a simulator on a simulator link (in memory through the
// serialport mock binding by default, or a socat pseudo-terminal pair), and the REAL driver opens
// the other end — so the demo and the tests exercise the same driver code as a hall.
import type { CardReaderConfig, DocumentPrinterConfig, PrinterConfig, ScannerConfig } from '../config/schema.ts';
import { createCupsDocumentPrinter } from './cups/document-printer.ts';
import { createSimulatorLink, type SimulatorLink, type SimulatorLinkKind } from './serial/simulator-link.ts';
import type { CardReaderDevice, Devices, ReceiptPrinterDevice } from './types.ts';
import { createSamCardReader } from './idcard-sam/reader.ts';
import { createLineCardReader } from './line-reader/reader.ts';
import { createEscposPrinter } from './escpos-printer/printer.ts';
import { startIdCardSimulator, type IdCardSimulator } from './sim/idcard-sim.ts';
import { startLineReaderSimulator } from './sim/line-reader-sim.ts';
import { startPrinterSimulator, type PrinterSimulator } from './sim/printer-sim.ts';

/** What the UI's demo panel can do with simulated devices. */
export interface SimulatorControl {
  cards: { id: string; label: string }[];
  placeCard(cardId: string): Promise<void>;
  removeCard(): Promise<void>;
  /** The printer simulator, when the printer is simulated (for tests and the demo). */
  printer: PrinterSimulator | null;
  /** The barcode scanner, when simulated: reads `text` as if from a code (issue 10). */
  scan?: (text: string) => Promise<void>;
}

export interface CreatedDevices {
  devices: Devices;
  /** Null when every device is real hardware. */
  simulator: SimulatorControl | null;
  close(): Promise<void>;
}

function unescapeDelimiter(delimiter: string): string {
  return delimiter.replace(/\\r/g, '\r').replace(/\\n/g, '\n').replace(/\\t/g, '\t');
}

function cardReaderOn(config: CardReaderConfig, path: string): CardReaderDevice {
  return config.protocol === 'idcard-sam'
    ? createSamCardReader({ path, baudRate: config.baudRate, pollIntervalMs: config.pollIntervalMs, match: config.match })
    : createLineCardReader({ path, baudRate: config.baudRate, delimiter: unescapeDelimiter(config.delimiter), pattern: config.pattern, match: config.match });
}

function printerOn(config: PrinterConfig, path: string): ReceiptPrinterDevice {
  return createEscposPrinter({
    path,
    baudRate: config.baudRate,
    columns: config.columns,
    match: config.match,
    pollIntervalMs: config.statusPollSeconds * 1000,
    bufferAtPaperEnd: config.bufferAtPaperEnd,
  });
}

export async function createDevices(config: {
  cardReader: CardReaderConfig;
  printer: PrinterConfig;
  simulatedLink?: SimulatorLinkKind;
  documentPrinter?: DocumentPrinterConfig;
  scanner?: ScannerConfig;
}): Promise<CreatedDevices> {
  const cleanups: (() => Promise<void>)[] = [];
  const closeAll = async () => {
    for (const cleanup of cleanups.reverse()) await cleanup().catch(() => undefined);
  };
  try {
    let simulator: SimulatorControl | null = null;
    const simulated = () => (simulator ??= { cards: [], placeCard: async () => {}, removeCard: async () => {}, printer: null });
    const simulatorPair = async (label: string): Promise<SimulatorLink> => {
      const pair = await createSimulatorLink(config.simulatedLink ?? 'memory', label);
      cleanups.push(() => pair.close());
      return pair;
    };

    let readerPath = config.cardReader.path;
    if (!readerPath) {
      const pair = await simulatorPair('card-reader');
      readerPath = pair.devicePath;
      const control = simulated();
      if (config.cardReader.protocol === 'idcard-sam') {
        const sim: IdCardSimulator = await startIdCardSimulator(pair.simulatorPath, { baudRate: config.cardReader.baudRate });
        cleanups.push(() => sim.close());
        control.cards = sim.cards;
        control.placeCard = async (id) => sim.placeCard(id);
        control.removeCard = async () => sim.removeCard();
      } else {
        const sim = await startLineReaderSimulator(pair.simulatorPath, { baudRate: config.cardReader.baudRate });
        cleanups.push(() => sim.close());
        control.cards = [{ id: 'demo-card', label: '居民卡（尾号0427）' }];
        control.placeCard = async () => sim.swipe('6222020200110427');
        control.removeCard = async () => {};
      }
    }

    let printerPath = config.printer.path;
    if (!printerPath) {
      const pair = await simulatorPair('printer');
      printerPath = pair.devicePath;
      const sim = await startPrinterSimulator(pair.simulatorPath, { columns: config.printer.columns });
      cleanups.push(() => sim.close());
      simulated().printer = sim;
    }

    // 办件进度查询: the barcode scanner. The demo (a simulated card reader) gets a simulated one too.
    const scannerConfig: ScannerConfig | null = config.scanner ?? (config.cardReader.path ? null : { protocol: 'line', baudRate: 9600, delimiter: '\r' });
    let scannerPath = scannerConfig?.path;
    if (scannerConfig && !scannerPath) {
      const pair = await simulatorPair('scanner');
      scannerPath = pair.devicePath;
      const delimiter = unescapeDelimiter(scannerConfig.delimiter);
      const sim = await startLineReaderSimulator(pair.simulatorPath, { baudRate: scannerConfig.baudRate, delimiter, format: (text) => text });
      cleanups.push(() => sim.close());
      simulated().scan = (text) => sim.swipe(text);
    }
    // Every line is handed on whole (the core tells our receipts' codes from anything else).
    const scanner =
      scannerConfig && scannerPath
        ? createLineCardReader({ path: scannerPath, baudRate: scannerConfig.baudRate, delimiter: unescapeDelimiter(scannerConfig.delimiter), pattern: '^(?<card>.+)$', match: scannerConfig.match, label: 'barcode scanner' })
        : null;

    const cardReader = cardReaderOn(config.cardReader, readerPath);
    const printer = printerOn(config.printer, printerPath);
    // Cleanups run in reverse: the drivers stop before their simulators and ports go away.
    cleanups.push(() => cardReader.stop(), () => printer.stop());
    if (scanner) cleanups.push(() => scanner.stop());
    await cardReader.start();
    await printer.start();
    await scanner?.start();
    // 证明打印: a CUPS queue, real in a hall and in tests (cups-pdf); no simulator of its own.
    const documentPrinter = config.documentPrinter ? createCupsDocumentPrinter(config.documentPrinter) : null;
    if (documentPrinter) {
      cleanups.push(() => documentPrinter.stop());
      await documentPrinter.start();
    }
    return { devices: { cardReader, printer, documentPrinter, scanner }, simulator, close: closeAll };
  } catch (err) {
    await closeAll();
    throw err;
  }
}
