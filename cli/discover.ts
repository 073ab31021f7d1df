// `npm run discover`: for technicians — which serial port has the ID-card reader and which the
// receipt printer. Lists the ports, asks each one, prints a table and the config lines to use.
import { parseArgs } from 'node:util';
import { discoverPorts, type DiscoveredPort } from '../drivers/discovery.ts';

const { values, positionals } = parseArgs({
  options: { json: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h' } },
  allowPositionals: true,
});
if (values.help) {
  console.log('usage: npm run discover -- [--json] [EXTRA_PATH …]\n  probes every serial port (and any extra paths) for the card reader and the printer');
  process.exit(0);
}

function describe(port: DiscoveredPort): string {
  if (port.answers === 'card-reader') return `身份证阅读器 ID-card reader (SAM ${port.samId ?? '?'}) at ${port.baudRate} baud`;
  if (port.answers === 'printer') return `ESC/POS 打印机 receipt printer at ${port.baudRate} baud`;
  return port.note ?? 'no answer';
}

let ports: DiscoveredPort[];
try {
  ports = await discoverPorts({ extraPaths: positionals });
} catch (err) {
  console.error(`discover: ${(err as Error).message}`);
  process.exit(1);
}
if (values.json) {
  console.log(JSON.stringify(ports, null, 2));
} else if (ports.length === 0) {
  console.log('No serial ports found. Check the USB cables, and that this user is in the dialout group.');
} else {
  for (const port of ports) {
    const usb = port.vendorId ? ` [USB ${port.vendorId}:${port.productId}${port.serialNumber ? ` s/n ${port.serialNumber}` : ''}]` : '';
    console.log(`${port.path}${usb}: ${describe(port)}`);
  }
  const reader = ports.find((p) => p.answers === 'card-reader');
  const printer = ports.find((p) => p.answers === 'printer');
  if (reader || printer) {
    console.log('\nFor the configuration file (prefer /dev/serial/by-id/… paths where they exist):');
    if (reader) console.log(`  "cardReader": { "protocol": "idcard-sam", "path": "${reader.path}", "baudRate": ${reader.baudRate} }`);
    if (printer) console.log(`  "printer": { "protocol": "escpos", "path": "${printer.path}", "baudRate": ${printer.baudRate}, "columns": 48 }`);
  }
}
