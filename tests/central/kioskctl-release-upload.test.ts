// `kioskctl release publish` over a poor link (issue 21): the hub behind the fault proxy, kioskctl as
// the admin runs it. Timeouts and the chunk size are shortened through kioskctl's environment, so
// a "slow" upload here takes seconds, not minutes; the proportions are those of a county office.
import { describe, test, beforeAll, afterAll, beforeEach } from 'vitest';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startCentral, type RunningCentral } from '../../central/server.ts';
import { generateReleaseKey, packRelease, readReleaseKey, BUNDLE_FILE } from '../../central/releases/pack-release.ts';
import { startFaultProxy, type FaultProxy, type RequestMatcher } from '../support/fault-proxy.ts';
import { runKioskctl } from './helpers/processes.ts';
import { adminCall } from './helpers/hub.ts';

const KB = 1024;
const chunkPuts: RequestMatcher = (method, path) => method === 'PUT' && path.includes('/chunks/');

describe('kioskctl release publish on a slow or broken link', { timeout: 120_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'kioskctl-upload-'));
  const keyFile = join(dir, 'release-key.pem');
  let hub: RunningCentral;
  let proxy: FaultProxy;
  let released = 0;

  /** A packed release of about 384 KB that gzip cannot shrink; each test its own version. */
  function packed(): { dir: string; size: number; version: string } {
    const version = `0.9.${++released}`;
    const app = join(dir, `app-${version}`);
    mkdirSync(join(app, 'terminal/store'), { recursive: true });
    writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'township-kiosk', version }));
    writeFileSync(join(app, 'terminal/store/migrations.ts'), 'export const migrations = [\n  {\n    version: 1,\n  },\n];\n');
    writeFileSync(join(app, 'payload.bin'), randomBytes(384 * KB));
    const out = join(dir, `release-${version}`);
    packRelease({ appDir: app, outDir: out, key: readReleaseKey(keyFile), minFromVersion: '0.0.0' });
    return { dir: out, size: readFileSync(join(out, BUNDLE_FILE)).length, version };
  }

  const publish = (releaseDir: string, env: Record<string, string>) =>
    runKioskctl(['--url', proxy.url, 'release', 'publish', releaseDir], { CENTRAL_ADMIN_TOKEN: hub.adminToken, ...env });
  const versions = async () => ((await adminCall(hub, 'GET', '/v1/admin/releases')).json as { version: string }[]).map((r) => r.version);
  const putBytes = (from: number) => proxy.log.slice(from).filter((e) => chunkPuts(e.method, e.path)).reduce((sum, e) => sum + e.bytes, 0);

  beforeAll(async () => {
    const key = generateReleaseKey();
    writeFileSync(keyFile, key.privatePem, { mode: 0o600 });
    hub = await startCentral({ port: 0, inMemory: true, logLevel: 'silent', releasePublicKey: key.publicKey });
    proxy = await startFaultProxy({ target: hub.url });
  });
  beforeEach(() => {
    proxy.setThrottle(null);
    proxy.setDefault({ kind: 'pass' });
  });
  afterAll(async () => {
    await proxy?.close();
    await hub?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  test('a throttled link completes although the whole upload takes several times the timeout', async () => {
    const release = packed();
    proxy.setThrottle(64 * KB); // the test's 3 Mbit/s: the whole release needs about 6 s
    const before = proxy.log.length;
    const result = await publish(release.dir, { KIOSKCTL_TIMEOUT_SECONDS: '2', KIOSKCTL_STALL_SECONDS: '3', KIOSKCTL_CHUNK_KB: '32' });
    assert.equal(result.code, 0, result.stderr);
    const puts = proxy.log.slice(before).filter((e) => chunkPuts(e.method, e.path));
    const seconds = (puts.at(-1)!.at - puts[0]!.at) / 1000;
    assert.match(result.stdout, new RegExp(`published ${release.version.replaceAll('.', '\\.')} \\(${release.size} bytes`));
    assert.ok(seconds > 4, `the chunks took ${seconds} s to send: more than twice the 2 s a total timeout would have allowed`);
    assert.match(result.stderr, /uploading 0\.\d of 0\.4 MB/, 'progress is shown on stderr');
    assert.ok((await versions()).includes(release.version));
  });

  test('a link that stalls mid-upload fails saying so; the same command again resumes where it stopped', async () => {
    const release = packed();
    proxy.next([{ kind: 'pass' }, { kind: 'pass' }, { kind: 'pass' }, { kind: 'stall' }], chunkPuts);
    const env = { KIOSKCTL_STALL_SECONDS: '2', KIOSKCTL_CHUNK_KB: '32' };
    const first = await publish(release.dir, env);
    assert.equal(first.code, 1);
    assert.match(first.stderr, /upload stalled at 0\.1 of 0\.4 MB: no progress for 2 s; run the same command again to resume/);
    assert.doesNotMatch(first.stderr, /cannot reach central/);
    assert.ok(!(await versions()).includes(release.version), 'no release from a partial upload');

    const before = proxy.log.length;
    const again = await publish(release.dir, env);
    assert.equal(again.code, 0, again.stderr);
    assert.match(again.stderr, /resuming at 0\.1 of 0\.4 MB/);
    assert.equal(putBytes(before), release.size - 3 * 32 * KB, 'only the chunks the hub did not have were sent again');
    assert.ok((await versions()).includes(release.version));
  });

  test('a chunk damaged in transit is refused by its digest; the release does not appear until sent whole', async () => {
    const release = packed();
    proxy.next([{ kind: 'pass' }, { kind: 'corrupt-request' }], chunkPuts);
    const env = { KIOSKCTL_CHUNK_KB: '32' };
    const damaged = await publish(release.dir, env);
    assert.equal(damaged.code, 1);
    assert.match(damaged.stderr, /central refused \(422 bad-chunk\).*damaged/);
    assert.ok(!(await versions()).includes(release.version));
    const again = await publish(release.dir, env);
    assert.equal(again.code, 0, again.stderr);
    assert.match(again.stderr, /resuming at 0\.0 of 0\.4 MB/);
    assert.ok((await versions()).includes(release.version));
  });

  test('a bundle assembled from a wrong chunk fails the whole-file digest check and is discarded', async () => {
    const release = packed();
    const signed = JSON.parse(readFileSync(join(release.dir, 'manifest.json'), 'utf8'));
    const bundle = readFileSync(join(release.dir, BUNDLE_FILE));
    const sha = signed.manifest.bundle.sha256 as string;
    const started = await adminCall(hub, 'POST', '/v1/admin/release-uploads', { uploadId: 'by-hand', ...signed });
    assert.equal(started.status, 200, JSON.stringify(started.json));
    assert.equal(started.json.received, 0);
    const wrong = Buffer.from(bundle);
    wrong[1000] ^= 0xff; // sent without a chunk digest: only the whole file's SHA-256 can catch it
    const put = await fetch(`${hub.url}/v1/admin/release-uploads/by-hand/${sha}/chunks/0`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${hub.adminToken}`, 'content-type': 'application/octet-stream' },
      body: wrong,
    });
    assert.equal(put.status, 200, await put.clone().text());
    const done = await adminCall(hub, 'POST', `/v1/admin/release-uploads/by-hand/${sha}/complete`);
    assert.equal(done.status, 422);
    assert.equal(done.json.error, 'bad-hash');
    assert.ok(!(await versions()).includes(release.version));
    assert.equal((await adminCall(hub, 'GET', `/v1/admin/release-uploads/by-hand/${sha}`)).status, 404, 'the damaged upload is discarded');
  });

  test('a refused connection says central cannot be reached; the old single-request route still publishes', async () => {
    const release = packed();
    await proxy.refuse();
    try {
      const refused = await publish(release.dir, {});
      assert.equal(refused.code, 1);
      assert.match(refused.stderr, new RegExp(`cannot reach central at ${proxy.url} \\(ECONNREFUSED\\)`));
    } finally {
      await proxy.accept();
    }
    const signed = JSON.parse(readFileSync(join(release.dir, 'manifest.json'), 'utf8'));
    const bundleBase64 = readFileSync(join(release.dir, BUNDLE_FILE)).toString('base64');
    const old = await adminCall(hub, 'POST', '/v1/admin/releases', { ...signed, bundleBase64 });
    assert.equal(old.status, 201, JSON.stringify(old.json));
    assert.ok((await versions()).includes(release.version));
  });
});
