// 政务信息查询 at the hub: guides and notices are published, signed and versioned like the other
// documents, and a malformed one is refused naming the item's field, with nothing published.
import { describe, test, beforeAll, afterAll } from 'vitest';
import assert from 'node:assert/strict';
import { verifyDocument } from '../../../shared/contract/signing.ts';
import { sampleGuidesRaw } from '../../support/info-samples.ts';
import { adminCall, enrollTerminal, signedCall, type HubFactory, type HubUnderTest, type TestTerminal } from '../helpers/hub.ts';

export function infoDocumentsSuite(startHub: HubFactory): void {
  describe('guides and notices (政务信息查询)', () => {
    let hub: HubUnderTest;
    let terminal: TestTerminal;
    beforeAll(async () => {
      hub = await startHub();
      terminal = await enrollTerminal(hub);
    });
    afterAll(() => hub?.close());

    const pull = (kind: string, headers: Record<string, string> = {}) => signedCall(hub, terminal, 'GET', `/v1/documents/${kind}`, { headers });

    test('published guides reach a terminal signed, as version 1', async () => {
      const body = sampleGuidesRaw();
      const { kind, version } = (await adminCall(hub, 'PUT', '/v1/admin/documents/guides', { body })).json;
      assert.deepEqual({ kind, version }, { kind: 'guides', version: 1 });
      const pulled = await pull('guides');
      assert.equal(pulled.status, 200);
      assert.equal(pulled.headers.get('etag'), '"guides-1"');
      assert.equal(verifyDocument(terminal.centralPublicKey, pulled.json), true);
      assert.equal(pulled.json.document.body.items.length, 7);
    });

    test('a guide with a bad material, a blank fee or an unknown category is refused by field; the version stays', async () => {
      const body = sampleGuidesRaw() as { items: Record<string, unknown>[] };
      const items = structuredClone(body.items);
      (items[1]!.materials as { copies: number }[])[0]!.copies = 0;
      items[2]!.fee = '无';
      items[3]!.categoryIds = ['weather'];
      const refused = await adminCall(hub, 'PUT', '/v1/admin/documents/guides', { body: { ...body, items } });
      assert.equal(refused.status, 400);
      const paths = refused.json.issues.map((i: { path: string }) => i.path);
      assert.deepEqual(paths.sort(), ['body.items.1.materials.0.copies', 'body.items.2.fee', 'body.items.3.categoryIds.0'].sort());
      assert.match(JSON.stringify(refused.json.issues), /不收费/);
      assert.equal((await pull('guides', { 'if-none-match': '"guides-1"' })).status, 304, 'nothing new was published');
    });

    test('notices need an expiry after their publication', async () => {
      const notice = { id: 'water', title: '停水通知', text: '周三停水。', publishedAt: '2026-11-20T08:00:00+08:00', expiresAt: '2026-11-27T08:00:00+08:00' };
      // Published, with a warning per language of what residents will read in Chinese (issue 22).
      assert.deepEqual((await adminCall(hub, 'PUT', '/v1/admin/documents/notices', { body: { items: [notice] } })).json, {
        kind: 'notices',
        version: 1,
        warnings: ['bo', 'ug', 'en'].map((l) => `${l}: 2 fields without a translation: items[0].title, items[0].text`),
      });
      const backwards = await adminCall(hub, 'PUT', '/v1/admin/documents/notices', { body: { items: [{ ...notice, expiresAt: '2026-11-19T08:00:00+08:00' }] } });
      assert.equal(backwards.status, 400);
      assert.equal(backwards.json.issues[0].path, 'body.items.0.expiresAt');
      const { expiresAt: _, ...noExpiry } = notice;
      assert.equal((await adminCall(hub, 'PUT', '/v1/admin/documents/notices', { body: { items: [noExpiry] } })).status, 400);
      assert.equal((await pull('notices')).json.document.version, 1);
    });
  });
}
