// Every test runs under Vitest, in five projects: `npx vitest run --project unit` (or integration,
// central, e2e, electron) runs one. Tests run in forked processes, two at a time (a
// 2-core terminal PC is the reference machine), so native modules and child processes behave
// as in the kiosk. Files run one after another in each of the two workers and share its module
// cache (isolate: false): loading Vitest, the code under test and Chromium once per worker, not
// once per file, was a third of the suite's CPU. So a test file leaves no global state behind
// (process.env, timers, listeners): it passes alone and in any order.
import { defineConfig } from 'vitest/config';

// A slow test says why in its file name, and the projects select by name, not by a list:
//   *.pty.test.ts      real pseudo-terminals (socat) under the drivers
//   *.process.test.ts  real kiosk, supervisor, hub or browser-shell processes
//   *.hub.test.ts      a real hub over HTTP behind the fault proxy, with the kiosk's back-off
//   *.cups.test.ts     a real CUPS with the cups-pdf printer (证明打印)
//   *.poppler.test.ts  PDFs read back with poppler (pdftotext, pdftoppm, pdffonts)
//   *.browser.test.ts  the touch UI in Debian's Chromium through the browser shell
// Whole folders are slow too: kiosk processes and fault runs (kill -9, full disk), the command
// lines, the Electron main process started for real (tests/electron/main-*), the hub's suites.
const integration = [
  'tests/integration/**/*.test.ts',
  'tests/faults/**/*.test.ts',
  'tests/cli/**/*.test.ts',
  'tests/electron/main-*.test.ts',
  'tests/**/*.pty.test.ts',
  'tests/**/*.process.test.ts',
  'tests/**/*.hub.test.ts',
  'tests/**/*.cups.test.ts',
  'tests/**/*.poppler.test.ts',
];
const central = ['tests/central/**/*.test.ts'];
const e2e = ['tests/e2e/**/*.test.ts', 'tests/**/*.browser.test.ts'];
const electron = ['tests/e2e-electron/**/*.test.ts'];

const shared = {
  environment: 'node' as const,
  pool: 'forks' as const,
  env: { KIOSK_TEST: '1' },
  // A hang fails with the test's (or hook's) name instead of a CI run that never ends.
  hookTimeout: 120_000,
  teardownTimeout: 30_000,
};

// Tests that drive real processes (kiosks, hubs, Chromium, PostgreSQL, pseudo-terminals) on a
// loaded 2-core machine may lose a race the product does not have: in CI one such test gets a
// second try, and .ci/run names every test that needed it, so a flake is seen, never hidden.
// Unit tests get no second try.
const processTests = { ...shared, retry: process.env.CI ? 1 : 0 };

/** The kiosk, hub, kioskctl and supervisor bundles those tests start (tests/support/node-entries.ts). */
const nodeEntries = 'tests/support/build-node-entries.ts';
/** The initdb'd cluster each new on-disk hub copies instead of running initdb (tests/support/pglite-template.ts). */
const pgliteTemplate = 'tests/support/pglite-template.ts';

export default defineConfig({
  test: {
    maxWorkers: 2,
    // The summary names every test, as the old spec reporter did, so counts can be compared; in CI
    // a JSON report too, from which .ci/run prints its closing "N passed, N failed" line.
    reporters: process.env.CI ? ['verbose', 'json'] : ['default'],
    outputFile: { json: 'test-results.json' },
    projects: [
      {
        test: {
          ...shared,
          name: 'unit',
          include: ['tests/**/*.test.ts'],
          exclude: [...integration, ...central, ...e2e, ...electron],
          testTimeout: 30_000,
          // A few unit files start in-memory hubs (the kiosk's sync against the real hub code).
          globalSetup: [pgliteTemplate],
          // Unit files share their worker's module cache instead of loading Vitest and the code
          // afresh for each of a hundred files (a third of the CPU; they keep no global state, and
          // pass in any order: checked with --sequence.shuffle.files).
          isolate: false,
        },
      },
      { test: { ...processTests, name: 'integration', include: integration, testTimeout: 240_000, globalSetup: [nodeEntries, pgliteTemplate], isolate: false } },
      {
        test: {
          ...processTests,
          name: 'central',
          include: central,
          testTimeout: 120_000,
          globalSetup: [nodeEntries, pgliteTemplate],
          // One module cache per worker: an in-memory hub closed by one file hands its emptied
          // PGlite to the next (central/storage/recycled-pglite.ts) instead of each file starting
          // its own (about 2 s of CPU each); the project took 265 s instead of 478 s so.
          isolate: false,
        },
      },
      {
        test: {
          ...processTests,
          name: 'e2e',
          include: e2e,
          testTimeout: 240_000,
          globalSetup: ['tests/support/build-renderer.ts', nodeEntries, pgliteTemplate],
          // Files share their worker's modules, and with them one Chromium (tests/support/chromium.ts).
          isolate: false,
        },
      },
      { test: { ...processTests, name: 'electron', include: electron, testTimeout: 240_000 } },
    ],
  },
});
