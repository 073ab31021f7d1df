// A technician runs `npm run discover` and learns which port is the reader and which the printer.
import { test } from 'vitest';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { createPtyPair } from '../../drivers/serial/pty-pair.ts';
import { startIdCardSimulator } from '../../drivers/sim/idcard-sim.ts';
import { startPrinterSimulator } from '../../drivers/sim/printer-sim.ts';

const run = promisify(execFile);

test('discover names the reader and the printer and prints the config lines to use', async () => {
  const readerPair = await createPtyPair('disc-reader');
  const printerPair = await createPtyPair('disc-printer');
  const silentPair = await createPtyPair('disc-silent');
  const reader = await startIdCardSimulator(readerPair.simulatorPath);
  const printer = await startPrinterSimulator(printerPair.simulatorPath);
  try {
    const { stdout } = await run(
      process.execPath,
      ['--import', 'tsx', 'cli/discover.ts', readerPair.devicePath, printerPair.devicePath, silentPair.devicePath],
      { timeout: 60_000 },
    );
    const lines = stdout.split('\n');
    assert.match(lines.find((l) => l.startsWith(readerPair.devicePath)) ?? '', /ID-card reader .* at 115200 baud/);
    assert.match(lines.find((l) => l.startsWith(printerPair.devicePath)) ?? '', /receipt printer at 115200 baud/);
    assert.match(lines.find((l) => l.startsWith(silentPair.devicePath)) ?? '', /no answer/);
    assert.ok(stdout.includes(`"cardReader": { "protocol": "idcard-sam", "path": "${readerPair.devicePath}", "baudRate": 115200 }`));
    assert.equal(printer.receipts.length, 0, 'probing never prints anything');
  } finally {
    await reader.close();
    await printer.close();
    for (const pair of [readerPair, printerPair, silentPair]) await pair.close();
  }
});
