// `kioskctl holidays` and `kioskctl accounts` as a county admin uses them against a running hub
// with the admin token: the 2026 holiday file loads and lists; a bad file is named by its line
// before anything is sent; accounts are created (with a printed temporary password that works
// once, for the password change), listed, disabled, enabled and reset.
import { describe, test, beforeAll, afterAll } from 'vitest';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runKioskctl } from './helpers/processes.ts';
import { hubFactory, type HubUnderTest } from './helpers/hub.ts';
import { logIn } from './helpers/console-session.ts';

const sample = fileURLToPath(new URL('../../central/samples/holidays-2026.csv', import.meta.url));

describe('kioskctl holidays and accounts', { timeout: 120_000 }, () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'central-holidays-cli-'));
  let central: HubUnderTest;
  const ctl = (...args: string[]) => runKioskctl(['--url', central.url, ...args], { CENTRAL_ADMIN_TOKEN: central.adminToken });

  beforeAll(async () => {
    central = await hubFactory(() => null)();
  });
  afterAll(async () => {
    await central?.close();
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

  test('accounts create prints a temporary password that logs in only to change it; list shows role, scope and state', async () => {
    const created = await ctl('accounts', 'create', 'li.clerk', '--role', 'clerk', '--sites', 'EAST,WEST', '--name', '李文书');
    assert.equal(created.code, 0, created.stderr);
    assert.match(created.stdout, /created li\.clerk \(clerk, sites EAST,WEST\)/);
    const temporary = /temporary password: (\S+)/.exec(created.stdout)?.[1];
    assert.ok(temporary && temporary.length >= 10, created.stdout);
    const first = await logIn(central, 'li.clerk', temporary);
    assert.equal(first.login.status, 200);
    assert.equal(first.login.json.mustChangePassword, true);
    const listed = await ctl('accounts', 'list');
    assert.equal(listed.code, 0, listed.stderr);
    assert.match(listed.stdout, /^admin\s+管理员\s+admin\s+county\s+active$/m);
    assert.match(listed.stdout, /^li\.clerk\s+李文书\s+clerk\s+sites EAST,WEST\s+must change password$/m);
    const json = JSON.parse((await ctl('accounts', 'list', '--json')).stdout);
    assert.deepEqual(json.find((a: { username: string }) => a.username === 'li.clerk').sites, ['EAST', 'WEST']);
    assert.doesNotMatch(listed.stdout + JSON.stringify(json), new RegExp(temporary), 'a password is shown once, at creation');
  });

  test('accounts reset, disable and enable act on the account; bad words are named', async () => {
    const reset = await ctl('accounts', 'reset', 'li.clerk', '--password', 'reset-by-admin-7');
    assert.equal(reset.code, 0, reset.stderr);
    assert.match(reset.stdout, /li\.clerk: password reset, its sessions ended/);
    assert.doesNotMatch(reset.stdout, /temporary password/, 'the admin chose it');
    const again = await logIn(central, 'li.clerk', 'reset-by-admin-7');
    assert.equal(again.login.status, 200);
    assert.equal(again.login.json.mustChangePassword, true);
    const disabled = await ctl('accounts', 'disable', 'li.clerk');
    assert.equal(disabled.code, 0, disabled.stderr);
    assert.match(disabled.stdout, /li\.clerk: disabled \d{4}-\d{2}-\d{2} \d{2}:\d{2}/);
    assert.equal((await logIn(central, 'li.clerk', 'reset-by-admin-7')).login.json.error, 'account-disabled');
    const enabled = await ctl('accounts', 'enable', 'li.clerk');
    assert.equal(enabled.code, 0, enabled.stderr);
    assert.match(enabled.stdout, /li\.clerk: must change password/);
    assert.equal((await logIn(central, 'li.clerk', 'reset-by-admin-7')).login.status, 200);
    const badRole = await ctl('accounts', 'create', 'wang.boss', '--role', 'boss');
    assert.equal(badRole.code, 2);
    assert.match(badRole.stderr, /--role, one of admin, supervisor, clerk, auditor, not "boss"/);
    const twice = await ctl('accounts', 'create', 'li.clerk', '--role', 'clerk', '--sites', 'EAST');
    assert.equal(twice.code, 1);
    assert.match(twice.stderr, /account-exists/);
    const unknown = await ctl('accounts', 'disable', 'no.such.user');
    assert.equal(unknown.code, 1);
    assert.match(unknown.stderr, /unknown-account/);
  });
});
