// Prints the slowest test files of a run from Vitest's JSON report, so every CI log shows where
// the suite's time goes and a file that became slow stands out at once.
// Usage: node scripts/slowest-test-files.mjs [test-results.json] [count]
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';

const [file = 'test-results.json', countArg = '15'] = process.argv.slice(2);
const count = Number(countArg);
const report = JSON.parse(readFileSync(file, 'utf8'));

const files = report.testResults
  .map((r) => ({
    name: relative(process.cwd(), r.name),
    seconds: (r.endTime - r.startTime) / 1000,
    tests: r.assertionResults.length,
  }))
  .sort((a, b) => b.seconds - a.seconds);

const total = files.reduce((sum, f) => sum + f.seconds, 0);
const wall = (Math.max(...report.testResults.map((r) => r.endTime)) - report.startTime) / 1000;
console.log(`slowest ${Math.min(count, files.length)} of ${files.length} test files (file seconds add up to ${total.toFixed(0)} s; the run took ${wall.toFixed(0)} s on its workers):`);
for (const f of files.slice(0, count)) {
  console.log(`${f.seconds.toFixed(1).padStart(8)} s  ${String(f.tests).padStart(3)} tests  ${f.name}`);
}

// CI shows only the end of its log: name every failed test here, with the first lines of why.
const failed = report.testResults.flatMap((r) =>
  r.assertionResults
    .filter((a) => a.status === 'failed')
    .map((a) => ({ file: relative(process.cwd(), r.name), name: a.fullName, why: (a.failureMessages ?? []).join('\n') })),
);
for (const r of report.testResults) {
  // A file that failed before any test ran (an import error, a hook) has no failed test to name.
  if (r.status === 'failed' && !r.assertionResults.some((a) => a.status === 'failed')) {
    failed.push({ file: relative(process.cwd(), r.name), name: '(the file itself)', why: r.message ?? '' });
  }
}
if (failed.length > 0) {
  console.log(`failed ${failed.length}:`);
  for (const f of failed) {
    console.log(`  ${f.file} › ${f.name}`);
    for (const line of f.why.split('\n').filter((l) => l.trim() !== '').slice(0, 6)) console.log(`      ${line.slice(0, 300)}`);
  }
}

// A test that passed on its second try (CI's retry for process tests) keeps the first try's error.
const flaky = report.testResults.flatMap((r) =>
  r.assertionResults
    .filter((a) => a.status === 'passed' && (a.failureMessages ?? []).length > 0)
    .map((a) => ({ file: relative(process.cwd(), r.name), name: a.fullName, why: a.failureMessages.join('\n') })),
);
if (flaky.length > 0) {
  console.log(`passed only on a second try ${flaky.length} (a race to fix, not a pass to trust):`);
  for (const f of flaky) {
    console.log(`  ${f.file} › ${f.name}`);
    for (const line of f.why.split('\n').filter((l) => l.trim() !== '').slice(0, 3)) console.log(`      ${line.slice(0, 300)}`);
  }
}
