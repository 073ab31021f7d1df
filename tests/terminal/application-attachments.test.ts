// 事项办理's pages and signature in the core (issue 24): pages kept sealed per visit (a retake
// replaces, delete removes, a wipe deletes them all), limits checked here whatever the screen did,
// required materials enforced unless the materials go to a counter, and the signature sealed over
// the form and the pages so that it does not verify on another application.
import { describe, test, beforeEach, afterEach } from 'vitest';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { createCoreHarness } from '../support/core-harness.ts';
import { testHub } from '../support/test-hub.ts';
import { hanResident } from '../support/fixtures.ts';
import { MAX_PAGE_BYTES, type AttachmentManifestEntry, type SignatureBinding } from '../../shared/contract/case-attachments.ts';
import { verifySignature } from '../../shared/contract/signature-binding.ts';
import { createCaseAttachmentStore } from '../../terminal/services/application/case-attachment-store.ts';

type Harness = ReturnType<typeof createCoreHarness>;
const jpeg = (size: number) => Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), randomBytes(size - 4)]);
const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), randomBytes(3000)]);
const strokes: [number, number, number][][] = [[[10, 20, 0.5], [40, 35, 0.6], [80, 30, 0.5]], [[90, 10, 0.5], [95, 60, 0.7]]];
const answers = { phone: '13812345678', residence: '红星小区3栋2单元501', since: '2015-06-01', housing: 'rent', purpose: 'school' };
const item = 'juzhu-zhengming'; // materials: 身份证 (2 pages, required), 租赁合同 (1), 居住情况说明 (1)

const attachmentRows = (h: Harness) => h.db.prepare('SELECT kind, material, page, transaction_id, body FROM case_attachments ORDER BY kind, material, page').all() as { kind: string; material: number | null; page: number | null; transaction_id: string | null; body: Buffer }[];
const put = (h: Harness, material: number, page: number, body: Buffer) => h.terminal.putApplicationPage({ itemId: item, material, page, jpeg: body.toString('base64') });

