// `kioskctl holidays` and `kioskctl accounts` as a county admin uses them against a running hub
// with the admin token: the 2026 holiday file loads and lists; a bad file is named by its line
// before anything is sent.
import { describe, test, beforeAll, afterAll } from 'vitest';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runKioskctl, startCentralProcess, type CentralProcess } from './helpers/processes.ts';

const sample = fileURLToPath(new URL('../../central/samples/holidays-2026.csv', import.meta.url));

describe('kioskctl holidays and accounts', { timeout: 120_000 }, () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'central-holidays-cli-'));
  let central: CentralProcess;
  let token: string;
  const ctl = (...args: string[]) => runKioskctl(['--url', central.url, ...args], { CENTRAL_ADMIN_TOKEN: token });

  beforeAll(async () => {
    central = await startCentralProcess(['--port', '0', '--data-dir', dataDir]);
    token = readFileSync(join(dataDir, 'admin-token'), 'utf8').trim();
  });
  afterAll(async () => {
    await central?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  test('holidays load takes the 2026 national file, and holidays list shows it', async () => {
    const loaded = await ctl('holidays', 'load', sample);
    assert.equal(loaded.code, 0, loaded.stderr);
    assert.match(loaded.stdout, /loaded 2026: 33 days off, 6 adjusted working days/);
    const listed = await ctl('holidays', 'list', '--year', '2026');
    assert.equal(listed.code, 0, listed.stderr);
    assert.match(listed.stdout, /2026-02-14 {2}班 {2}春节调休/);
    assert.match(listed.stdout, /2026-10-07 {2}休 {2}国庆节/);
    assert.equal(listed.stdout.trim().split('\n').length, 39);
  });

  test('a bad holiday file is named by its line and nothing is loaded', async () => {
    const bad = join(dataDir, 'holidays-2027.csv');
    writeFileSync(bad, '2027-01-01,休,元旦\n2027-01-04,班,元旦调休\n');
    const refused = await ctl('holidays', 'load', bad);
    assert.equal(refused.code, 2);
    assert.match(refused.stderr, /holidays-2027\.csv, line 2: 2027-01-04 is a weekday: only a Saturday or Sunday can be an adjusted working day \(班\) \("2027-01-04,班,元旦调休"\); nothing was loaded/);
    assert.match((await ctl('holidays', 'list', '--year', '2027')).stdout, /no holiday calendar is loaded/);
  });
});
