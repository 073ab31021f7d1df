// The command lines that tests start as processes (kiosk core, hub, kioskctl, supervisor) run from
// their esbuild bundles in dist/node, built from this checkout's sources before the tests start
// (globalSetup: tests/support/build-node-entries.ts): the same code as under tsx, which `npm run
// kioskctl` and `npm run central` use, without transpiling it again at every start. One start of
// a kiosk costs about 1 s of CPU this way instead of 4, and the suite starts hundreds.
import { resolve } from 'node:path';
import { nodeEntries } from '../../scripts/node-entries.mjs';

const ROOT = resolve(import.meta.dirname, '../..');

/** Node's arguments that run `source` (e.g. 'cli/kiosk.ts'): its bundle. */
export function nodeEntryArgs(source: string): string[] {
  const name = Object.keys(nodeEntries).find((key) => nodeEntries[key] === source);
  if (!name) throw new Error(`${source} is not bundled: add it to scripts/node-entries.mjs`);
  return [resolve(ROOT, 'dist/node', `${name}.mjs`)];
}
