// Runs every tests/**/*.test.ts file with Node's own test runner (TypeScript through tsx).
// Node 20's --test does not expand globs itself, so the files are listed here.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

function find(dir) {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return find(full);
    return name.endsWith('.test.ts') ? [full] : [];
  });
}

const filter = process.argv.slice(2);
const files = find('tests')
  .filter((f) => filter.length === 0 || filter.some((part) => f.includes(part)))
  .sort();
if (files.length === 0) {
  console.error(`no test files match ${filter.join(' ')}`);
  process.exit(1);
}
// --test-timeout: no single test, and no test file as a whole, may run longer than 4 minutes, so
// a hang (or a file whose tests ended but left a socket or timer open) fails with its name
// instead of a CI run that never ends. Not --test-force-exit: with files run as child processes
// it can drop the tail of a file's results from the report (nodejs/node#64833), so a count that
// reads as all-green could hide tests that never reported.
const result = spawnSync(
  process.execPath,
  ['--import', 'tsx', '--test', '--test-concurrency=2', '--test-timeout=240000', '--test-reporter=spec', ...files],
  // The whole run is bounded too (CI allows 90 minutes; the suite takes a few).
  { stdio: 'inherit', env: { ...process.env, KIOSK_TEST: '1' }, timeout: 40 * 60 * 1000, killSignal: 'SIGKILL' },
);
if (result.error) console.error(`tests: ${result.error.message}`);
process.exit(result.status ?? 1);
