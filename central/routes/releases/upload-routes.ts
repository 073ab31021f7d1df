// Resumable release uploads over HTTP (issue 21), for `kioskctl release publish` on a slow link:
// start (or find) an upload, ask how far it got, send raw chunks in order, complete. The
// single-request POST /v1/admin/releases stays for older clients.
import type { FastifyInstance } from 'fastify';
import { CHUNK_DIGEST_HEADER, MAX_UPLOAD_CHUNK_BYTES, sha256HexSchema, startReleaseUploadRequestSchema, uploadIdSchema } from '../../../shared/contract/release-uploads.ts';
import { HttpError, parseOr400 } from '../../http-errors.ts';
import type { Database } from '../../storage/database.ts';
import { appendAdminLog } from '../../commands/command-store.ts';
import { recordAudit } from '../../audit/audit-log.ts';
import { appendChunk, completeUpload, readUpload, startUpload } from '../../releases/release-uploads.ts';

function uploadKey(params: unknown): { uploadId: string; sha256: string } {
  const { uploadId, sha256 } = params as { uploadId: string; sha256: string };
  if (!uploadIdSchema.safeParse(uploadId).success || !sha256HexSchema.safeParse(sha256).success) {
    throw new HttpError(404, 'unknown-upload', `no upload ${uploadId} of ${sha256}`);
  }
  return { uploadId, sha256 };
}

export function registerReleaseUploadRoutes(app: FastifyInstance, db: Database, releasePublicKey: string | null, now: () => number): void {
  // A scope of their own: raw chunk bodies are parsed here and nowhere else in the admin API.
  void app.register(async (uploads) => {
    uploads.addContentTypeParser('application/octet-stream', { parseAs: 'buffer', bodyLimit: MAX_UPLOAD_CHUNK_BYTES }, (_request, body, done) => done(null, body));

    uploads.post('/v1/admin/release-uploads', async (request) => {
      const body = parseOr400(startReleaseUploadRequestSchema, request.body, 'release upload');
      return startUpload(db, releasePublicKey, body, new Date(now()));
    });

    uploads.get('/v1/admin/release-uploads/:uploadId/:sha256', async (request) => {
      const { uploadId, sha256 } = uploadKey(request.params);
      const view = await readUpload(db, uploadId, sha256);
      if (!view) throw new HttpError(404, 'unknown-upload', `the hub has no upload ${uploadId} of ${sha256.slice(0, 12)}…`);
      return view;
    });

    uploads.put('/v1/admin/release-uploads/:uploadId/:sha256/chunks/:start', { bodyLimit: MAX_UPLOAD_CHUNK_BYTES }, async (request) => {
      const { uploadId, sha256 } = uploadKey(request.params);
      const start = Number((request.params as { start: string }).start);
      if (!Number.isSafeInteger(start) || start < 0) throw new HttpError(400, 'bad-offset', 'a chunk starts at a byte offset: a whole number from 0');
      if (!Buffer.isBuffer(request.body) || request.body.length === 0) {
        throw new HttpError(400, 'invalid-body', 'a chunk is sent as application/octet-stream, at least 1 byte');
      }
      const digest = request.headers[CHUNK_DIGEST_HEADER];
      if (Array.isArray(digest) || (digest !== undefined && !sha256HexSchema.safeParse(digest).success)) {
        throw new HttpError(400, 'bad-chunk-digest', `${CHUNK_DIGEST_HEADER} must be one lower-case hex SHA-256`);
      }
      return appendChunk(db, uploadId, sha256, start, request.body, digest ?? null, new Date(now()));
    });

    uploads.post('/v1/admin/release-uploads/:uploadId/:sha256/complete', async (request, reply) => {
      const { uploadId, sha256 } = uploadKey(request.params);
      const view = await completeUpload(db, releasePublicKey, uploadId, sha256, new Date(now()));
      await appendAdminLog(db, new Date(now()), 'release published', null, `${view.version} (${view.size} bytes, sha256 ${view.sha256}; uploaded in chunks)`);
      await recordAudit(db, request, { action: 'release.publish', target: { kind: 'release', id: view.version }, after: { size: view.size, sha256: view.sha256, inChunks: true } });
      return reply.status(201).send(view);
    });
  });
}
