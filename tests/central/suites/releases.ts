// Releases and staged rollouts through the hub's HTTP API, as an admin and terminals see them:
// only a release signed with the trusted key and matching its bundle is stored; a rollout offers it
// to the terminals of its stage; terminals failing on it halt it by themselves; bundles resume.
import { describe, test, beforeAll, afterAll } from 'vitest';
import assert from 'node:assert/strict';
import { createPublicKey, generateKeyPairSync, randomBytes, type KeyObject } from 'node:crypto';
import { publicKeyToBase64 } from '../../../shared/contract/signing.ts';
import { rolloutBucket, sha256HexOf, signManifest, type ReleaseManifest } from '../../../shared/contract/releases.ts';
import { adminCall, enrollTerminal, signedCall, signedRequest, type HubFactory, type HubUnderTest, type TestTerminal } from '../helpers/hub.ts';

function release(key: KeyObject, version: string, bundle: Buffer) {
  const manifest: ReleaseManifest = {
    version,
    bundle: { sha256: sha256HexOf(bundle), size: bundle.length },
    minFromVersion: '0.1.0',
    storeSchema: { version: 5, readableFrom: 5 },
    created: new Date().toISOString(),
  };
  return { ...signManifest(key, manifest), bundleBase64: bundle.toString('base64') };
}

const beat = (version: string, extra: Record<string, unknown> = {}) => ({
  at: new Date().toISOString(),
  softwareVersion: version,
  devices: {},
  sync: { pending: 0, oldestPendingAgeSeconds: null, lastSuccessAt: null, lastError: null },
  screen: { lastFrameAgeSeconds: 1, uptimeSeconds: 30 },
  alerts: [],
  freeDiskBytes: 10 * 1024 ** 3,
  ...extra,
});

async function download(hub: HubUnderTest, terminal: TestTerminal, path: string, range?: string) {
  const { headers } = signedRequest(hub, terminal, 'GET', path);
  const response = await fetch(`${hub.url}${path}`, { headers: { ...headers, ...(range ? { range } : {}) } });
  return { status: response.status, contentRange: response.headers.get('content-range'), bytes: Buffer.from(await response.arrayBuffer()) };
}

