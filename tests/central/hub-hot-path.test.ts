// The hub's hot path after issue 27 (one statement per heartbeat, ratings applied together per
// batch, terminal keys remembered per process) answers exactly as before: on PGlite, and with two
// hub processes on one PostgreSQL, where what one process remembers must not hide what the other
// changed (a re-enrollment, a command, a rollout), and where requests racing through both (one
// batch twice, one command answered twice) still take effect once.
import { describe, test, beforeAll, afterAll } from 'vitest';
import assert from 'node:assert/strict';
import { createPublicKey, generateKeyPairSync, randomBytes } from 'node:crypto';
import { generateSigningKeyPair } from '../../shared/contract/signing.ts';
import { startCentral, type RunningCentral } from '../../central/server.ts';
import { publicKeyToBase64 } from '../../shared/contract/signing.ts';
import { sha256HexOf, signManifest } from '../../shared/contract/releases.ts';
import { adminCall, enrollTerminal, hubFactory, newKeyPair, sendBatch, signedCall, type HubUnderTest, type TestTerminal } from './helpers/hub.ts';
import { postgresUnavailableReason, startPostgres, type PostgresServer } from './helpers/postgres.ts';
import { applicationItem, caseNumberOf, demandItem, queueTicketItem, ratingItem, RESIDENT } from './suites/case-items.ts';

const beat = () => ({
  at: new Date().toISOString(),
  softwareVersion: '0.1.0',
  devices: {},
  sync: { pending: 0, oldestPendingAgeSeconds: null, lastSuccessAt: null, lastError: null },
  screen: { lastFrameAgeSeconds: 1, uptimeSeconds: 30 },
  alerts: [],
  freeDiskBytes: 10 * 1024 ** 3,
});

const heartbeat = (hub: RunningCentral, terminal: TestTerminal) => signedCall(hub, terminal, 'POST', '/v1/heartbeat', { body: beat() });
const send = (hub: RunningCentral, terminal: TestTerminal, ...items: unknown[]) => sendBatch(hub, terminal, items);

