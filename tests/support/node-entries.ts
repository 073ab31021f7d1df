// The command lines that tests start as processes (kiosk core, hub, kioskctl, supervisor) run from
// their esbuild bundles in dist/node, built from this checkout's sources before the tests start
// (globalSetup: tests/support/build-node-entries.ts): the same code as under tsx, which `npm run
// kioskctl` and `npm run central` use, without transpiling it again at every start. One start of
// a kiosk costs about 1 s of CPU this way instead of 4, and the suite starts hundreds.
import { resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');

const bundles = {
  'cli/kiosk.ts': 'kiosk',
  'central/cli.ts': 'central',
  'central/kioskctl.ts': 'kioskctl',
  'supervisor/cli.ts': 'supervisor',
  'cli/technician-pin.ts': 'technician-pin',
} as const;

export type NodeEntry = keyof typeof bundles;

/** Node's arguments that run `source` (e.g. 'cli/kiosk.ts'): its bundle. */
export function nodeEntryArgs(source: NodeEntry): string[] {
  return [resolve(ROOT, 'dist/node', `${bundles[source]}.mjs`)];
}
