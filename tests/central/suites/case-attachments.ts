// 事项办理's pages and signature at the hub (issue 24): uploaded by the kiosk's own uploader in
// chunks after their case, resumed where a cut left them, a repeat a no-op, listed and served only
// when complete; limits and content checks refuse what the case did not list.
import { describe, test, beforeAll, afterAll } from 'vitest';
import assert from 'node:assert/strict';
import { createHash, randomBytes } from 'node:crypto';
import { ulid } from 'ulid';
import { adminCall, enrollTerminal, sendBatch, signedCall, type HubFactory, type HubUnderTest, type TestTerminal } from '../helpers/hub.ts';
import { applicationItem, caseNumberOf } from './case-items.ts';
import { ATTACHMENT_CHUNK_BYTES, MAX_PAGE_BYTES, type AttachmentManifestEntry } from '../../../shared/contract/case-attachments.ts';
import { createCentralClient } from '../../../terminal/sync/central-client.ts';
import { createAttachmentUploader } from '../../../terminal/sync/attachment-uploader.ts';
import type { PendingUpload } from '../../../terminal/services/application/case-attachment-store.ts';

const sha256 = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
const jpeg = (size: number) => Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), randomBytes(size - 4)]);
const png = (size: number) => Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), randomBytes(size - 8)]);

function pageEntry(body: Buffer, material: number, page: number): AttachmentManifestEntry {
  return { id: ulid(), kind: 'page', material, page, contentType: 'image/jpeg', bytes: body.length, sha256: sha256(body) };
}

/** The kiosk's side of one upload: the store the uploader reads, in memory. */
function queue(transactionId: string, uploads: { entry: AttachmentManifestEntry; body: Buffer }[]) {
  const left: PendingUpload[] = uploads.map((u) => ({ transactionId, ...u }));
  const acknowledged: string[] = [];
  return {
    acknowledged,
    store: {
      nextUpload: () => left[0] ?? null,
      acknowledge: (id: string) => {
        acknowledged.push(id);
        left.splice(left.findIndex((u) => u.entry.id === id), 1);
      },
      recordFailure: () => undefined,
    },
  };
}

