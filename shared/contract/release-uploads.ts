// Resumable release uploads (issue 21): `kioskctl release publish` sends a release in chunks the
// hub keeps, keyed by upload id and the bundle's SHA-256, so a cut or stalled link costs only the
// chunk in flight. The release exists only after the whole file passes the same checks as
// POST /v1/admin/releases (signature, size, SHA-256).
import { z } from 'zod';
import { releaseVersionSchema, signedReleaseSchema } from './releases.ts';

/** Chosen by the client; kioskctl uses the release's version, so the same command finds it again. */
export const uploadIdSchema = z.string().regex(/^[A-Za-z0-9._-]{1,64}$/, 'must be 1 to 64 of A-Z a-z 0-9 . _ -');
export const sha256HexSchema = z.string().regex(/^[0-9a-f]{64}$/, 'must be 64 lower-case hex characters');

/** The largest chunk the hub takes in one request. */
export const MAX_UPLOAD_CHUNK_BYTES = 8 * 1024 * 1024;
/** Optional request header on a chunk: its own SHA-256, so damage in transit is refused at once. */
export const CHUNK_DIGEST_HEADER = 'x-chunk-sha256';

export const startReleaseUploadRequestSchema = signedReleaseSchema.extend({ uploadId: uploadIdSchema });
export type StartReleaseUploadRequest = z.infer<typeof startReleaseUploadRequestSchema>;

export const releaseUploadViewSchema = z.object({
  uploadId: uploadIdSchema,
  sha256: sha256HexSchema,
  version: releaseVersionSchema,
  size: z.number().int(),
  /** Bytes the hub holds from the start of the bundle: the next chunk starts here. */
  received: z.number().int(),
});
export type ReleaseUploadView = z.infer<typeof releaseUploadViewSchema>;
