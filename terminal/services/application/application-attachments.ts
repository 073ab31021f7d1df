// 事项办理's captured pages and signature (issue 24), checked here whatever the screen checked:
// a page is a JPEG in a slot the catalog's material has, no larger than MAX_PAGE_BYTES; the case's
// pages and signature together stay under MAX_CASE_ATTACHMENT_BYTES; a required material has all
// its pages unless the resident brings the materials to a counter; the signature is a PNG, sealed
// over the form's values and the pages (shared/contract/signature-binding.ts).
import { KioskError } from '../../kiosk-error.ts';
import { said } from '../../says/say.ts';
import { materialSpec, type ApplicationItem } from '../../../config/application-form-schema.ts';
import {
  attachmentContentTypes,
  MAX_CASE_ATTACHMENT_BYTES,
  MAX_PAGE_BYTES,
  MAX_SIGNATURE_BYTES,
  sniffContentType,
  type AttachmentManifestEntry,
  type SignatureBinding,
  type SignatureStrokes,
} from '../../../shared/contract/case-attachments.ts';
import { bindSignature } from '../../../shared/contract/signature-binding.ts';
import type { Session } from '../../session.ts';
import { sha256Hex, type CaseAttachmentStore } from './case-attachment-store.ts';
import type { CapturedPageView } from './application-contract.ts';

export interface PageRequest {
  material: number;
  page: number;
  jpeg: string;
}

export interface SignatureRequest {
  png: string;
  strokes: SignatureStrokes;
}

/** What filing adds to the case: the manifest and binding go in its data, the strokes in its personal part. */
export interface FilingAttachments {
  manifest: AttachmentManifestEntry[];
  signature: SignatureBinding | null;
  strokes: SignatureStrokes | null;
  /** Inside the case's SQLite transaction, once its id is known. */
  bind(transactionId: string): void;
}

function checkSlot(item: ApplicationItem, material: number, page: number): void {
  const m = item.materials[material];
  if (!m || page >= materialSpec(m).pages) throw new KioskError('bad-request', said('cases.pageNotInMaterial'));
}

export function createApplicationAttachments(store: CaseAttachmentStore) {
  return {
    putPage(session: Session, item: ApplicationItem, req: PageRequest): CapturedPageView {
      checkSlot(item, req.material, req.page);
      const jpeg = Buffer.from(req.jpeg, 'base64');
      if (jpeg.length > MAX_PAGE_BYTES) throw new KioskError('bad-request', said('cases.pageTooLarge', { max: MAX_PAGE_BYTES / 1024 }));
      if (sniffContentType(jpeg) !== attachmentContentTypes.page) throw new KioskError('bad-request', said('cases.pageNotImage'));
      const others = store.draftPages(session.id, item.id).filter((p) => p.kind === 'page' && !(p.material === req.material && p.page === req.page));
      if (others.reduce((sum, p) => sum + p.bytes, 0) + jpeg.length + MAX_SIGNATURE_BYTES > MAX_CASE_ATTACHMENT_BYTES) {
        throw new KioskError('bad-request', said('cases.attachmentsTooLarge'));
      }
      const kept = store.putDraftPage({ sessionId: session.id, itemId: item.id, material: req.material, page: req.page }, jpeg);
      return { material: req.material, page: req.page, bytes: kept.bytes };
    },
    removePage(session: Session, item: ApplicationItem, slot: { material: number; page: number }): { removed: boolean } {
      checkSlot(item, slot.material, slot.page);
      return { removed: store.removeDraftPage({ sessionId: session.id, itemId: item.id, ...slot }) };
    },
    /** Checks the visit's pages and the signature for filing and seals the signature over `fields`. */
    /**
     * `materialsAtCounter` undefined (a screen without the camera step, as before issue 24): the
     * materials go to a counter unless pages were captured.
     */
    forFiling(session: Session, item: ApplicationItem, fields: Record<string, unknown>, opts: { materialsAtCounter: boolean | undefined; signature: SignatureRequest | null }): FilingAttachments {
      const drafts = store.draftPages(session.id, item.id);
      const atCounter = opts.materialsAtCounter ?? drafts.length === 0;
      const pages = atCounter ? [] : drafts;
      if (!atCounter) {
        let missing = 0;
        item.materials.forEach((m, material) => {
          const spec = materialSpec(m);
          if (spec.required) missing += spec.pages - pages.filter((p) => p.kind === 'page' && p.material === material).length;
        });
        if (missing > 0) throw new KioskError('bad-request', said('cases.materialPagesMissing', { count: missing }));
      }
      const manifest: AttachmentManifestEntry[] = [...pages];
      let signature: SignatureBinding | null = null;
      let png: Buffer | null = null;
      let signatureId: string | null = null;
      if (opts.signature) {
        png = Buffer.from(opts.signature.png, 'base64');
        if (png.length === 0 || png.length > MAX_SIGNATURE_BYTES || sniffContentType(png) !== attachmentContentTypes.signature) {
          throw new KioskError('bad-request', said('cases.signatureUnreadable'));
        }
        signature = bindSignature({ itemId: item.id, fields, pageHashes: pages.map((p) => p.sha256) }, png, opts.signature.strokes);
        signatureId = store.newSignatureId();
        manifest.push({ id: signatureId, kind: 'signature', contentType: attachmentContentTypes.signature, bytes: png.length, sha256: sha256Hex(png) });
      }
      if (manifest.reduce((sum, e) => sum + e.bytes, 0) > MAX_CASE_ATTACHMENT_BYTES) throw new KioskError('bad-request', said('cases.attachmentsTooLarge'));
      return {
        manifest,
        signature,
        strokes: opts.signature?.strokes ?? null,
        bind: (transactionId) => {
          if (atCounter) store.dropDraftsOf(session.id, item.id);
          store.bindToCase(session.id, item.id, transactionId, png && signatureId ? { png, id: signatureId } : null);
        },
      };
    },
  };
}
