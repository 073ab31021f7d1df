// Where the hub keeps 事项办理's pages and signatures (issue 24). An interface, so a hall that keeps
// files in object storage can swap the body's home; the reference hub keeps them in its own
// PostgreSQL/PGlite table (sql-attachment-store.ts), a few MB per case at most.
import type { AttachmentManifestEntry, AttachmentSummary, AttachmentUploadView } from '../../shared/contract/case-attachments.ts';

export type AttachmentRefusal =
  /** The terminal sent no such case, or the case does not list this attachment. */
  | { ok: false; reason: 'unknown-case' | 'not-in-case' | 'unknown-attachment' }
  /** Another attachment already has this id, or the chunk does not continue what the hub holds. */
  | { ok: false; reason: 'conflict' | 'gap' | 'too-large'; received?: number }
  /** complete: the bytes are not what the manifest says (size, SHA-256 or kind of image). */
  | { ok: false; reason: 'incomplete' | 'hash-mismatch' | 'wrong-content-type' };

export type AttachmentOutcome = ({ ok: true } & AttachmentUploadView) | AttachmentRefusal;

export interface AttachmentStore {
  /** Starts (or finds) an upload the terminal's case lists; a repeat is answered with what the hub holds. */
  start(terminalId: string, transactionId: string, entry: AttachmentManifestEntry, at: Date): Promise<AttachmentOutcome>;
  /** Appends bytes at `start`; a chunk the hub already holds is a no-op. */
  append(terminalId: string, id: string, start: number, chunk: Buffer): Promise<AttachmentOutcome>;
  /** Checks size, SHA-256 and content; only then is the attachment listed and served. */
  complete(terminalId: string, id: string, at: Date): Promise<AttachmentOutcome>;
  /** Complete attachments of a case, pages in material and page order, then the signature. */
  listForCase(caseNumber: string): Promise<AttachmentSummary[] | null>;
  /** A complete attachment's bytes. */
  read(id: string): Promise<{ contentType: string; body: Buffer; sha256: string } | null>;
}
