// Resumable release uploads on the hub (issue 21). Chunks are kept per (upload id, SHA-256) in
// order and without gaps, so "how far did you get" is one number. Completing hands the whole file
// to publishRelease, the same check as the single-request route: nothing unverified is a release.
import type { Database } from '../storage/database.ts';
import { HttpError } from '../http-errors.ts';
import { sha256HexOf, signedReleaseSchema, verifyManifest, type ReleaseView } from '../../shared/contract/releases.ts';
import type { ReleaseUploadView, StartReleaseUploadRequest } from '../../shared/contract/release-uploads.ts';
import { publishRelease } from './release-store.ts';

/** The single-request route's body limit: a release with its modules still fits. */
export const MAX_RELEASE_BYTES = 400 * 1024 * 1024;
/** An upload nobody touched for this long is given up (its chunks are deleted at the next start). */
const ABANDONED_AFTER_MS = 7 * 24 * 3600 * 1000;

type UploadRow = { upload_id: string; sha256: string; manifest: string; signature: string; size: number | string | bigint; received: number | string | bigint };

function viewOf(row: UploadRow): ReleaseUploadView {
  const version = (JSON.parse(row.manifest) as { version: string }).version;
  return { uploadId: row.upload_id, sha256: row.sha256, version, size: Number(row.size), received: Number(row.received) };
}

function unknownUpload(uploadId: string, sha256: string): HttpError {
  return new HttpError(404, 'unknown-upload', `the hub has no upload ${uploadId} of ${sha256.slice(0, 12)}…: start it again (kioskctl release publish does)`);
}

/**
 * Starts an upload, or finds the one already begun for this id and bundle. The signature and the
 * version are checked now, so an admin learns before sending megabytes that they would be refused.
 */
export async function startUpload(db: Database, releasePublicKey: string | null, request: StartReleaseUploadRequest, now: Date): Promise<ReleaseUploadView> {
  if (!releasePublicKey) {
    throw new HttpError(409, 'no-release-key', 'this hub has no release public key: start it with CENTRAL_RELEASE_PUBLIC_KEY (kioskctl release keygen prints it), then publish again');
  }
  const signed = { manifest: request.manifest, signature: request.signature };
  if (!verifyManifest(releasePublicKey, signed)) {
    throw new HttpError(422, 'bad-signature', `the manifest of ${request.manifest.version} is not signed by the release key this hub trusts; nothing was stored`);
  }
  const { sha256, size } = request.manifest.bundle;
  if (size > MAX_RELEASE_BYTES) throw new HttpError(413, 'too-large', `the bundle has ${size} bytes; the hub takes releases of at most ${MAX_RELEASE_BYTES} bytes`);
  const published = await db.query('SELECT 1 FROM releases WHERE version = $1', [request.manifest.version]);
  if (published.length > 0) throw new HttpError(409, 'release-exists', `release ${request.manifest.version} is already published; a version is published once (bump it)`);
  await db.query('DELETE FROM release_uploads WHERE updated_at < $1', [new Date(now.getTime() - ABANDONED_AFTER_MS).toISOString()]);
  // A re-packed release may carry a newer manifest (its `created`) for the same bytes: keep the newest.
  const rows = await db.query<UploadRow>(
    `INSERT INTO release_uploads (upload_id, sha256, manifest, signature, size, received, updated_at) VALUES ($1, $2, $3, $4, $5, 0, $6)
     ON CONFLICT (upload_id, sha256) DO UPDATE SET manifest = EXCLUDED.manifest, signature = EXCLUDED.signature, updated_at = EXCLUDED.updated_at
     RETURNING upload_id, sha256, manifest, signature, size, received`,
    [request.uploadId, sha256, JSON.stringify(request.manifest), request.signature, size, now.toISOString()],
  );
  return viewOf(rows[0]!);
}

export async function readUpload(db: Database, uploadId: string, sha256: string): Promise<ReleaseUploadView | null> {
  const rows = await db.query<UploadRow>('SELECT upload_id, sha256, manifest, signature, size, received FROM release_uploads WHERE upload_id = $1 AND sha256 = $2', [uploadId, sha256]);
  return rows[0] ? viewOf(rows[0]) : null;
}

