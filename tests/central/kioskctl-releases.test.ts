// kioskctl's release and rollout commands, run as child processes against a hub: the key
// made offline, a release packed and signed locally, one signed by another key refused by the hub.
import { describe, test, beforeAll, afterAll } from 'vitest';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runKioskctl } from './helpers/processes.ts';
import { hubFactory, type HubUnderTest } from './helpers/hub.ts';

describe('kioskctl release and rollout', { timeout: 120_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'kioskctl-releases-'));
  const keyFile = join(dir, 'release-key.pem');
  const otherKey = join(dir, 'other-key.pem');
  const app = join(dir, 'app');
  let hub: HubUnderTest;
  const ctl = (...args: string[]) => runKioskctl(['--url', hub.url, ...args], { CENTRAL_ADMIN_TOKEN: hub.adminToken });

  beforeAll(async () => {
    const made = await runKioskctl(['release', 'keygen', '--out', keyFile]);
    assert.equal(made.code, 0, made.stderr);
    const publicKey = /public key: (\S+)/.exec(made.stdout)![1]!;
    assert.equal((await runKioskctl(['release', 'keygen', '--out', otherKey])).code, 0);
    hub = await hubFactory(() => null)({ releasePublicKey: publicKey });
    // A minimal app directory: what pack reads (version, store migrations) and something to ship.
    mkdirSync(join(app, 'terminal/store'), { recursive: true });
    writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'township-kiosk', version: '0.9.0' }));
    writeFileSync(join(app, 'terminal/store/migrations.ts'), 'export const migrations = [\n  {\n    version: 1,\n  },\n  {\n    version: 2,\n  },\n];\n');
  });
  afterAll(async () => {
    await hub?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  test('the release key is written owner-only and never overwritten', async () => {
    assert.equal(statSync(keyFile).mode & 0o777, 0o600);
    const again = await runKioskctl(['release', 'keygen', '--out', keyFile]);
    assert.equal(again.code, 2);
    assert.match(again.stderr, /exists; a release key is never overwritten/);
  });

  test('a release signed by a key the hub does not trust is refused; the right key publishes it', async () => {
    const forged = await ctl('release', 'publish', app, '--key', otherKey);
    assert.equal(forged.code, 1);
    assert.match(forged.stderr, /central refused \(422 bad-signature\)/);
    const published = await ctl('release', 'publish', app, '--key', keyFile, '--min-from', '0.8.0');
    assert.equal(published.code, 0, published.stderr);
    assert.match(published.stdout, /published 0\.9\.0 \(\d+ bytes, sha256 [0-9a-f]{64}\)/);
    const list = await ctl('release', 'list');
    assert.match(list.stdout, /0\.9\.0 .* store 2 \(readable from 2\) {2}from 0\.8\.0/);
  });

  test('a rollout starts at its first stage, refuses falling stages, and pauses', async () => {
    const falling = await ctl('rollout', 'start', '0.9.0', '--stages', '50,10');
    assert.equal(falling.code, 2);
    assert.match(falling.stderr, /stages must rise/);
    const started = await ctl('rollout', 'start', '0.9.0', '--stages', '10,100', '--halt-after', '3');
    assert.equal(started.code, 0, started.stderr);
    assert.match(started.stdout, /0\.9\.0 {2}RUNNING at 10% \(stage 1 of 2: 10→100%\) {2}on this version: 0 {2}failures: 0\/3/);
    const id = started.stdout.split(/\s+/)[0]!;
    assert.match((await ctl('rollout', 'pause', id)).stdout, /PAUSED at 10%/);
    assert.match((await ctl('rollout', 'status')).stdout, new RegExp(`${id} {2}0\\.9\\.0 {2}PAUSED`));
  });
});
