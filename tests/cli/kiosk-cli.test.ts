// `npm start` as a technician meets it: bad configuration stops it with the file and field named,
// a restart on the same data dir keeps the same UI address, SIGTERM shuts it down cleanly.
import { test } from 'vitest';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { startKioskProcess } from '../support/kiosk-process.ts';
import { nodeEntryArgs } from '../support/node-entries.ts';

const run = promisify(execFile);

test('an invalid config value stops start-up with the file and the field named', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'kiosk-cli-'));
  try {
    const file = join(dir, 'hall.json');
    writeFileSync(file, JSON.stringify({ session: { warningSeconds: 0 }, devices: { printer: { protocol: 'escpos', baudRate: 'fast' } } }));
    const result = await run(process.execPath, [...nodeEntryArgs('cli/kiosk.ts'), '--shell', 'none', '--config', file, '--data-dir', join(dir, 'data')]).then(
      () => assert.fail('start-up should have failed'),
      (err: { code: number; stderr: string; stdout: string }) => err,
    );
    assert.equal(result.code, 2);
    assert.match(result.stderr, new RegExp(file.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')));
    assert.match(result.stderr, /field "session\.warningSeconds"/);
    assert.match(result.stderr, /field "devices\.printer\.baudRate"/);
    assert.doesNotMatch(result.stdout, /kiosk ready/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('bad flags are refused with the usage', async () => {
  const err = await run(process.execPath, [...nodeEntryArgs('cli/kiosk.ts'), '--port', 'eighty']).then(
    () => assert.fail('should fail'),
    (e: { code: number; stderr: string }) => e,
  );
  assert.equal(err.code, 2);
  assert.match(err.stderr, /--port must be a number/);
  assert.match(err.stderr, /usage: npm start/);
});

test('a restart on the same data dir serves the same URL; SIGTERM exits 0', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'kiosk-cli-'));
  try {
    const dataDir = join(dir, 'data');
    const first = await startKioskProcess({ dataDir, args: ['--standalone'] });
    const token = new URL(first.url).searchParams.get('token');
    assert.ok(token && token.length >= 32);
    const health = await fetch(first.url);
    assert.equal(health.status, 200);
    assert.equal(await first.stop(), 0);
    const second = await startKioskProcess({ dataDir, args: ['--standalone'] });
    assert.equal(new URL(second.url).searchParams.get('token'), token);
    assert.equal(await second.stop(), 0);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