/**
 * Stores the chunk that starts where the hub's bytes end. A chunk it already holds (the answer to
 * it was lost) is acknowledged again without being stored twice; one past a gap is refused.
 */
export async function appendChunk(db: Database, uploadId: string, sha256: string, start: number, bytes: Buffer, chunkDigest: string | null, now: Date): Promise<ReleaseUploadView> {
  if (chunkDigest !== null && sha256HexOf(bytes) !== chunkDigest) {
    throw new HttpError(422, 'bad-chunk', `the chunk at byte ${start} was damaged on the way (${bytes.length} bytes, not those of its SHA-256); nothing of it was stored: send it again`);
  }
  return db.transaction(async (tx) => {
    const rows = await tx.query<UploadRow>(
      'SELECT upload_id, sha256, manifest, signature, size, received FROM release_uploads WHERE upload_id = $1 AND sha256 = $2 FOR UPDATE',
      [uploadId, sha256],
    );
    if (!rows[0]) throw unknownUpload(uploadId, sha256);
    const upload = viewOf(rows[0]);
    if (start + bytes.length <= upload.received) return upload;
    if (start !== upload.received) {
      throw new HttpError(409, 'upload-offset', `the hub holds ${upload.received} bytes of this upload; send from byte ${upload.received}, not ${start}`);
    }
    if (start + bytes.length > upload.size) {
      throw new HttpError(422, 'too-long', `the chunk would end at byte ${start + bytes.length}; the bundle has ${upload.size} bytes`);
    }
    await tx.query('INSERT INTO release_upload_chunks (upload_id, sha256, start_byte, bytes) VALUES ($1, $2, $3, $4)', [uploadId, sha256, start, bytes]);
    await tx.query('UPDATE release_uploads SET received = $3, updated_at = $4 WHERE upload_id = $1 AND sha256 = $2', [uploadId, sha256, start + bytes.length, now.toISOString()]);
    return { ...upload, received: start + bytes.length };
  });
}

/** Makes the release from a whole upload, or refuses; either way the upload is gone afterwards. */
export async function completeUpload(db: Database, releasePublicKey: string | null, uploadId: string, sha256: string, now: Date): Promise<ReleaseView> {
  const rows = await db.query<UploadRow>('SELECT upload_id, sha256, manifest, signature, size, received FROM release_uploads WHERE upload_id = $1 AND sha256 = $2', [uploadId, sha256]);
  if (!rows[0]) throw unknownUpload(uploadId, sha256);
  const upload = viewOf(rows[0]);
  if (upload.received < upload.size) {
    throw new HttpError(409, 'upload-incomplete', `the hub holds ${upload.received} of ${upload.size} bytes of this upload; send the rest first`);
  }
  const chunks = await db.query<{ bytes: Uint8Array }>('SELECT bytes FROM release_upload_chunks WHERE upload_id = $1 AND sha256 = $2 ORDER BY start_byte', [uploadId, sha256]);
  const bundle = Buffer.concat(chunks.map((c) => Buffer.from(c.bytes)));
  const signed = signedReleaseSchema.parse({ manifest: JSON.parse(rows[0].manifest), signature: rows[0].signature });
  const discard = () => db.query('DELETE FROM release_uploads WHERE upload_id = $1 AND sha256 = $2', [uploadId, sha256]);
  try {
    const view = await publishRelease(db, releasePublicKey, { ...signed, bundle }, now);
    await discard();
    return view;
  } catch (err) {
    // Bytes that failed the check cannot be told apart from good ones: the next try starts afresh.
    if (err instanceof HttpError && ['bad-hash', 'bad-signature', 'release-exists'].includes(err.code)) {
      await discard();
      const tail = err.code === 'release-exists' ? '' : '; the upload was discarded: run the same command again to send it afresh';
      throw new HttpError(err.status, err.code, `${err.message}${tail}`);
    }
    throw err;
  }
}
