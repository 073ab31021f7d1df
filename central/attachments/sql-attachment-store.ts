// The reference hub's attachment store: one row per attachment in case_attachments (migration 19).
// Chunks are appended only where the row's `received` says the last one ended, in one UPDATE, so two
// racing copies of the same chunk (a retry after a lost answer) cannot both land.
import { createHash } from 'node:crypto';
import { attachmentManifestSchema, sniffContentType, type AttachmentManifestEntry, type AttachmentSummary } from '../../shared/contract/case-attachments.ts';
import { isoOf, type Database } from '../storage/database.ts';
import type { AttachmentOutcome, AttachmentStore } from './attachment-store.ts';

interface Row {
  id: string;
  terminal_id: string;
  sha256: string;
  size: number;
  received: number;
  completed_at: unknown;
}

const viewOf = (row: Row): AttachmentOutcome => ({ ok: true, id: row.id, received: Number(row.received), bytes: Number(row.size), complete: row.completed_at !== null });

const sameEntry = (a: AttachmentManifestEntry, b: AttachmentManifestEntry) =>
  a.id === b.id && a.kind === b.kind && a.sha256 === b.sha256 && a.bytes === b.bytes && a.contentType === b.contentType && (a.kind !== 'page' || (b.kind === 'page' && a.material === b.material && a.page === b.page));

export function createSqlAttachmentStore(db: Database): AttachmentStore {
  const row = async (terminalId: string, id: string): Promise<Row | null> =>
    (await db.query<Row>('SELECT id, terminal_id, sha256, size, received, completed_at FROM case_attachments WHERE id = $1 AND terminal_id = $2', [id, terminalId]))[0] ?? null;

  return {
    async start(terminalId, transactionId, entry, at) {
      const tx = await db.query<{ kind: string; payload: { data?: { attachments?: unknown } } }>('SELECT kind, payload FROM transactions WHERE terminal_id = $1 AND id = $2', [terminalId, transactionId]);
      if (!tx[0] || tx[0].kind !== 'application') return { ok: false, reason: 'unknown-case' };
      // Only what the filed case lists: the manifest travelled inside the signed, committed case.
      const manifest = attachmentManifestSchema.safeParse(tx[0].payload.data?.attachments ?? []);
      const listed = manifest.success ? manifest.data.find((e) => e.id === entry.id) : undefined;
      if (!listed || !sameEntry(listed, entry)) return { ok: false, reason: 'not-in-case' };
      await db.query(
        `INSERT INTO case_attachments (id, terminal_id, transaction_id, kind, material, page, content_type, size, sha256, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) ON CONFLICT (id) DO NOTHING`,
        [entry.id, terminalId, transactionId, entry.kind, entry.kind === 'page' ? entry.material : null, entry.kind === 'page' ? entry.page : null, entry.contentType, entry.bytes, entry.sha256, at.toISOString()],
      );
      const kept = await row(terminalId, entry.id);
      if (!kept || kept.sha256 !== entry.sha256) return { ok: false, reason: 'conflict' };
      return viewOf(kept);
    },

    async append(terminalId, id, start, chunk) {
      const kept = await row(terminalId, id);
      if (!kept) return { ok: false, reason: 'unknown-attachment' };
      const received = Number(kept.received);
      // A chunk the hub already holds (the answer to it was lost): nothing to do.
      if (kept.completed_at !== null || start + chunk.length <= received) return viewOf(kept);
      if (start !== received) return { ok: false, reason: 'gap', received };
      if (start + chunk.length > Number(kept.size)) return { ok: false, reason: 'too-large', received };
      const updated = await db.query<Row>(
        `UPDATE case_attachments SET body = body || $3, received = received + $4
          WHERE id = $1 AND terminal_id = $2 AND received = $5 AND completed_at IS NULL
          RETURNING id, terminal_id, sha256, size, received, completed_at`,
        [id, terminalId, chunk, chunk.length, start],
      );
      return updated[0] ? viewOf(updated[0]) : viewOf((await row(terminalId, id))!);
    },

    async complete(terminalId, id, at) {
      const kept = await row(terminalId, id);
      if (!kept) return { ok: false, reason: 'unknown-attachment' };
      if (kept.completed_at !== null) return viewOf(kept);
      if (Number(kept.received) !== Number(kept.size)) return { ok: false, reason: 'incomplete' };
      const [{ body, content_type }] = await db.query<{ body: Uint8Array; content_type: string }>('SELECT body, content_type FROM case_attachments WHERE id = $1', [id]);
      const bytes = Buffer.from(body);
      const reset = async () => void (await db.query(`UPDATE case_attachments SET body = ''::bytea, received = 0 WHERE id = $1`, [id]));
      // Damaged on the way: start again from nothing rather than keep bytes nobody can vouch for.
      if (createHash('sha256').update(bytes).digest('hex') !== kept.sha256) return (await reset(), { ok: false, reason: 'hash-mismatch' });
      if (sniffContentType(bytes) !== content_type) return (await reset(), { ok: false, reason: 'wrong-content-type' });
      const done = await db.query<Row>(
        `UPDATE case_attachments SET completed_at = $2 WHERE id = $1 RETURNING id, terminal_id, sha256, size, received, completed_at`,
        [id, at.toISOString()],
      );
      return viewOf(done[0]!);
    },

    async listForCase(caseNumber) {
      const found = await db.query<{ terminal_id: string; transaction_id: string }>('SELECT terminal_id, transaction_id FROM cases WHERE case_number = $1', [caseNumber]);
      if (!found[0]) return null;
      const rows = await db.query<{ id: string; kind: 'page' | 'signature'; material: number | null; page: number | null; content_type: string; size: number; sha256: string; completed_at: unknown }>(
        `SELECT id, kind, material, page, content_type, size, sha256, completed_at FROM case_attachments
          WHERE terminal_id = $1 AND transaction_id = $2 AND completed_at IS NOT NULL
          ORDER BY kind, material, page, id`,
        [found[0].terminal_id, found[0].transaction_id],
      );
      return rows.map((r) => ({
        id: r.id,
        transactionId: found[0]!.transaction_id,
        caseNumber,
        kind: r.kind,
        material: r.material,
        page: r.page,
        contentType: r.content_type,
        bytes: Number(r.size),
        sha256: r.sha256,
        completedAt: isoOf(r.completed_at),
      }));
    },

    async read(id) {
      const rows = await db.query<{ content_type: string; body: Uint8Array; sha256: string }>('SELECT content_type, body, sha256 FROM case_attachments WHERE id = $1 AND completed_at IS NOT NULL', [id]);
      return rows[0] ? { contentType: rows[0].content_type, body: Buffer.from(rows[0].body), sha256: rows[0].sha256 } : null;
    },
  };
}
