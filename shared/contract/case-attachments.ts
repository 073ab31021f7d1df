// Attachments of a case (issue 24): the pages a resident lays under the document camera (高拍仪)
// and their signature, filed with a 事项办理 application. The kiosk and the hub enforce the same
// limits from here; the case's payload carries the manifest, the bytes follow in chunks
// (POST /v1/attachments, PUT …/chunks/{start}, POST …/complete). No Node imports: the renderer
// bundles it too.
import { z } from 'zod';

const sha256HexSchema = z.string().regex(/^[0-9a-f]{64}$/, 'must be 64 lower-case hex characters');

/** A clerk reads a page of A4 at 1 600–2 200 px as JPEG; more than this is a photo, not a scan. */
export const MAX_PAGE_BYTES = 500 * 1024;
export const MAX_SIGNATURE_BYTES = 200 * 1024;
/** All pages and the signature of one case together. */
export const MAX_CASE_ATTACHMENT_BYTES = 8 * 1024 * 1024;
/** Pages of one material, whatever the catalog says (a household register, a contract). */
export const MAX_PAGES_PER_MATERIAL = 10;
/**
 * The kiosk sends this much per request: a few seconds on a slow township link, so a cut costs a
 * few seconds, and base64 in a signed JSON body stays far under the hub's body limit.
 */
export const ATTACHMENT_CHUNK_BYTES = 64 * 1024;

export const attachmentContentTypes = { page: 'image/jpeg', signature: 'image/png' } as const;
export type AttachmentKind = keyof typeof attachmentContentTypes;

/** Made on the kiosk (a ULID), the hub's key: a repeat of the same id and hash is a no-op. */
export const attachmentIdSchema = z.string().regex(/^[0-9A-HJKMNP-TV-Z]{26}$/, 'must be a ULID');

export const attachmentManifestEntrySchema = z.discriminatedUnion('kind', [
  z.strictObject({
    id: attachmentIdSchema,
    kind: z.literal('page'),
    /** Index of the material in the item's `materials`, and of the page within it (from 0). */
    material: z.number().int().min(0).max(19),
    page: z.number().int().min(0).max(MAX_PAGES_PER_MATERIAL - 1),
    contentType: z.literal(attachmentContentTypes.page),
    bytes: z.number().int().min(1).max(MAX_PAGE_BYTES),
    sha256: sha256HexSchema,
  }),
  z.strictObject({
    id: attachmentIdSchema,
    kind: z.literal('signature'),
    contentType: z.literal(attachmentContentTypes.signature),
    bytes: z.number().int().min(1).max(MAX_SIGNATURE_BYTES),
    sha256: sha256HexSchema,
  }),
]);
export type AttachmentManifestEntry = z.infer<typeof attachmentManifestEntrySchema>;

export const attachmentManifestSchema = z
  .array(attachmentManifestEntrySchema)
  .max(60)
  .superRefine((entries, ctx) => {
    const total = entries.reduce((sum, e) => sum + e.bytes, 0);
    if (total > MAX_CASE_ATTACHMENT_BYTES) ctx.addIssue({ code: 'custom', message: `attachments total ${total} bytes, more than ${MAX_CASE_ATTACHMENT_BYTES}` });
    if (entries.filter((e) => e.kind === 'signature').length > 1) ctx.addIssue({ code: 'custom', message: 'a case has at most one signature' });
    if (new Set(entries.map((e) => e.id)).size !== entries.length) ctx.addIssue({ code: 'custom', message: 'an attachment id is listed twice' });
  });

/** The signature's link to its application (shared/contract/signature-binding.ts makes and checks it). */
export const signatureBindingSchema = z.strictObject({
  /** sha256 over the item, the form's values and the pages' hashes in order. */
  binding: sha256HexSchema,
  /** sha256 over the binding, the PNG's hash and the strokes' hash: what the resident signed. */
  seal: sha256HexSchema,
  strokesSha256: sha256HexSchema,
});
export type SignatureBinding = z.infer<typeof signatureBindingSchema>;

/** One pen stroke: points in CSS pixels of the pad, pressure 0–1 (0.5 where the screen has none). */
export const signatureStrokesSchema = z
  .array(z.array(z.tuple([z.number().min(0).max(4000), z.number().min(0).max(4000), z.number().min(0).max(1)])).min(1).max(2000))
  .min(1)
  .max(200);
export type SignatureStrokes = z.infer<typeof signatureStrokesSchema>;

/** The bytes say what they are: a JPEG starts FF D8 FF, a PNG with its 8-byte signature. */
export function sniffContentType(bytes: Uint8Array): 'image/jpeg' | 'image/png' | null {
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  const png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length >= 8 && png.every((b, i) => bytes[i] === b)) return 'image/png';
  return null;
}

// ---- the upload, kiosk → hub ---------------------------------------------------------------------

export const startAttachmentRequestSchema = z.strictObject({
  /** The case's transaction (already delivered through the outbox). */
  transactionId: z.string().min(1).max(64),
  attachment: attachmentManifestEntrySchema,
});
export type StartAttachmentRequest = z.infer<typeof startAttachmentRequestSchema>;

export const attachmentChunkSchema = z.strictObject({ data: z.base64().max(Math.ceil((ATTACHMENT_CHUNK_BYTES * 4) / 3) + 4) });

export const attachmentUploadViewSchema = z.object({
  id: attachmentIdSchema,
  /** Bytes the hub holds from the start: the next chunk starts here. */
  received: z.number().int().min(0),
  bytes: z.number().int(),
  complete: z.boolean(),
});
export type AttachmentUploadView = z.infer<typeof attachmentUploadViewSchema>;

/** An attachment as the admin API lists it: only complete ones are listed. */
export interface AttachmentSummary {
  id: string;
  transactionId: string;
  caseNumber: string | null;
  kind: AttachmentKind;
  material: number | null;
  page: number | null;
  contentType: string;
  bytes: number;
  sha256: string;
  completedAt: string;
}