describe('事项办理 pages and signature in the core', () => {
  let h: Harness;
  beforeEach(() => {
    h = createCoreHarness({}, { hub: testHub({ terminalNumber: () => 12 }), progressBase: () => null });
    h.cardReader.place(hanResident);
  });
  afterEach(() => h.close());

  test('the item says what to capture: pages per material and which are required', async () => {
    const { items } = await h.terminal.listApplicationItems({});
    assert.deepEqual(items.find((i) => i.id === item)!.capture!.map((m) => [m.pages, m.required]), [[2, true], [1, false], [1, false]]);
  });

  test("a page is kept sealed; a retake replaces it in its slot; delete removes it; a wipe deletes the visit's pages", async () => {
    const first = jpeg(40_000);
    assert.deepEqual(await put(h, 0, 0, first), { material: 0, page: 0, bytes: 40_000 });
    const retake = jpeg(30_000);
    await put(h, 0, 0, retake);
    await put(h, 1, 0, jpeg(20_000));
    const rows = attachmentRows(h);
    assert.deepEqual(rows.map((r) => [r.material, r.page]), [[0, 0], [1, 0]], 'one page per slot');
    for (const r of rows) assert.equal(r.body.indexOf(Buffer.from([0xff, 0xd8, 0xff])), -1, 'no JPEG in the clear on disk');
    const store = createCaseAttachmentStore(h.db, h.transactions.cipher, () => new Date());
    const sessionId = h.lastEvent('session')!.session!.id;
    assert.deepEqual(store.draftPages(sessionId, item).map((p) => p.bytes), [30_000, 20_000], 'the retake, not the first shot');
    assert.deepEqual(await h.terminal.removeApplicationPage({ itemId: item, material: 1, page: 0 }), { removed: true });
    assert.equal(attachmentRows(h).length, 1);
    await h.terminal.endSession({});
    assert.equal(attachmentRows(h).length, 0, 'the idle wipe or 退出 deletes captured pages');
  });

  test('refused: a slot the material does not have, a page over 500 kB, bytes that are not a JPEG', async () => {
    await assert.rejects(put(h, 1, 1, jpeg(1000)), /这份材料没有这一页/);
    await assert.rejects(put(h, 7, 0, jpeg(1000)), /这份材料没有这一页/);
    await assert.rejects(h.terminal.putApplicationPage({ itemId: item, material: 0, page: 0, jpeg: jpeg(MAX_PAGE_BYTES + 1).toString('base64') }), /图像太大（最多500 KB）/);
    await assert.rejects(put(h, 0, 0, Buffer.concat([Buffer.from('GIF89a'), randomBytes(100)])), /不是拍摄的图像/);
    assert.equal(attachmentRows(h).length, 0);
  });

  test('a required material must have all its pages, unless the materials go to a counter', async () => {
    await put(h, 0, 0, jpeg(1000));
    await assert.rejects(h.terminal.submitApplication({ itemId: item, answers, cardFieldsConfirmed: true, materialsAtCounter: false }), /还有1页必须拍摄/);
    const receipt = await h.terminal.submitApplication({ itemId: item, answers, cardFieldsConfirmed: true, materialsAtCounter: true });
    const data = h.transactions.get(receipt.transactionId)!.data as Record<string, unknown>;
    assert.equal(data.materialsAtCounter, true);
    assert.equal(data.attachments, undefined);
    assert.equal(attachmentRows(h).length, 0, 'the page taken before choosing the counter is deleted');
  });

  test('filed with two pages and a signature: bound to the case, sealed over form and pages; moved to another application it fails', async () => {
    const front = jpeg(50_000);
    const back = jpeg(45_000);
    await put(h, 0, 0, front);
    await put(h, 0, 1, back);
    const receipt = await h.terminal.submitApplication({ itemId: item, answers, cardFieldsConfirmed: true, materialsAtCounter: false, signature: { png: png.toString('base64'), strokes } });
    const stored = h.transactions.get(receipt.transactionId)!;
    const data = stored.data as { attachments: AttachmentManifestEntry[]; signature: SignatureBinding };
    assert.deepEqual(data.attachments.map((a) => [a.kind, a.bytes]), [['page', 50_000], ['page', 45_000], ['signature', png.length]]);
    assert.deepEqual(attachmentRows(h).map((r) => r.transaction_id), [receipt.transactionId, receipt.transactionId, receipt.transactionId]);

    const personal = h.transactions.personalOf(receipt.transactionId) as { fields: Record<string, unknown>; signatureStrokes: typeof strokes };
    const pageHashes = data.attachments.filter((a) => a.kind === 'page').map((a) => a.sha256);
    const pngHash = data.attachments.find((a) => a.kind === 'signature')!.sha256;
    const application = { itemId: item, fields: personal.fields, pageHashes };
    assert.equal(verifySignature(application, data.signature, pngHash, personal.signatureStrokes), true);
    // The same signature presented with another application, another page, or other strokes.
    assert.equal(verifySignature({ ...application, fields: { ...personal.fields, phone: '13900000000' } }, data.signature, pngHash, personal.signatureStrokes), false);
    assert.equal(verifySignature({ ...application, pageHashes: [pageHashes[1]!, pageHashes[0]!] }, data.signature, pngHash, personal.signatureStrokes), false);
    assert.equal(verifySignature({ ...application, itemId: 'gaoling-jintie' }, data.signature, pngHash, personal.signatureStrokes), false);
    assert.equal(verifySignature(application, data.signature, pngHash, [[[1, 1, 0.5], [2, 2, 0.5]]]), false);

    // The visit ends: the filed case's attachments stay for the upload, nothing else is left.
    await h.terminal.endSession({});
    assert.equal(attachmentRows(h).length, 3);
  });

  test('a signature that is not a PNG is refused, nothing filed', async () => {
    await assert.rejects(
      h.terminal.submitApplication({ itemId: item, answers, cardFieldsConfirmed: true, materialsAtCounter: true, signature: { png: jpeg(500).toString('base64'), strokes } }),
      /签名无法读取/,
    );
    assert.equal((h.db.prepare('SELECT COUNT(*) AS n FROM transactions').get() as { n: number }).n, 0);
  });
});
