// Backups of the hub (issue 27): a hall's PGlite hub copied while it serves (kioskctl backup) and a
// county's PostgreSQL with pg_dump / pg_restore. Restored, the hub knows its terminals, signs with
// the same key, and a kiosk's batch sent again after the restore is still counted once.
import { afterAll, describe, test } from 'vitest';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { randomBytes } from 'node:crypto';
import { startCentral, type RunningCentral, type StartCentralOptions } from '../../central/server.ts';
import { ADMIN_TOKEN_FILE, SIGNING_KEY_FILE } from '../../central/secrets.ts';
import { VOTER_KEY_FILE } from '../../central/routes/public-matters/voter-key.ts';
import { restorePgliteBackup } from '../../central/storage/pglite-restore.ts';
import { generateSigningKeyPair } from '../../shared/contract/signing.ts';
import { adminCall, enrollTerminal, sendBatch, type TestTerminal } from './helpers/hub.ts';
import { postgresUnavailableReason, startPostgres, type PostgresServer } from './helpers/postgres.ts';
import { applicationItem, caseNumberOf, queueTicketItem } from './suites/case-items.ts';

const run = promisify(execFile);
const scratch = mkdtempSync(join(tmpdir(), 'hub-backup-'));
const open: RunningCentral[] = [];
afterAll(async () => {
  await Promise.all(open.map((hub) => hub.close()));
});

async function started(options: Omit<StartCentralOptions, 'port'>): Promise<RunningCentral> {
  const hub = await startCentral({ port: 0, logLevel: 'silent', ...options });
  open.push(hub);
  return hub;
}

const storedIds = async (hub: RunningCentral, terminal: TestTerminal) =>
  ((await adminCall(hub, 'GET', `/v1/admin/terminals/${terminal.terminalId}/transactions?limit=500`)).json as { id: string }[]).map((t) => t.id).sort();

/** A kiosk's morning: tickets and one application (a case, with its pseudonym). */
const morning = (terminal: TestTerminal) => [queueTicketItem('A001', 'EAST'), queueTicketItem('A002', 'EAST'), applicationItem(caseNumberOf(terminal.terminalNumber, 1))];

test('a hall\'s hub: backed up while serving, restored into a new data dir, the kiosk\'s batch sent again is counted once', async () => {
  const oldDir = join(scratch, 'hall-old');
  const hub = await started({ dataDir: oldDir });
  const terminal = await enrollTerminal(hub, 'EAST');
  const before = morning(terminal);
  assert.equal((await sendBatch(hub, terminal, before)).status, 200);

  const response = await fetch(`${hub.url}/v1/admin/backup`, { headers: { authorization: `Bearer ${hub.adminToken}` } });
  assert.equal(response.status, 200);
  assert.equal(response.headers.get('content-type'), 'application/gzip');
  assert.match(response.headers.get('content-disposition') ?? '', /attachment; filename="hub-backup-\d{8}T\d{6}Z\.tar\.gz"/);
  const backup = join(scratch, 'hall.tar.gz');
  writeFileSync(backup, Buffer.from(await response.arrayBuffer()));
  const audit = (await adminCall(hub, 'GET', '/v1/workbench/audit?action=backup')).json as { entries: { action: string; viaToken: boolean }[] };
  assert.deepEqual(audit.entries.map((e) => e.action), ['backup.take'], 'who took a copy of every resident\'s data is on record');
  const publicKey = hub.publicKey;
  await hub.close();

  const newDir = join(scratch, 'hall-new');
  await restorePgliteBackup(backup, join(newDir, 'pglite'));
  // The key files never enter the database: a hall keeps them once, beside its backups.
  for (const file of [SIGNING_KEY_FILE, VOTER_KEY_FILE, ADMIN_TOKEN_FILE]) copyFileSync(join(oldDir, file), join(newDir, file));
  const restored = await started({ dataDir: newDir });
  assert.equal(restored.publicKey, publicKey, 'kiosks still trust what it signs');
  const again = await sendBatch(restored, terminal, before);
  assert.equal(again.status, 200, 'the terminal is still known: its signed batch is taken');
  assert.deepEqual([again.json.accepted, again.json.duplicates.sort()], [[], before.map((i) => i.id).sort()], 'each known to the restored hub');
  assert.deepEqual(await storedIds(restored, terminal), before.map((i) => i.id).sort(), 'nothing counted twice');
  const next = [queueTicketItem('A003', 'EAST')];
  assert.equal((await sendBatch(restored, terminal, next)).status, 200);
  assert.equal((await storedIds(restored, terminal)).length, 4);
});

test('a restore never lands on an existing database, and a file that is not a backup is refused with nothing left behind', async () => {
  const taken = join(scratch, 'taken');
  mkdirSync(taken, { recursive: true });
  writeFileSync(join(taken, 'PG_VERSION'), '17\n');
  await assert.rejects(restorePgliteBackup(join(scratch, 'hall.tar.gz'), taken), /is not empty: restore into a new --data-dir/);
  const garbage = join(scratch, 'garbage.tar.gz');
  writeFileSync(garbage, randomBytes(4096));
  const target = join(scratch, 'from-garbage', 'pglite');
  await assert.rejects(restorePgliteBackup(garbage, target), /is not a hub backup/);
  assert.equal(existsSync(target), false, 'no half-restored database for the next start to open');
  // A real gzip of something that is not a data dir gets as far as PGlite, and is refused there too.
  const notADataDir = join(scratch, 'not-a-data-dir.tar.gz');
  writeFileSync(notADataDir, gzipSync(randomBytes(4096)));
  await assert.rejects(restorePgliteBackup(notADataDir, target), /is not a hub backup/);
  assert.equal(existsSync(target), false);
});

const unavailable = postgresUnavailableReason();
if (unavailable) {
  test('a county\'s hub on PostgreSQL: pg_dump and pg_restore', (ctx) => ctx.skip(unavailable));
} else
  describe('a county\'s hub on PostgreSQL', () => {
    let server: PostgresServer | null = null;
    afterAll(async () => {
      await Promise.all(open.splice(0).map((hub) => hub.close()));
      await server?.stop();
    });

    test('pg_dump of the live database, pg_restore into a new one: same key, the batch sent again counted once; the hub itself refuses to dump', async () => {
      server = await startPostgres();
      const secrets = { signingKey: generateSigningKeyPair(), pseudonymKey: randomBytes(32) };
      const first = await server.createDatabase('county');
      const hub = await started({ databaseUrl: first, secrets });
      const terminal = await enrollTerminal(hub, 'EAST');
      const before = morning(terminal);
      assert.equal((await sendBatch(hub, terminal, before)).status, 200);
      const refused = await adminCall(hub, 'GET', '/v1/admin/backup');
      assert.equal(refused.status, 409);
      assert.equal(refused.json.error, 'backup-with-pg-dump');

      // The README's commands: a custom-format dump while the hub serves, restored into an empty database.
      const dump = join(scratch, 'county.dump');
      await run('pg_dump', ['--format=custom', '--no-owner', `--file=${dump}`, first], { timeout: 60_000 });
      const second = await server.createDatabase('county_restored');
      await run('pg_restore', ['--no-owner', '--exit-on-error', `--dbname=${second}`, dump], { timeout: 60_000 });

      const restored = await started({ databaseUrl: second, secrets });
      assert.equal(restored.publicKey, hub.publicKey);
      const again = await sendBatch(restored, terminal, before);
      assert.deepEqual([again.status, again.json.duplicates.length], [200, before.length]);
      assert.deepEqual(await storedIds(restored, terminal), before.map((i) => i.id).sort(), 'nothing counted twice');
    });
  });