describe('hot path on PGlite', () => {
  let hub: HubUnderTest;
  let terminal: TestTerminal; // terminal number 1
  beforeAll(async () => {
    hub = await hubFactory(() => null)();
    terminal = await enrollTerminal(hub, 'EAST');
  });
  afterAll(() => hub?.close());

  const ratings = async () => (await adminCall(hub, 'GET', '/v1/admin/ratings')).json as { level: number; item: string; itemKind: string }[];

  test('one batch rating one ticket twice: both delivered, the first rating counts', async () => {
    const ticket = queueTicketItem('B007', 'EAST');
    const first = ratingItem({ type: 'transaction', transactionId: ticket.id }, 5);
    const again = ratingItem({ type: 'transaction', transactionId: ticket.id }, 3);
    const before = (await ratings()).length;
    const answer = await send(hub, terminal, ticket, first, again);
    assert.deepEqual(answer.json, { accepted: [ticket.id, first.id, again.id], duplicates: [] });
    const after = await ratings();
    assert.equal(after.length, before + 1);
    assert.deepEqual(after.filter((r) => r.item === 'B007').map((r) => r.level), [5]);
  });

  test('a rating of a case made earlier in the same batch rates that case', async () => {
    const caseNumber = caseNumberOf(1, 7);
    const application = applicationItem(caseNumber);
    const rating = ratingItem({ type: 'case', caseNumber }, 4);
    assert.deepEqual((await send(hub, terminal, application, rating)).json, { accepted: [application.id, rating.id], duplicates: [] });
    const rated = (await ratings()).find((r) => r.item.startsWith(caseNumber));
    assert.equal(rated?.itemKind, 'application');
    assert.equal(rated?.level, 4);
  });

  test('a rating of an unknown case amid others refuses the batch naming that item, and stores nothing of it', async () => {
    const ticket = queueTicketItem('C001', 'EAST');
    const good = ratingItem({ type: 'transaction', transactionId: ticket.id }, 5);
    const unknown = ratingItem({ type: 'case', caseNumber: caseNumberOf(1, 99) }, 4);
    const later = ratingItem({ type: 'transaction', transactionId: ticket.id }, 4);
    const before = (await ratings()).length;
    const refused = await send(hub, terminal, ticket, good, unknown, later);
    assert.equal(refused.status, 422);
    assert.equal(refused.json.issues[0].path, 'items.2.payload.data.target.caseNumber');
    assert.equal((await ratings()).length, before);
    assert.deepEqual((await send(hub, terminal, ticket, good)).json, { accepted: [ticket.id, good.id], duplicates: [] }, 'nothing of the refused batch was kept');
  });

  test('cases in one batch: one number twice refuses the second; the first failing item in order is named', async () => {
    const number = caseNumberOf(1, 20);
    const twice = await send(hub, terminal, applicationItem(caseNumberOf(1, 21)), applicationItem(number), demandItem(number));
    assert.equal(twice.status, 422);
    assert.equal(twice.json.error, 'case-number-taken');
    assert.equal(twice.json.issues[0].path, 'items.2.payload.data.caseNumber');
    const taken = caseNumberOf(1, 7); // made by an earlier test
    const both = await send(hub, terminal, demandItem(caseNumberOf(1, 22)), applicationItem(taken), applicationItem(caseNumberOf(2, 1)));
    assert.equal(both.json.error, 'case-number-taken', 'the taken number (item 1) comes before the foreign one (item 2)');
    assert.equal(both.json.issues[0].path, 'items.1.payload.data.caseNumber');
    const cases = (await adminCall(hub, 'GET', '/v1/admin/cases')).json as { caseNumber: string }[];
    assert.deepEqual(cases.filter((c) => [number, caseNumberOf(1, 21), caseNumberOf(1, 22)].includes(c.caseNumber)), [], 'nothing of refused batches is kept');
    const many = [20, 21, 22, 23].map((n, i) => (i % 2 ? demandItem(caseNumberOf(1, n)) : applicationItem(caseNumberOf(1, n))));
    assert.equal((await send(hub, terminal, ...many)).json.accepted.length, 4);
    for (const n of [20, 21, 22, 23]) {
      const one = await adminCall(hub, 'GET', `/v1/admin/cases/${caseNumberOf(1, n)}`);
      assert.deepEqual(one.json.steps.map((s: { status: string }) => s.status), ['已接件']);
    }
  });

  test('a terminal replaced after its key was remembered is refused as replaced, well signed or not', async () => {
    const old = await enrollTerminal(hub, 'EAST');
    assert.equal((await heartbeat(hub, old)).status, 200);
    await enrollTerminal(hub, { replaces: old });
    const signed = await heartbeat(hub, old);
    assert.equal(signed.status, 401);
    assert.equal(signed.json.error, 'terminal-replaced');
    const forged = await signedCall(hub, old, 'POST', '/v1/heartbeat', { body: beat(), signWith: newKeyPair().privateKey });
    assert.equal(forged.json.error, 'terminal-replaced');
  });
});

