import { test } from 'vitest';
import assert from 'node:assert/strict';
import { generateSigningKeyPair, signDocument, signRequest } from '../../../shared/contract/signing.ts';
import type { SignedDocument } from '../../../shared/contract/schemas.ts';
import { catalogSchema, type Catalog } from '../../../config/catalog-schema.ts';
import { defaultCatalog } from '../../../config/default-catalog.ts';
import { createCentralClient, type CentralClient } from '../../../terminal/sync/central-client.ts';
import { createDocumentPuller } from '../../../terminal/sync/documents.ts';
import { readCache } from '../../../terminal/store/caches.ts';
import { recentAudit } from '../../../terminal/store/audit-log.ts';
import { createSyncHarness } from './sync-harness.ts';
import { adminRequest } from '../../support/hub-admin.ts';
import { startKioskSync } from '../../../terminal/sync/kiosk-sync.ts';
import { createFieldCipher, loadOrCreateStoreKey } from '../../../terminal/store/field-cipher.ts';

const renamed = (name: string): Catalog => ({
  ...defaultCatalog,
  version: `test-${name}`,
  services: defaultCatalog.services.map((s) => (s.id === 'queue' ? { ...s, name } : s)),
});

/** A client that answers the document GET with `tamper(real answer)`. */
function tamperingClient(real: CentralClient, tamper: (signed: SignedDocument) => SignedDocument): CentralClient {
  return {
    async request(method, path, body) {
      // The attacker answers 200 whatever ETag the kiosk holds.
      const res = await real.request(method, path, body);
      if (res.status !== 200 || !path.startsWith('/v1/documents/')) return res;
      const json = tamper(res.json as SignedDocument);
      return { ...res, json, text: JSON.stringify(json) };
    },
  };
}

test('a signed catalog is verified, applied to the terminal and kept as the last good version', async () => {
  const h = await createSyncHarness();
  try {
    await adminRequest(h.central, 'PUT', '/v1/admin/documents/catalog', { body: renamed('窗口取号') });
    h.start({ appliers: { catalog: (body) => h.core.terminal.applyCatalog(catalogSchema.parse(body)) }, timing: { documentsEveryMs: 100 } as never });
    const until = Date.now() + 10_000;
    while (!readCache(h.core.db, 'catalog')) {
      assert.ok(Date.now() < until, 'catalog not pulled');
      await new Promise((r) => setTimeout(r, 50));
    }
    const status = await h.core.terminal.getStatus({});
    assert.equal(status.services.find((s) => s.id === 'queue')?.name, '窗口取号');
    assert.ok(h.core.events.some((e) => e.name === 'statusChanged'), 'the UI is told to re-read the status');
  } finally {
    await h.close();
  }
});

test('a document with a bad signature, a foreign key or an older version is refused; the last good one stays', async () => {
  const h = await createSyncHarness();
  try {
    const applied: string[] = [];
    const real = createCentralClient({ baseUrl: h.central.url, identity: h.identity, timeoutMs: 5_000 });
    const appliers = { catalog: (body: unknown) => void applied.push(catalogSchema.parse(body).services[5].name) };
    await adminRequest(h.central, 'PUT', '/v1/admin/documents/catalog', { body: renamed('第一版') });
    const good = createDocumentPuller({ db: h.core.db, client: real, pinnedKey: h.identity.centralPublicKey, appliers });
    assert.deepEqual(await good.pull('catalog'), { kind: 'catalog', result: 'applied', version: 1 });

    await adminRequest(h.central, 'PUT', '/v1/admin/documents/catalog', { body: renamed('第二版') });
    const cases: [string, (s: SignedDocument) => SignedDocument, RegExp][] = [
      ['body changed after signing', (s) => ({ ...s, document: { ...s.document, body: renamed('篡改') } }), /signature does not verify/],
      ['signed by another key', (s) => signDocument(generateSigningKeyPair().privateKey, s.document), /signature does not verify/],
    ];
    for (const [label, tamper, reason] of cases) {
      const puller = createDocumentPuller({ db: h.core.db, client: tamperingClient(real, tamper), pinnedKey: h.identity.centralPublicKey, appliers });
      const outcome = await puller.pull('catalog');
      assert.equal(outcome.result, 'refused', label);
      assert.match((outcome as { reason: string }).reason, reason, label);
      assert.equal(readCache(h.core.db, 'catalog')?.version, 1, `${label}: the last good version is kept`);
    }
    assert.deepEqual(applied, ['第一版']);
    assert.ok(recentAudit(h.core.db).filter((e) => e.event === 'document-refused').length >= 2, 'refusals are in the audit log');

    assert.equal((await good.pull('catalog')).result, 'applied');
    assert.deepEqual(applied, ['第一版', '第二版']);
    // Replaying version 1 (validly signed, but older) must not roll the kiosk back.
    const oldSigned = JSON.parse(readCache(h.core.db, 'catalog')!.body) as SignedDocument;
    const v1 = { ...oldSigned, document: { ...oldSigned.document, version: 1 } };
    const replay = createDocumentPuller({ db: h.core.db, client: tamperingClient(real, () => v1), pinnedKey: h.identity.centralPublicKey, appliers });
    const outcome = await replay.pull('catalog');
    assert.equal(outcome.result, 'refused');
    assert.deepEqual(applied, ['第一版', '第二版']);
  } finally {
    await h.close();
  }
});

