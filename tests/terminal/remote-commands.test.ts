// The kiosk's side of remote commands: what runs, what is refused and what is never run, against
// the real store. A forged, misaddressed or replayed command must never reach the kiosk's controls.
import { describe, test, beforeEach, afterEach } from 'vitest';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ulid } from 'ulid';
import { generateSigningKeyPair, signCommand } from '../../shared/contract/signing.ts';
import type { CommandRequest, SignedCommand } from '../../shared/contract/schemas.ts';
import { createCommandRunner, type CommandHandlers } from '../../terminal/commands/command-runner.ts';
import type { CentralClient } from '../../terminal/sync/central-client.ts';
import { openStore, type Db } from '../../terminal/store/open-store.ts';
import { recentAudit } from '../../terminal/store/audit-log.ts';

const central = generateSigningKeyPair();
const terminalId = `T${ulid()}`;

function command(body: CommandRequest, opts: { to?: string; expiresInMs?: number; key?: typeof central } = {}): SignedCommand {
  const now = Date.now();
  return signCommand((opts.key ?? central).privateKey, {
    id: ulid(),
    terminalId: opts.to ?? terminalId,
    issuedAt: new Date(now).toISOString(),
    expiresAt: new Date(now + (opts.expiresInMs ?? 60_000)).toISOString(),
    command: body,
  });
}

describe('remote commands on the kiosk', () => {
  let dir: string;
  let db: Db;
  let posted: { path: string; body: { status: string; detail: string; attachment?: { contentType: string; base64: string } } }[];
  let hubDown: boolean;
  let outOfService: (string | null)[];
  let restarts: number;
  let restartOffered: boolean;

  const client: CentralClient = {
    async request(_method, path, body) {
      if (hubDown) return { status: 503, headers: new Headers(), text: '', json: undefined };
      posted.push({ path, body: body as (typeof posted)[number]['body'] });
      return { status: 200, headers: new Headers(), text: '{"recorded":true}', json: { recorded: true } };
    },
  };
  const runner = () =>
    createCommandRunner({
      db,
      client,
      terminalId,
      centralPublicKey: central.publicKey,
      now: () => new Date(),
      defaultOutOfServiceMessage: '本机暂停服务',
      handlers: (): CommandHandlers => ({
        setOutOfService: (message) => outOfService.push(message),
        setVolume: () => undefined,
        reloadUi: () => undefined,
        collectLogs: async () => ({ contentType: 'application/json', base64: Buffer.from('{}').toString('base64') }),
        restart: restartOffered ? () => void restarts++ : null,
        screenshot: null,
      }),
    });

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'kiosk-commands-'));
    db = openStore(dir);
    posted = [];
    hubDown = false;
    outOfService = [];
    restarts = 0;
    restartOffered = true;
  });
  afterEach(() => {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  });

  test('a signed command runs once and its result reaches central; delivered again, it does not run again', async () => {
    const closed = command({ type: 'out-of-service', on: true, message: '请到3号窗口' });
    await runner().receive([closed]);
    assert.deepEqual(outOfService, ['请到3号窗口']);
    assert.deepEqual(posted.map((p) => [p.path, p.body.status]), [[`/v1/commands/${closed.envelope.id}/result`, 'done']]);
    // Central had not heard back, or someone replays the answer: same id, not run again.
    await runner().receive([closed, closed]);
    assert.deepEqual(outOfService, ['请到3号窗口']);
    assert.equal(posted.length, 1, 'a result central has is not sent again');
  });

  test('a command signed by another key is neither run nor answered, and is written to the audit log', async () => {
    const forged = command({ type: 'restart' }, { key: generateSigningKeyPair() });
    await runner().receive([forged]);
    assert.equal(restarts, 0);
    assert.deepEqual(posted, []);
    assert.match(recentAudit(db)[0]!.detail, /not signed by the pinned central key/);
    // Nor does the forgery burn the id: central's genuine command with that id still runs.
    const genuine = signCommand(central.privateKey, forged.envelope);
    await runner().receive([genuine]);
    assert.equal(restarts, 1);
  });

  test('a command whose envelope was changed after signing is not run', async () => {
    const signed = command({ type: 'set-volume', percent: 10 });
    const tampered = { ...signed, envelope: { ...signed.envelope, command: { type: 'out-of-service' as const, on: true } } };
    await runner().receive([tampered]);
    assert.deepEqual(outOfService, []);
    assert.deepEqual(posted, []);
  });

  test("central's command for another terminal is not run here", async () => {
    await runner().receive([command({ type: 'out-of-service', on: true }, { to: `T${ulid()}` })]);
    assert.deepEqual(outOfService, []);
    assert.deepEqual(posted, []);
    assert.match(recentAudit(db)[0]!.detail, /addressed to terminal T/);
  });

  test('an expired command is refused with the reason, not run', async () => {
    const late = command({ type: 'out-of-service', on: true }, { expiresInMs: -1000 });
    await runner().receive([late]);
    assert.deepEqual(outOfService, []);
    assert.equal(posted[0]?.body.status, 'refused');
    assert.match(posted[0]!.body.detail, /expired/);
  });

  test('a restart is answered before it happens; without a supervisor it is refused as failed, not done', async () => {
    restartOffered = false;
    await runner().receive([command({ type: 'restart' })]);
    assert.equal(posted[0]?.body.status, 'failed');
    assert.match(posted[0]!.body.detail, /supervisor/);
    restartOffered = true;
    const restart = command({ type: 'restart' });
    await runner().receive([restart]);
    assert.equal(restarts, 1);
    assert.equal(posted[1]?.body.status, 'done');
    // The kiosk that comes back is handed the same command until central saw the answer: not again.
    await runner().receive([restart]);
    assert.equal(restarts, 1);
  });

  test('a result central could not take is sent again later, after a restart too', async () => {
    hubDown = true;
    const logs = command({ type: 'collect-logs' });
    await assert.rejects(runner().receive([logs]), /HTTP 503/);
    assert.equal(posted.length, 0);
    hubDown = false;
    await runner().report(); // a new runner, as after a restart: the stored result goes
    assert.equal(posted.length, 1);
    assert.equal(posted[0]!.body.attachment?.contentType, 'application/json');
    await runner().report();
    assert.equal(posted.length, 1);
  });

  test('one malformed command does not stop the others in the same answer', async () => {
    const good = command({ type: 'out-of-service', on: false });
    await runner().receive([{ envelope: { id: 'nonsense' }, signature: 'x' }, good]);
    assert.deepEqual(outOfService, [null]);
    assert.equal(posted.length, 1);
  });
});
