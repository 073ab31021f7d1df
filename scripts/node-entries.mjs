// The Node command lines built into dist/node (scripts/build-node-entries.mjs) and started from there
// by `npm start` and the tests (tests/support/node-entries.ts): bundle name → source.
export const nodeEntries = {
  kiosk: 'cli/kiosk.ts',
  central: 'central/cli.ts',
  kioskctl: 'central/kioskctl.ts',
  supervisor: 'supervisor/cli.ts',
  'technician-pin': 'cli/technician-pin.ts',
};