const unavailable = postgresUnavailableReason();
if (unavailable) {
  test('two hub processes on one PostgreSQL', (ctx) => ctx.skip(unavailable));
} else
  describe('two hub processes on one PostgreSQL', () => {
    let server: PostgresServer | null = null;
    let a: RunningCentral;
    let b: RunningCentral;
    const releaseKey = generateKeyPairSync('ed25519').privateKey;
    beforeAll(async () => {
      server = await startPostgres();
      const databaseUrl = await server.createDatabase('hot_path_two_hubs');
      // The county's shared secrets (CENTRAL_SIGNING_KEY, CENTRAL_PSEUDONYM_KEY): one key, one pseudonym space.
      const secrets = { signingKey: generateSigningKeyPair(), pseudonymKey: randomBytes(32) };
      const options = { port: 0, databaseUrl, logLevel: 'silent' as const, adminToken: 'two-hubs-admin-token-0123456789', releasePublicKey: publicKeyToBase64(createPublicKey(releaseKey)), secrets };
      a = await startCentral(options);
      b = await startCentral(options);
    });
    afterAll(async () => {
      await a?.close();
      await b?.close();
      await server?.stop();
    });

    test('with the shared secrets both processes sign with one key and find a resident\'s cases whichever filed them', async () => {
      assert.equal(a.publicKey, b.publicKey, 'kiosks trust one key, whichever process signed a document');
      const terminal = await enrollTerminal(a, 'KEYS');
      const filed = caseNumberOf(terminal.terminalNumber, 1);
      assert.equal((await send(a, terminal, applicationItem(filed))).status, 200);
      const found = await signedCall(b, terminal, 'POST', '/v1/cases/lookup', { body: { by: 'resident', idNumber: RESIDENT, markSeen: false } });
      assert.equal(found.status, 200);
      assert.deepEqual(found.json.cases.map((c: { caseNumber: string }) => c.caseNumber), [filed], 'the pseudonym made by A is the one B makes');
    });

    test('wrong 查询码 are counted across both processes: five through either, and the right code waits at both', async () => {
      const terminal = await enrollTerminal(a, 'GUESS');
      const anonymous = caseNumberOf(terminal.terminalNumber, 1);
      assert.equal((await send(a, terminal, demandItem(anonymous, { anonymous: true, queryCode: '11112222' }))).status, 200);
      const lookup = (hub: RunningCentral, queryCode: string) => signedCall(hub, terminal, 'POST', '/v1/cases/lookup', { body: { by: 'number', caseNumber: anonymous, queryCode } });
      for (let i = 0; i < 5; i++) assert.equal((await lookup(i % 2 === 0 ? a : b, `0000000${i}`)).json.error, 'wrong-query-code');
      for (const hub of [a, b]) {
        const blocked = await lookup(hub, '11112222');
        assert.equal(blocked.status, 429, 'a sixth guess through either process is not even checked');
        assert.equal(blocked.json.error, 'too-many-guesses');
      }
    });

    test('a terminal re-enrolled through one process is refused as replaced by the other', async () => {
      const old = await enrollTerminal(a);
      assert.equal((await heartbeat(a, old)).status, 200, 'process A now remembers its key');
      const successor = await enrollTerminal(b, { replaces: old });
      const refused = await heartbeat(a, old);
      assert.equal(refused.status, 401);
      assert.equal(refused.json.error, 'terminal-replaced');
      assert.equal((await heartbeat(a, successor)).status, 200);
    });

    test('a command queued through one process rides on the next heartbeat at the other, until answered', async () => {
      const terminal = await enrollTerminal(a);
      assert.deepEqual((await heartbeat(a, terminal)).json.commands, []);
      const queued = await adminCall(b, 'POST', `/v1/admin/terminals/${terminal.terminalId}/commands`, { command: { type: 'set-volume', percent: 40 } });
      assert.equal(queued.status, 201);
      const delivered = (await heartbeat(a, terminal)).json.commands;
      assert.deepEqual(delivered.map((c: { envelope: { id: string } }) => c.envelope.id), [queued.json.commandId]);
      assert.deepEqual((await heartbeat(b, terminal)).json.commands.map((c: { envelope: { id: string } }) => c.envelope.id), [queued.json.commandId]);
      const answered = await signedCall(b, terminal, 'POST', `/v1/commands/${queued.json.commandId}/result`, { body: { status: 'done', detail: 'volume set' } });
      assert.equal(answered.status, 200);
      assert.deepEqual((await heartbeat(a, terminal)).json.commands, []);
    });

    test('overlapping batches racing through both processes: every item stored once, accepted once, its rating counted once', async () => {
      const terminal = await enrollTerminal(a, 'RACE');
      const items = Array.from({ length: 12 }, (_, i) => queueTicketItem(`R${String(i).padStart(3, '0')}`, 'RACE')).flatMap((ticket) => [ticket, ratingItem({ type: 'transaction', transactionId: ticket.id }, 5)]);
      const rounds = [
        [items.slice(0, 16), items.slice(0, 16)], // a retry whose first answer was lost, sent to the other process
        [items.slice(8, 20), items.slice(12, 24)], // the retry carries newer items too
      ];
      const accepted: string[] = [];
      for (const [toA, toB] of rounds) {
        const answers = await Promise.all([send(a, terminal, ...toA!), send(b, terminal, ...toB!)]);
        for (const answer of answers) {
          assert.equal(answer.status, 200, JSON.stringify(answer.json));
          accepted.push(...answer.json.accepted);
        }
      }
      assert.equal(accepted.length, new Set(accepted).size, 'no item accepted twice');
      assert.deepEqual([...accepted].sort(), items.map((item) => item.id).sort(), 'every item accepted once');
      const ratings = (await adminCall(a, 'GET', '/v1/admin/ratings')).json as { item: string }[];
      assert.equal(ratings.filter((r) => r.item.startsWith('R0') || r.item.startsWith('R1')).length, 12, 'each ticket rated once');
    });

    test('one command answered through both processes at once: the same answer recorded once, different answers: one wins', async () => {
      const terminal = await enrollTerminal(a);
      const command = async () => (await adminCall(a, 'POST', `/v1/admin/terminals/${terminal.terminalId}/commands`, { command: { type: 'set-volume', percent: 30 } })).json.commandId as string;
      const answer = (hub: RunningCentral, id: string, status: string) => signedCall(hub, terminal, 'POST', `/v1/commands/${id}/result`, { body: { status, detail: status } });
      const same = await command();
      const both = await Promise.all([answer(a, same, 'done'), answer(b, same, 'done')]);
      assert.deepEqual(both.map((r) => r.status), [200, 200], 'a repeated answer is accepted');
      assert.deepEqual(both.map((r) => r.json.recorded).sort(), [false, true], 'and recorded once');
      const differing = await command();
      const raced = await Promise.all([answer(a, differing, 'done'), answer(b, differing, 'failed')]);
      assert.deepEqual(raced.map((r) => r.status).sort(), [200, 409]);
      const winner = raced[0]!.status === 200 ? 'done' : 'failed';
      const views = (await adminCall(b, 'GET', `/v1/admin/terminals/${terminal.terminalId}/commands`)).json as { commandId: string; state: string; detail: string }[];
      assert.deepEqual(views.map((v) => [v.commandId, v.state, v.detail]).sort(), [[same, 'done', 'done'], [differing, winner, winner]].sort());
      assert.deepEqual((await heartbeat(a, terminal)).json.commands, [], 'answered commands ride on no heartbeat');
    });

    test('a rollout started through one process is offered by the other, and stops with its abort', async () => {
      const terminal = await enrollTerminal(a);
      assert.equal((await heartbeat(a, terminal)).json.release, null);
      const bundle = randomBytes(256);
      const manifest = { version: '0.2.0', bundle: { sha256: sha256HexOf(bundle), size: bundle.length }, minFromVersion: '0.1.0', storeSchema: { version: 5, readableFrom: 5 }, created: new Date().toISOString() };
      assert.equal((await adminCall(b, 'POST', '/v1/admin/releases', { ...signManifest(releaseKey, manifest), bundleBase64: bundle.toString('base64') })).status, 201);
      const rollout = await adminCall(b, 'POST', '/v1/admin/rollouts', { version: '0.2.0', stages: [100] });
      assert.equal(rollout.status, 201);
      assert.equal((await heartbeat(a, terminal)).json.release?.manifest.version, '0.2.0');
      assert.equal((await adminCall(b, 'POST', `/v1/admin/rollouts/${rollout.json.rolloutId}/abort`, {})).status, 200);
      assert.equal((await heartbeat(a, terminal)).json.release, null);
    });
  });
