// Documents pulled from central (catalog, config, announcements), kept as the last good version.
// A row is only written after its signature and body were verified, and in one statement, so a
// crash leaves either the old good version or the new good version.
import type { Db } from './open-store.ts';
import type { DocumentKind } from '../../shared/contract/schemas.ts';

export type CachedKind = DocumentKind;

export interface CachedDocument {
  kind: CachedKind;
  version: number;
  etag: string | null;
  /** The document body exactly as central signed it (JSON text). */
  body: string;
  signature: string | null;
  appliedAt: string;
}

interface Row {
  kind: CachedKind;
  version: string;
  etag: string | null;
  body: string;
  signature: string | null;
  applied_at: string;
}

export function readCache(db: Db, kind: CachedKind): CachedDocument | null {
  const row = db.prepare('SELECT * FROM caches WHERE kind = ?').get(kind) as Row | undefined;
  if (!row) return null;
  return { kind: row.kind, version: Number(row.version), etag: row.etag, body: row.body, signature: row.signature, appliedAt: row.applied_at };
}

export function writeCache(db: Db, doc: Omit<CachedDocument, 'appliedAt'>, at: Date = new Date()): void {
  db.prepare(
    `INSERT INTO caches (kind, version, etag, body, signature, applied_at) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (kind) DO UPDATE SET version = excluded.version, etag = excluded.etag, body = excluded.body,
       signature = excluded.signature, applied_at = excluded.applied_at`,
  ).run(doc.kind, String(doc.version), doc.etag, doc.body, doc.signature, at.toISOString());
}
