// `npm run bench -- release-upload`: publishing a release over a county office's uplink (issue 21).
// An 8.8 MB release through a proxy that passes 3 Mbit/s, the way kioskctl sent it before (one
// JSON request of base64 with 15 s for the whole of it) and as it sends it now (256 KB chunks,
// 30 s without progress). Takes about 45 s: both run at the link's real speed.
import { createPublicKey, generateKeyPairSync, randomBytes } from 'node:crypto';
import { createAdminClient, AdminClientError } from '../central/admin-client.ts';
import { publicKeyToBase64 } from '../shared/contract/signing.ts';
import { releaseViewSchema, sha256HexOf, signManifest } from '../shared/contract/releases.ts';
import { uploadRelease } from '../central/releases/upload-release.ts';
import { startCentral } from '../central/server.ts';
import { startFaultProxy } from '../tests/support/fault-proxy.ts';
import type { BenchTable } from './run.ts';

const LINK_BYTES_PER_SECOND = 3_000_000 / 8;
const RELEASE_BYTES = 8_800_000;

export async function run(): Promise<BenchTable[]> {
  const key = generateKeyPairSync('ed25519').privateKey;
  const hub = await startCentral({ port: 0, inMemory: true, logLevel: 'silent', releasePublicKey: publicKeyToBase64(createPublicKey(key)) });
  // A link each: the first one is left with the abandoned request's bytes still to carry.
  const link = async () => {
    const proxy = await startFaultProxy({ target: hub.url });
    proxy.setThrottle(LINK_BYTES_PER_SECOND);
    return { proxy, client: createAdminClient(proxy.url, hub.adminToken) };
  };
  const first = await link();
  const second = await link();
  const release = (version: string) => {
    const bundle = randomBytes(RELEASE_BYTES);
    const manifest = { version, bundle: { sha256: sha256HexOf(bundle), size: bundle.length }, minFromVersion: '0.0.0', storeSchema: { version: 1, readableFrom: 1 }, created: new Date().toISOString() };
    return { signed: signManifest(key, manifest), bundle };
  };
  const rows: (string | number)[][] = [];
  try {
    const before = release('1.0.0');
    let started = Date.now();
    const outcome = await first.client
      .call('POST', '/v1/admin/releases', releaseViewSchema, { ...before.signed, bundleBase64: before.bundle.toString('base64') })
      .then(() => 'published', (err: AdminClientError) => `failed: ${err.message}`);
    rows.push(['before: one request, 15 s in all', ((Date.now() - started) / 1000).toFixed(1), outcome]);

    await first.proxy.close();
    const after = release('1.0.1');
    started = Date.now();
    let sentAt = 0;
    const progress = (line: string) => {
      if (line.startsWith('uploaded')) sentAt = Date.now();
    };
    const view = await uploadRelease(after.signed, after.bundle, { request: second.client.request, hubUrl: second.proxy.url, progress });
    const sent = ((sentAt - started) / 1000).toFixed(1);
    rows.push(['after: chunks sized to the link, 30 s without progress', ((Date.now() - started) / 1000).toFixed(1), `published ${view.version} (bytes sent in ${sent} s; the rest is the hub verifying and storing)`]);
  } finally {
    await first.proxy.close();
    await second.proxy.close();
    await hub.close();
  }
  return [{ title: `kioskctl release publish: ${RELEASE_BYTES / 1e6} MB over 3 Mbit/s`, columns: ['how', 'seconds', 'outcome'], rows }];
}
