// 事项办理's pages and signature on the kiosk (issue 24), sealed with the store's key. A page is a
// draft of the visit (a retake replaces it in its slot) until the application is filed; filing
// binds the visit's drafts and the signature to the case in the case's own SQLite transaction; the
// uploader sends them once the hub has the case, and each row is deleted at the hub's
// acknowledgement. A visit that ends without filing leaves nothing: its drafts are deleted.
import { createHash } from 'node:crypto';
import { monotonicFactory } from 'ulid';
import { attachmentContentTypes, type AttachmentManifestEntry } from '../../../shared/contract/case-attachments.ts';
import type { FieldCipher } from '../../store/field-cipher.ts';
import type { Db } from '../../store/open-store.ts';
import { rethrowStorageError } from '../../store/transactions.ts';

const ulid = monotonicFactory();

export interface PageSlot {
  sessionId: string;
  itemId: string;
  material: number;
  page: number;
}

interface Row {
  id: string;
  kind: 'page' | 'signature';
  material: number | null;
  page: number | null;
  content_type: string;
  bytes: number;
  sha256: string;
}

export interface PendingUpload {
  transactionId: string;
  entry: AttachmentManifestEntry;
  body: Buffer;
}

export const sha256Hex = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

function entryOf(row: Row): AttachmentManifestEntry {
  return row.kind === 'page'
    ? { id: row.id, kind: 'page', material: row.material!, page: row.page!, contentType: attachmentContentTypes.page, bytes: row.bytes, sha256: row.sha256 }
    : { id: row.id, kind: 'signature', contentType: attachmentContentTypes.signature, bytes: row.bytes, sha256: row.sha256 };
}

const columns = 'id, kind, material, page, content_type, bytes, sha256';

export function createCaseAttachmentStore(db: Db, cipher: FieldCipher, now: () => Date) {
  const insert = db.prepare(
    `INSERT INTO case_attachments (id, session_id, item_id, kind, material, page, content_type, bytes, sha256, body, transaction_id, created_at)
     VALUES (@id, @sessionId, @itemId, @kind, @material, @page, @contentType, @bytes, @sha256, @body, @transactionId, @createdAt)`,
  );
  const deleteSlot = db.prepare(
    `DELETE FROM case_attachments WHERE session_id = ? AND item_id = ? AND material = ? AND page = ? AND kind = 'page' AND transaction_id IS NULL`,
  );
  const putPage = db.transaction((slot: PageSlot, row: Record<string, unknown>) => {
    deleteSlot.run(slot.sessionId, slot.itemId, slot.material, slot.page);
    insert.run(row);
  });

  return {
    /** Keeps a captured page in its slot of the visit (a retake replaces the page before it). */
    putDraftPage(slot: PageSlot, jpeg: Uint8Array): AttachmentManifestEntry {
      const row = {
        id: ulid(now().getTime()),
        ...slot,
        kind: 'page',
        contentType: attachmentContentTypes.page,
        bytes: jpeg.length,
        sha256: sha256Hex(jpeg),
        body: cipher.sealBytes(jpeg),
        transactionId: null,
        createdAt: now().toISOString(),
      };
      try {
        putPage(slot, row);
      } catch (err) {
        rethrowStorageError(err);
      }
      return entryOf({ id: row.id, kind: 'page', material: slot.material, page: slot.page, content_type: row.contentType, bytes: row.bytes, sha256: row.sha256 });
    },
    removeDraftPage(slot: PageSlot): boolean {
      return deleteSlot.run(slot.sessionId, slot.itemId, slot.material, slot.page).changes > 0;
    },
    /** The visit's pages for an item, material by material, page by page. */
    draftPages(sessionId: string, itemId: string): AttachmentManifestEntry[] {
      const rows = db
        .prepare(`SELECT ${columns} FROM case_attachments WHERE session_id = ? AND item_id = ? AND transaction_id IS NULL AND kind = 'page' ORDER BY material, page`)
        .all(sessionId, itemId) as Row[];
      return rows.map(entryOf);
    },
    /** The visit's drafts of one item (its materials went to a counter instead). */
    dropDraftsOf(sessionId: string, itemId: string): number {
      return db.prepare('DELETE FROM case_attachments WHERE transaction_id IS NULL AND session_id = ? AND item_id = ?').run(sessionId, itemId).changes;
    },
    /** Every draft not of `keepSessionId`'s visit (null: all): the visit ended, or the kiosk restarted. */
    dropDraftsExcept(keepSessionId: string | null): number {
      return db.prepare('DELETE FROM case_attachments WHERE transaction_id IS NULL AND session_id IS NOT ?').run(keepSessionId).changes;
    },
    /**
     * Binds the visit's pages of an item, and the signature, to the filed case. Call inside the
     * case's SQLite transaction: the case and its attachments are committed together or not at all.
     */
    bindToCase(sessionId: string, itemId: string, transactionId: string, signature: { png: Uint8Array; id: string } | null): void {
      db.prepare(`UPDATE case_attachments SET transaction_id = ? WHERE session_id = ? AND item_id = ? AND transaction_id IS NULL AND kind = 'page'`).run(
        transactionId,
        sessionId,
        itemId,
      );
      if (signature) {
        insert.run({
          id: signature.id,
          sessionId,
          itemId,
          kind: 'signature',
          material: null,
          page: null,
          contentType: attachmentContentTypes.signature,
          bytes: signature.png.length,
          sha256: sha256Hex(signature.png),
          body: cipher.sealBytes(signature.png),
          transactionId,
          createdAt: now().toISOString(),
        });
      }
    },
    newSignatureId(): string {
      return ulid(now().getTime());
    },
    /** The next attachment whose case the hub already holds (the outbox delivered it), oldest first. */
    nextUpload(): PendingUpload | null {
      const row = db
        .prepare(
          `SELECT ${columns}, transaction_id, body FROM case_attachments a
            WHERE transaction_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM outbox o WHERE o.transaction_id = a.transaction_id)
            ORDER BY attempts, id LIMIT 1`,
        )
        .get() as (Row & { transaction_id: string; body: Buffer }) | undefined;
      if (!row) return null;
      return { transactionId: row.transaction_id, entry: entryOf(row), body: cipher.openBytes(row.body) };
    },
    /** The hub holds the whole attachment: nothing of it stays on the kiosk. */
    acknowledge(id: string): void {
      db.prepare('DELETE FROM case_attachments WHERE id = ?').run(id);
    },
    recordFailure(id: string, error: string): void {
      db.prepare('UPDATE case_attachments SET attempts = attempts + 1, last_error = ? WHERE id = ?').run(error.slice(0, 500), id);
    },
    /** Attachments of filed cases still on the kiosk. */
    pendingCount(): number {
      return (db.prepare('SELECT COUNT(*) AS n FROM case_attachments WHERE transaction_id IS NOT NULL').get() as { n: number }).n;
    },
  };
}

export type CaseAttachmentStore = ReturnType<typeof createCaseAttachmentStore>;
