// The admin's view: the hub started with `npm run central`, driven with kioskctl as child processes.
import { describe, test, beforeAll, afterAll } from 'vitest';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ulid } from 'ulid';
import { defaultCatalog } from '../../config/default-catalog.ts';
import { verifyDocument } from '../../shared/contract/signing.ts';
import { sendBatch, signedCall, tryEnroll, unsignedCall, type TestTerminal } from './helpers/hub.ts';
import { freePort } from './helpers/free-port.ts';
import { runKioskctl, startCentralProcess, type CentralProcess } from './helpers/processes.ts';
import type { RunningCentral } from '../../central/server.ts';

describe('central CLI and kioskctl', { timeout: 120_000 }, () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'central-cli-'));
  let central: CentralProcess;
  let token: string;
  let terminal: TestTerminal;
  const ctl = (...args: string[]) => runKioskctl(['--url', central.url, ...args], { CENTRAL_ADMIN_TOKEN: token });
  // Enough of RunningCentral for the signing helpers.
  const hub = () => ({ url: central.url }) as RunningCentral;

  beforeAll(async () => {
    central = await startCentralProcess(['--port', '0', '--data-dir', dataDir]);
  });
  afterAll(async () => {
    await central?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  test('the hub prints where its generated admin token is and keeps secrets owner-only', () => {
    assert.match(central.url, /^http:\/\/127\.0\.0\.1:\d+$/);
    const tokenFile = join(dataDir, 'admin-token');
    assert.ok(central.output().includes(`admin token: stored in ${tokenFile}`));
    token = readFileSync(tokenFile, 'utf8').trim();
    assert.ok(!central.output().includes(token), 'the token itself is never printed');
    assert.equal(statSync(tokenFile).mode & 0o777, 0o600);
    assert.equal(statSync(join(dataDir, 'central-signing-key.pem')).mode & 0o777, 0o600);
  });

  test('enroll-code makes a code a kiosk can enroll with', async () => {
    const made = await ctl('enroll-code', '--site', 'EAST-01', '--ttl', '30');
    assert.equal(made.code, 0, made.stderr);
    const code = /enrollment code: (\S+)/.exec(made.stdout)?.[1];
    assert.ok(code, made.stdout);
    assert.match(made.stdout, /for site:\s+EAST-01/);
    const enrolled = await tryEnroll(hub(), { code, siteCode: 'EAST-01', siteName: '东村服务站' });
    assert.equal(enrolled.response.status, 201);
    terminal = enrolled.terminal;
    const sync = { pending: 12, oldestPendingAgeSeconds: 600, lastSuccessAt: null, lastError: 'timeout' };
    const beat = await signedCall(hub(), terminal, 'POST', '/v1/heartbeat', { body: { at: new Date().toISOString(), softwareVersion: '0.1.0', devices: {}, sync } });
    assert.equal(beat.status, 200);
  });

  test('terminals shows the terminal online with its backlog, as a table or as JSON', async () => {
    const [table, json] = await Promise.all([ctl('terminals'), ctl('terminals', '--json')]);
    assert.equal(table.code, 0, table.stderr);
    const line = table.stdout.split('\n').find((l) => l.startsWith(terminal.terminalId));
    assert.ok(line, table.stdout);
    assert.match(line, /EAST-01\s+东村服务站\s+online\s+\d+s ago\s+12\s+600s\s+never\s+0\.1\.0\s+healthy\s+timeout/);
    const [row] = JSON.parse(json.stdout);
    assert.equal(row.terminalId, terminal.terminalId);
    assert.equal(row.sync.pending, 12);
  });

  test('publish signs a catalog file; a bad file is refused naming the field', async () => {
    const good = join(dataDir, 'catalog.json');
    const bad = join(dataDir, 'bad.json');
    writeFileSync(good, JSON.stringify(defaultCatalog));
    writeFileSync(bad, JSON.stringify({ ...defaultCatalog, services: [] }));
    const [published, refused] = await Promise.all([ctl('publish', 'catalog', good), ctl('publish', 'catalog', bad)]);
    assert.equal(published.code, 0, published.stderr);
    assert.match(published.stdout, /published catalog version 1/);
    assert.equal(refused.code, 1);
    assert.match(refused.stderr, /body\.services/);
    const pulled = await signedCall(hub(), terminal, 'GET', '/v1/documents/catalog');
    assert.equal(verifyDocument(terminal.centralPublicKey, pulled.json), true);
    assert.deepEqual(pulled.json.document.body, defaultCatalog);
  });

  test('publish warns, per language, of the fields residents will see in Chinese, and publishes all the same', async () => {
    const file = join(dataDir, 'catalog-no-ug-name.json');
    const catalog = structuredClone(defaultCatalog);
    delete catalog.services[2]!.i18n!.ug!.name;
    delete catalog.services[2]!.applicationItems![0]!.form[5]!.i18n!.ug;
    writeFileSync(file, JSON.stringify(catalog));
    const published = await ctl('publish', 'catalog', file);
    assert.equal(published.code, 0, published.stderr);
    assert.match(published.stdout, /published catalog version \d+/);
    const warnings = published.stdout.split('\n').filter((l) => l.startsWith('warning:'));
    assert.deepEqual(warnings, [
      'warning: ug: 2 fields without a translation: services[2].name, services[2].applicationItems[0].form[5].label',
    ]);
    // The default catalog lacks nothing: no warning at all.
    const complete = join(dataDir, 'catalog-complete.json');
    writeFileSync(complete, JSON.stringify(defaultCatalog));
    const clean = await ctl('publish', 'catalog', complete);
    assert.equal(clean.code, 0, clean.stderr);
    assert.doesNotMatch(clean.stdout, /warning/);
  });

  test('transactions prints the terminal transactions as JSON', async () => {
    const items = [0, 1].map((seq) => ({ id: ulid(), sessionId: 's1', seq, kind: 'info-print', occurredAt: new Date().toISOString(), payload: { score: 4 + seq } }));
    await sendBatch(hub(), terminal, items);
    const listed = await ctl('transactions', terminal.terminalId);
    assert.equal(listed.code, 0, listed.stderr);
    const rows = JSON.parse(listed.stdout);
    assert.deepEqual(rows.map((r: { id: string; payload: unknown }) => [r.id, r.payload]), items.map((i) => [i.id, i.payload]));
  });

  test('command waits for the terminal to answer and saves what it uploaded; commands lists it', async () => {
    const out = join(dataDir, 'logs.json');
    const asked = ctl('command', terminal.terminalId, 'collect-logs', '--wait', '60', '--out', out);
    // The terminal's side, as a kiosk does it: heartbeat, find the command, answer it.
    let commandId: string | undefined;
    for (let i = 0; i < 100 && !commandId; i++) {
      const beat = await signedCall(hub(), terminal, 'POST', '/v1/heartbeat', {
        body: { at: new Date().toISOString(), softwareVersion: '0.1.0', devices: {}, sync: { pending: 0, oldestPendingAgeSeconds: null, lastSuccessAt: null, lastError: null } },
      });
      commandId = beat.json.commands[0]?.envelope.id;
      if (!commandId) await new Promise((r) => setTimeout(r, 200));
    }
    assert.ok(commandId, 'the command reached the terminal in a heartbeat answer');
    const bundle = { kind: 'kiosk-log-bundle', audit: [] };
    await signedCall(hub(), terminal, 'POST', `/v1/commands/${commandId}/result`, {
      body: { status: 'done', detail: 'log bundle attached', attachment: { contentType: 'application/json', base64: Buffer.from(JSON.stringify(bundle)).toString('base64') } },
    });
    const result = await asked;
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stdout, /done: log bundle attached/);
    assert.deepEqual(JSON.parse(readFileSync(out, 'utf8')), bundle);
    assert.equal(statSync(out).mode & 0o777, 0o600);
    const listed = await ctl('commands', terminal.terminalId);
    assert.match(listed.stdout, new RegExp(`${commandId}\\s+collect-logs\\s+done`));
  });

  test('log-bundles lists what a technician sent from the terminal, and log-bundle saves one', async () => {
    const bundle = { kind: 'kiosk-log-bundle', audit: [{ event: 'technician-entered' }] };
    const sent = await signedCall(hub(), terminal, 'POST', '/v1/log-bundles', { body: { bundle } });
    assert.equal(sent.status, 201);
    const listed = await ctl('log-bundles', terminal.terminalId);
    assert.equal(listed.code, 0, listed.stderr);
    assert.match(listed.stdout, new RegExp(`^${sent.json.id}\\s+\\S+\\s+\\d+ bytes`, 'm'));
    const out = join(dataDir, 'bundle.json');
    const saved = await ctl('log-bundle', sent.json.id, '--out', out);
    assert.equal(saved.code, 0, saved.stderr);
    assert.deepEqual(JSON.parse(readFileSync(out, 'utf8')), bundle);
  });

  test('a screenshot without a reason, or a volume out of range, is refused before anything is sent', async () => {
    const [noReason, loud] = await Promise.all([ctl('command', terminal.terminalId, 'screenshot'), ctl('command', terminal.terminalId, 'set-volume', '140')]);
    assert.equal(noReason.code, 2);
    assert.match(noReason.stderr, /screenshot needs --reason/);
    assert.equal(loud.code, 2);
    assert.match(loud.stderr, /0 to 100, not "140"/);
    const listed = await ctl('commands', terminal.terminalId, '--json');
    assert.equal(JSON.parse(listed.stdout).length, 1, 'only the collect-logs of the test before');
  });

  test('a wrong token, an unreachable hub and a bad command each get a clear message', async () => {
    const closedPort = await freePort();
    const [wrong, unreachable, unknown] = await Promise.all([
      runKioskctl(['--url', central.url, '--token', 'not-the-token-at-all', 'terminals']),
      runKioskctl(['--url', `http://127.0.0.1:${closedPort}`, '--token', token, 'terminals']),
      ctl('frobnicate'),
    ]);
    assert.equal(wrong.code, 1);
    assert.match(wrong.stderr, /refused the admin token/);
    assert.equal(unreachable.code, 1);
    assert.ok(unreachable.stderr.includes(`cannot reach central at http://127.0.0.1:${closedPort} (ECONNREFUSED)`), unreachable.stderr);
    assert.equal(unknown.code, 2);
    assert.match(unknown.stderr, /unknown command "frobnicate"/);
  });

  test('SIGTERM closes cleanly, and a restart keeps terminals, documents and the signing key', async () => {
    // The catalog's version as the tests before left it (publishing counts up).
    const before = await signedCall(hub(), terminal, 'GET', '/v1/documents/catalog');
    const version = before.json.document.version as number;
    assert.equal(await central.stop(), 0);
    central = await startCentralProcess(['--port', '0', '--data-dir', dataDir]);
    const pulled = await signedCall(hub(), terminal, 'GET', '/v1/documents/catalog', { headers: { 'if-none-match': `"catalog-${version}"` } });
    assert.equal(pulled.status, 304, `the terminal is still enrolled and the catalog still at version ${version}`);
    const health = await unsignedCall(hub(), 'GET', '/v1/health');
    assert.equal(health.status, 200);
    const again = await signedCall(hub(), terminal, 'GET', '/v1/documents/catalog');
    assert.equal(verifyDocument(terminal.centralPublicKey, again.json), true, 'signed by the same key as before the restart');
  });
});