export function caseAttachmentsSuite(startHub: HubFactory): void {
  describe('事项办理 attachments: chunked upload, resume, admin list and download', () => {
    let hub: HubUnderTest;
    let kiosk: TestTerminal;
    let other: TestTerminal;
    beforeAll(async () => {
      hub = await startHub();
      kiosk = await enrollTerminal(hub, 'EAST');
      other = await enrollTerminal(hub, 'WEST');
    });
    afterAll(() => hub?.close());

    const clientOf = (t: TestTerminal) => createCentralClient({ baseUrl: hub.url, identity: { ...t, centralUrl: hub.url, enrolledAt: new Date().toISOString() } });
    const fileCase = async (seq: number, manifest: AttachmentManifestEntry[]) => {
      const item = applicationItem(caseNumberOf(1, seq));
      (item.payload.data as Record<string, unknown>).attachments = manifest;
      assert.equal((await sendBatch(hub, kiosk, [item])).status, 200);
      return { transactionId: item.id, caseNumber: caseNumberOf(1, seq) };
    };
    const listed = async (caseNumber: string) => (await adminCall(hub, 'GET', `/v1/admin/cases/${caseNumber}/attachments`)).json as { id: string; kind: string; bytes: number }[];

    test('two pages and a signature arrive whole; a cut upload resumes at the byte the hub holds; nothing half-sent is listed', async () => {
      const first = jpeg(150_000);
      const second = jpeg(90_000);
      const signature = png(12_000);
      const entries = [pageEntry(first, 0, 0), pageEntry(second, 0, 1), { id: ulid(), kind: 'signature', contentType: 'image/png', bytes: signature.length, sha256: sha256(signature) } as AttachmentManifestEntry];
      const filed = await fileCase(1, entries);

      // The link drops after the first chunk of the first page.
      const started = await signedCall(hub, kiosk, 'POST', '/v1/attachments', { body: { transactionId: filed.transactionId, attachment: entries[0] } });
      assert.deepEqual(started.json, { id: entries[0]!.id, received: 0, bytes: first.length, complete: false });
      const chunk = await signedCall(hub, kiosk, 'PUT', `/v1/attachments/${entries[0]!.id}/chunks/0`, { body: { data: first.subarray(0, ATTACHMENT_CHUNK_BYTES).toString('base64') } });
      assert.equal(chunk.json.received, ATTACHMENT_CHUNK_BYTES);
      assert.deepEqual(await listed(filed.caseNumber), [], 'a half-uploaded page is not listed');
      assert.equal((await adminCall(hub, 'GET', `/v1/admin/attachments/${entries[0]!.id}`)).status, 404, 'nor served');

      const kioskSide = queue(filed.transactionId, [{ entry: entries[0]!, body: first }, { entry: entries[1]!, body: second }, { entry: entries[2]!, body: signature }]);
      const uploader = createAttachmentUploader({ store: kioskSide.store, client: clientOf(kiosk) });
      assert.deepEqual(await uploader.step(), { kind: 'progress', id: entries[0]!.id, chunks: 2 }, 'the first page resumes at 64 KiB: two chunks left of three');
      assert.deepEqual(await uploader.step(), { kind: 'progress', id: entries[1]!.id, chunks: 2 });
      assert.deepEqual(await uploader.step(), { kind: 'progress', id: entries[2]!.id, chunks: 1 });
      assert.deepEqual(await uploader.step(), { kind: 'idle' });
      assert.deepEqual(kioskSide.acknowledged, entries.map((e) => e.id));

      const list = await listed(filed.caseNumber);
      assert.deepEqual(list.map((a) => [a.kind, a.bytes]), [['page', first.length], ['page', second.length], ['signature', signature.length]]);
      const download = await fetch(`${hub.url}/v1/admin/attachments/${entries[0]!.id}`, { headers: { authorization: `Bearer ${hub.adminToken}` } });
      assert.equal(download.headers.get('content-type'), 'image/jpeg');
      assert.ok(Buffer.from(await download.arrayBuffer()).equals(first), 'the clerk gets the page byte for byte');

      // A kiosk killed before it deleted its copy sends it again: a no-op, no chunk sent, one copy kept.
      const again = queue(filed.transactionId, [{ entry: entries[1]!, body: second }]);
      assert.deepEqual(await createAttachmentUploader({ store: again.store, client: clientOf(kiosk) }).step(), { kind: 'progress', id: entries[1]!.id, chunks: 0 });
      assert.equal((await listed(filed.caseNumber)).length, 3);
    });

    test('refused: an attachment the case does not list, another terminal, a page over the limit, bytes that are not the image named', async () => {
      const page = jpeg(20_000);
      const listedEntry = pageEntry(page, 1, 0);
      const filed = await fileCase(2, [listedEntry]);
      const start = (t: TestTerminal, attachment: unknown) => signedCall(hub, t, 'POST', '/v1/attachments', { body: { transactionId: filed.transactionId, attachment } });

      assert.equal((await start(kiosk, pageEntry(jpeg(20_000), 1, 0))).json.error, 'not-in-case');
      assert.equal((await start(kiosk, { ...listedEntry, sha256: sha256(jpeg(100)) })).json.error, 'not-in-case', 'same id, other bytes');
      assert.equal((await start(other, listedEntry)).json.error, 'unknown-case', "another terminal cannot add to this kiosk's case");
      const huge = await start(kiosk, { ...listedEntry, bytes: MAX_PAGE_BYTES + 1 });
      assert.equal(huge.status, 400);
      assert.match(huge.json.message, /attachment\.bytes/);

      // A "JPEG" that is not one: sent whole with its true hash, refused at completion and started over.
      const fake = Buffer.concat([Buffer.from('GIF89a'), randomBytes(5_000)]);
      const fakeEntry = pageEntry(fake, 2, 0);
      const filedFake = await fileCase(3, [fakeEntry]);
      const kioskSide = queue(filedFake.transactionId, [{ entry: fakeEntry, body: fake }]);
      const step = await createAttachmentUploader({ store: kioskSide.store, client: clientOf(kiosk) }).step();
      assert.equal(step.kind, 'failed');
      assert.match((step as { error: string }).error, /not the image the manifest names/);
      assert.deepEqual(kioskSide.acknowledged, [], 'the kiosk keeps its copy');
      assert.deepEqual(await listed(filedFake.caseNumber), []);
      const after = await signedCall(hub, kiosk, 'POST', '/v1/attachments', { body: { transactionId: filedFake.transactionId, attachment: fakeEntry } });
      assert.equal(after.json.received, 0, 'the refused bytes are gone');
    });

    test('a chunk past the end of what the hub holds is refused with where to resume', async () => {
      const page = jpeg(100_000);
      const entry = pageEntry(page, 0, 0);
      const filed = await fileCase(4, [entry]);
      await signedCall(hub, kiosk, 'POST', '/v1/attachments', { body: { transactionId: filed.transactionId, attachment: entry } });
      const gap = await signedCall(hub, kiosk, 'PUT', `/v1/attachments/${entry.id}/chunks/65536`, { body: { data: page.subarray(65_536).toString('base64') } });
      assert.equal(gap.status, 409);
      assert.match(gap.json.message, /holds 0 bytes/);
      const early = await signedCall(hub, kiosk, 'POST', `/v1/attachments/${entry.id}/complete`, { body: {} });
      assert.equal(early.json.error, 'incomplete');
    });
  });
}