export function releasesSuite(startHub: HubFactory): void {
  describe('releases and rollouts', () => {
    const releaseKey = generateKeyPairSync('ed25519').privateKey;
    const otherKey = generateKeyPairSync('ed25519').privateKey;
    const bundle = randomBytes(50_000);
    let hub: HubUnderTest;
    let terminals: TestTerminal[];
    beforeAll(async () => {
      hub = await startHub({ releasePublicKey: publicKeyToBase64(createPublicKey(releaseKey)) });
      terminals = [];
      for (let i = 0; i < 12; i++) terminals.push(await enrollTerminal(hub));
    });
    afterAll(() => hub?.close());

    test('a release signed by another key, or whose bundle differs from its manifest, is refused and nothing is stored', async () => {
      const forged = await adminCall(hub, 'POST', '/v1/admin/releases', release(otherKey, '0.3.0', bundle));
      assert.equal(forged.status, 422);
      assert.equal(forged.json.error, 'bad-signature');
      const swapped = { ...release(releaseKey, '0.3.0', bundle), bundleBase64: randomBytes(50_000).toString('base64') };
      const badHash = await adminCall(hub, 'POST', '/v1/admin/releases', swapped);
      assert.equal(badHash.status, 422);
      assert.equal(badHash.json.error, 'bad-hash');
      assert.deepEqual((await adminCall(hub, 'GET', '/v1/admin/releases')).json, []);
    });

    test('a good release is stored once; the same version again is refused', async () => {
      const published = await adminCall(hub, 'POST', '/v1/admin/releases', release(releaseKey, '0.3.0', bundle));
      assert.equal(published.status, 201);
      assert.equal(published.json.sha256, sha256HexOf(bundle));
      const again = await adminCall(hub, 'POST', '/v1/admin/releases', release(releaseKey, '0.3.0', bundle));
      assert.equal(again.status, 409);
      assert.deepEqual((await adminCall(hub, 'GET', '/v1/admin/releases')).json.map((r: { version: string }) => r.version), ['0.3.0']);
    });

    test('a rollout offers the release to exactly the terminals of its stage, then to all after advancing', async () => {
      const started = await adminCall(hub, 'POST', '/v1/admin/rollouts', { version: '0.3.0', stages: [50, 100], haltAfterFailures: 3 });
      assert.equal(started.status, 201);
      assert.equal((await adminCall(hub, 'POST', '/v1/admin/rollouts', { version: '0.3.0' })).status, 409, 'a second rollout at once');
      const offered = async () => {
        const ids: string[] = [];
        for (const t of terminals) {
          const answer = await signedCall(hub, t, 'POST', '/v1/heartbeat', { body: beat('0.2.0') });
          assert.equal(answer.status, 200);
          if (answer.json.release) {
            assert.equal(answer.json.release.manifest.version, '0.3.0');
            ids.push(t.terminalId);
          }
        }
        return ids.sort();
      };
      const firstStage = await offered();
      assert.deepEqual(firstStage, terminals.filter((t) => rolloutBucket(t.terminalId) < 50).map((t) => t.terminalId).sort());
      assert.ok(firstStage.length < terminals.length, 'every one of 12 terminals landed in the first half: the stage did not restrict');
      const advanced = await adminCall(hub, 'POST', `/v1/admin/rollouts/${started.json.rolloutId}/advance`);
      assert.equal(advanced.json.percent, 100);
      assert.equal((await offered()).length, terminals.length);
      const aborted = await adminCall(hub, 'POST', `/v1/admin/rollouts/${started.json.rolloutId}/abort`, { reason: 'wrong build' });
      assert.equal(aborted.json.state, 'aborted');
      assert.equal(aborted.json.reason, 'wrong build');
      assert.deepEqual(await offered(), [], 'an aborted rollout offers nothing');
      assert.equal((await adminCall(hub, 'POST', `/v1/admin/rollouts/${started.json.rolloutId}/resume`)).status, 409);
    });

    test('terminals failing on the new version halt the rollout by themselves, with the reason', async () => {
      const started = await adminCall(hub, 'POST', '/v1/admin/rollouts', { version: '0.3.0', stages: [100], haltAfterFailures: 2 });
      const id = started.json.rolloutId;
      const failure = { version: '0.3.0', reason: 'the new version exited with status 1 before it was healthy; back on 0.2.0', at: new Date().toISOString() };
      await signedCall(hub, terminals[0]!, 'POST', '/v1/heartbeat', { body: beat('0.2.0', { update: { failures: [failure] } }) });
      // The same report again (every heartbeat carries it) is one failure, not two.
      await signedCall(hub, terminals[0]!, 'POST', '/v1/heartbeat', { body: beat('0.2.0', { update: { failures: [failure] } }) });
      let view = (await adminCall(hub, 'GET', '/v1/admin/rollouts')).json.find((r: { rolloutId: string }) => r.rolloutId === id);
      assert.equal(view.state, 'running');
      assert.equal(view.failures.length, 1);
      // A terminal running the new version with a dead screen is the second failure.
      const answer = await signedCall(hub, terminals[1]!, 'POST', '/v1/heartbeat', { body: beat('0.3.0', { screen: { lastFrameAgeSeconds: null, uptimeSeconds: 400 } }) });
      assert.equal(answer.json.release, null, 'a halted rollout offers nothing');
      view = (await adminCall(hub, 'GET', '/v1/admin/rollouts')).json.find((r: { rolloutId: string }) => r.rolloutId === id);
      assert.equal(view.state, 'halted');
      assert.match(view.reason, /halted by itself: 2 terminals failed on 0\.3\.0.*exited with status 1/);
      assert.match(view.failures[1].reason, /health alarm.*screen/);
      assert.equal((await adminCall(hub, 'POST', `/v1/admin/rollouts/${id}/abort`)).json.state, 'aborted');
    });

    test('a terminal downloads the bundle in ranges and resumes where it stopped', async () => {
      const t = terminals[2]!;
      const path = '/v1/releases/0.3.0/bundle';
      const head = await download(hub, t, path, 'bytes=0-9999');
      assert.equal(head.status, 206);
      assert.equal(head.contentRange, `bytes 0-9999/${bundle.length}`);
      const tail = await download(hub, t, path, 'bytes=10000-');
      assert.equal(tail.status, 206);
      assert.ok(Buffer.concat([head.bytes, tail.bytes]).equals(bundle));
      assert.ok((await download(hub, t, path)).bytes.equals(bundle));
      assert.equal((await download(hub, t, path, `bytes=${bundle.length}-`)).status, 416);
      assert.equal((await download(hub, t, '/v1/releases/9.9.9/bundle')).status, 404);
    });
  });

  test('a hub without a release public key refuses every release', async () => {
    const hub = await startHub();
    try {
      const key = generateKeyPairSync('ed25519').privateKey;
      const answer = await adminCall(hub, 'POST', '/v1/admin/releases', release(key, '0.3.0', randomBytes(100)));
      assert.equal(answer.status, 409);
      assert.equal(answer.json.error, 'no-release-key');
    } finally {
      await hub.close();
    }
  });
}

