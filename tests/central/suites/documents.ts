import { describe, test, beforeAll, afterAll } from 'vitest';
import assert from 'node:assert/strict';
import { defaultCatalog } from '../../../config/default-catalog.ts';
import { signedDocumentSchema } from '../../../shared/contract/schemas.ts';
import { newKeyPair as freshKeys } from '../helpers/hub.ts';
import { signDocument, verifyDocument } from '../../../shared/contract/signing.ts';
import { adminCall, enrollTerminal, signedCall, type HubFactory, type HubUnderTest, type TestTerminal } from '../helpers/hub.ts';

const catalogV2 = { ...defaultCatalog, version: 'county-2', services: defaultCatalog.services.slice(0, 3) };

export function documentsSuite(startHub: HubFactory): void {
  describe('signed documents', () => {
    let hub: HubUnderTest;
    let terminal: TestTerminal;
    beforeAll(async () => {
      hub = await startHub();
      terminal = await enrollTerminal(hub);
    });
    afterAll(() => hub?.close());

    const pull = (kind: string, headers: Record<string, string> = {}) => signedCall(hub, terminal, 'GET', `/v1/documents/${kind}`, { headers });

    test('nothing published yet: 404', async () => {
      const response = await pull('catalog');
      assert.equal(response.status, 404);
      assert.equal(response.json.error, 'not-published');
    });

    test('a published catalog arrives signed by the key pinned at enrollment, with an ETag', async () => {
      const published = await adminCall(hub, 'PUT', '/v1/admin/documents/catalog', { body: defaultCatalog });
      assert.equal(published.status, 200);
      assert.deepEqual(published.json, { kind: 'catalog', version: 1, warnings: [] });
      const response = await pull('catalog');
      assert.equal(response.status, 200);
      assert.equal(response.headers.get('etag'), '"catalog-1"');
      const signed = signedDocumentSchema.parse(response.json);
      assert.equal(verifyDocument(terminal.centralPublicKey, signed), true);
      assert.equal(signed.document.kind, 'catalog');
      assert.equal(signed.document.version, 1);
      assert.deepEqual(signed.document.body, defaultCatalog);
      assert.ok(Date.now() - Date.parse(signed.document.issuedAt) < 10_000);
    });

    test('a tampered document, or one signed by another key, fails verification', async () => {
      const signed = signedDocumentSchema.parse((await pull('catalog')).json);
      const tampered = structuredClone(signed);
      (tampered.document.body as { services: { name: string }[] }).services[0]!.name = '假冒服务';
      assert.equal(verifyDocument(terminal.centralPublicKey, tampered), false);
      const impostor = signDocument(freshKeys().privateKey, signed.document);
      assert.equal(verifyDocument(terminal.centralPublicKey, impostor), false);
    });

    test('If-None-Match with the current ETag gives 304; a new version gives 200 and a new ETag', async () => {
      const unchanged = await pull('catalog', { 'if-none-match': '"catalog-1"' });
      assert.equal(unchanged.status, 304);
      assert.equal(unchanged.headers.get('etag'), '"catalog-1"');
      assert.deepEqual((await adminCall(hub, 'PUT', '/v1/admin/documents/catalog', { body: catalogV2 })).json, { kind: 'catalog', version: 2, warnings: [] });
      const changed = await pull('catalog', { 'if-none-match': '"catalog-1"' });
      assert.equal(changed.status, 200);
      assert.equal(changed.headers.get('etag'), '"catalog-2"');
      assert.deepEqual(changed.json.document.body, catalogV2);
      assert.equal(verifyDocument(hub.publicKey, changed.json), true);
    });

    test('an invalid catalog is refused naming the field, and the version does not move', async () => {
      const broken = { ...defaultCatalog, services: [{ ...defaultCatalog.services[0], kind: 'teleport' }] };
      const response = await adminCall(hub, 'PUT', '/v1/admin/documents/catalog', { body: broken });
      assert.equal(response.status, 400);
      assert.equal(response.json.issues[0].path, 'body.services.0.kind');
      assert.equal((await pull('catalog', { 'if-none-match': '"catalog-2"' })).status, 304);
    });

    test('config takes a partial configuration and refuses unknown or bad fields', async () => {
      const ok = await adminCall(hub, 'PUT', '/v1/admin/documents/config', { body: { session: { idleTimeoutSeconds: 90 } } });
      assert.deepEqual(ok.json, { kind: 'config', version: 1, warnings: [] });
      const pulled = await pull('config');
      assert.deepEqual(pulled.json.document.body, { session: { idleTimeoutSeconds: 90 } });
      assert.equal(verifyDocument(hub.publicKey, pulled.json), true);
      const bad = await adminCall(hub, 'PUT', '/v1/admin/documents/config', { body: { session: { idleTimeoutSeconds: 0 } } });
      assert.equal(bad.status, 400);
      assert.equal(bad.json.issues[0].path, 'body.session.idleTimeoutSeconds');
      const unknown = await adminCall(hub, 'PUT', '/v1/admin/documents/config', { body: { colour: 'red' } });
      assert.equal(unknown.status, 400);
      // What no kiosk would apply is refused at publishing, not signed and sent to the fleet.
      const device = await adminCall(hub, 'PUT', '/v1/admin/documents/config', { body: { devices: {} } });
      assert.equal(device.status, 400);
      assert.match(device.json.message, /it tried devices/);
      const hubAddress = await adminCall(hub, 'PUT', '/v1/admin/documents/config', { body: { central: { url: 'http://elsewhere.example' } } });
      assert.equal(hubAddress.status, 400);
      assert.match(hubAddress.json.message, /central\.url is set on each terminal only/);
      const timing = await adminCall(hub, 'PUT', '/v1/admin/documents/config', { body: { central: { heartbeatSeconds: 120 } } });
      assert.deepEqual(timing.json, { kind: 'config', version: 2, warnings: [] });
    });

    test('announcements are published and versioned on their own', async () => {
      const body = { items: [{ id: 'road-works', title: '村道施工通知', text: '下周一起东村道路封闭施工。', publishedAt: '2026-01-05T09:00:00+08:00' }] };
      assert.deepEqual((await adminCall(hub, 'PUT', '/v1/admin/documents/announcements', { body })).json, { kind: 'announcements', version: 1, warnings: [] });
      const pulled = await pull('announcements');
      assert.equal(pulled.headers.get('etag'), '"announcements-1"');
      assert.deepEqual(pulled.json.document.body, body);
    });

    test('an unknown kind is 404 for terminals and admins', async () => {
      assert.equal((await pull('weather')).status, 404);
      assert.equal((await adminCall(hub, 'PUT', '/v1/admin/documents/weather', { body: {} })).status, 404);
    });
  });
}
