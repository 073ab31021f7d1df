// Vitest globalSetup of the projects that start the kiosk, the hub, kioskctl or the supervisor as
// processes: their bundles (tests/support/node-entries.ts) are rebuilt from the sources before any
// test starts, so a test never runs yesterday's code (about 1.5 s; npm test's build made them too).
import { buildNodeEntries } from '../../scripts/build-node-entries.mjs';

export default async function setup(): Promise<void> {
  await buildNodeEntries();
}