test('central refuses a replayed or stale request; a kiosk whose clock is off corrects itself', async () => {
  const h = await createSyncHarness();
  try {
    const body = JSON.stringify({ items: [] });
    const headers = signRequest(h.identity.privateKey, { terminalId: h.identity.terminalId, method: 'GET', path: '/v1/documents/catalog', body: '' });
    const send = () => fetch(`${h.central.url}/v1/documents/catalog`, { headers: { ...headers } });
    assert.equal((await send()).status, 404, 'first use of the nonce is accepted (nothing published yet)');
    const replay = await send();
    assert.equal(replay.status, 401);
    assert.equal(((await replay.json()) as { error: string }).error, 'replayed-nonce');
    assert.ok(body);

    const tenMinutesSlow = () => Date.now() - 600_000;
    const client = createCentralClient({ baseUrl: h.central.url, identity: h.identity, now: tenMinutesSlow });
    const res = await client.request('GET', '/v1/documents/catalog');
    assert.equal(res.status, 404, 'after one stale-timestamp refusal the client signs with central’s time');
  } finally {
    await h.close();
  }
});

test('a pushed configuration takes effect without a restart: site name, idle timings', async () => {
  const h = await createSyncHarness();
  const agent = await startKioskSync({
    config: h.core.config,
    fileConfig: h.core.config,
    dataDir: h.core.dataDir,
    db: h.core.db,
    cipher: createFieldCipher(loadOrCreateStoreKey(h.core.dataDir)),
    terminal: h.core.terminal,
    centralUrl: h.central.url,
    timing: { documentsEveryMs: 100, pollMs: 50 },
  });
  try {
    const before = await h.core.terminal.getStatus({});
    assert.equal(before.idle.timeoutSeconds, 60);
    await adminRequest(h.central, 'PUT', '/v1/admin/documents/config', { body: { site: { name: '推送后的站点' }, session: { idleTimeoutSeconds: 120 } } });
    const until = Date.now() + 10_000;
    while ((await h.core.terminal.getStatus({})).site.name !== '推送后的站点') {
      assert.ok(Date.now() < until, 'the pushed configuration was not applied');
      await new Promise((r) => setTimeout(r, 50));
    }
    const after = await h.core.terminal.getStatus({});
    assert.deepEqual(after.idle, { timeoutSeconds: 120, warningSeconds: 20 });
    assert.equal(after.site.code, before.site.code, 'what the push did not name is kept');

    // The idle timer follows the new timing: at the old 60 s nothing happens, at 120 s the warning.
    await h.core.terminal.startAnonymousSession({});
    h.core.clock.advance(60_000);
    assert.equal(h.core.lastEvent('idle'), undefined, 'no warning at the old timeout');
    h.core.clock.advance(60_000);
    assert.deepEqual(h.core.lastEvent('idle'), { secondsLeft: 20 });
  } finally {
    await agent?.close();
    await h.close();
  }
});
