// `npm run technician-pin -- --config FILE`: sets the technician PIN of a terminal. The PIN is read
// from standard input (never an argument: those show in `ps` and shell history) and only its scrypt
// hash is written, into technician.pinHash of the configuration file, atomically.
import { createInterface } from 'node:readline';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ConfigError } from '../config/load.ts';
import { readRawConfig, writeConfigAtomically } from '../config/write-config.ts';
import { hashPin, PIN_PATTERN } from '../terminal/technician/pin-hash.ts';

const usage = 'usage: npm run technician-pin -- --config FILE   (type the PIN, 4 to 12 digits, then Enter)';

async function readLine(): Promise<string> {
  const lines = createInterface({ input: process.stdin, terminal: false });
  for await (const line of lines) {
    lines.close();
    return line.trim();
  }
  return '';
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { config: { type: 'string' }, help: { type: 'boolean', short: 'h' } } });
  if (values.help || !values.config) {
    console.error(usage);
    process.exit(values.help ? 0 : 2);
  }
  const file = resolve(values.config);
  if (process.stdin.isTTY) process.stderr.write('technician PIN (4 to 12 digits): ');
  const pin = await readLine();
  if (!PIN_PATTERN.test(pin)) {
    console.error('technician-pin: the PIN must be 4 to 12 digits (it is typed on the touch keypad); nothing was changed');
    process.exit(2);
  }
  const raw = readRawConfig(file);
  const technician = typeof raw.technician === 'object' && raw.technician !== null ? (raw.technician as Record<string, unknown>) : {};
  writeConfigAtomically(file, { ...raw, technician: { ...technician, pinHash: hashPin(pin) } });
  console.log(`technician PIN set in ${file} (only its hash is stored); restart the kiosk to use it`);
}

main().catch((err: unknown) => {
  console.error(err instanceof ConfigError ? err.message : `technician-pin: ${(err as Error).message}`);
  process.exit(err instanceof ConfigError ? 2 : 1);
});
