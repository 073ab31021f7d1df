// Sends a packed release to the hub in resumable chunks (issue 21). A county office's uplink may
// carry 3 Mbit/s on a good day: the time limit is on lack of progress (no chunk acknowledged for
// 30 s), never on the whole upload, and a failure or a second run continues from what the hub
// already holds instead of starting over.
import { z } from 'zod';
import { AdminClientError, type AdminRequest } from '../admin-client.ts';
import { releaseViewSchema, sha256HexOf, type ReleaseView, type SignedRelease } from '../../shared/contract/releases.ts';
import { CHUNK_DIGEST_HEADER, MAX_UPLOAD_CHUNK_BYTES, releaseUploadViewSchema, type ReleaseUploadView } from '../../shared/contract/release-uploads.ts';

/** The first chunk; later ones are sized to the link (see nextChunkBytes). */
export const DEFAULT_CHUNK_BYTES = 256 * 1024;
export const DEFAULT_STALL_MS = 30_000;
const MIN_CHUNK_BYTES = 64 * 1024;
/** Verifying a release of a few hundred MB takes the hub seconds. */
const COMPLETE_TIMEOUT_MS = 60_000;
/** A connection cut mid-chunk is tried again this often (asking the hub how far it got) before giving up. */
const RETRIES_AFTER_BREAK = 3;

export type HubRequest = <S extends z.ZodType>(method: string, path: string, schema: S, init?: AdminRequest) => Promise<z.infer<S>>;

export interface UploadOptions {
  request: HubRequest;
  /** The hub's address, for messages. */
  hubUrl: string;
  /** Bytes per request, fixed; without it the size follows the link's measured speed. */
  chunkBytes?: number;
  /** No chunk acknowledged for this long: the upload has stalled. */
  stallMs?: number;
  /** Progress for the admin ("uploading 3.1 of 12.0 MB"), one line each. */
  progress?: (line: string) => void;
}

/**
 * Each request costs the hub a transaction: on a fast link small chunks waste time, on a slow one
 * big chunks risk the stall limit. Aim each at a sixth of that limit at the speed just measured,
 * so the link may slow down six times before a healthy upload looks stalled.
 */
export function nextChunkBytes(sentBytes: number, tookMs: number, stallMs: number): number {
  const bytesPerMs = sentBytes / Math.max(tookMs, 1);
  return Math.round(Math.min(MAX_UPLOAD_CHUNK_BYTES / 2, Math.max(MIN_CHUNK_BYTES, (bytesPerMs * stallMs) / 6)));
}

export const megabytes = (bytes: number) => (bytes / 1_000_000).toFixed(1);

/** Publishes the release, resuming an earlier upload of the same bundle; throws AdminClientError. */
export async function uploadRelease(signed: SignedRelease, bundle: Buffer, options: UploadOptions): Promise<ReleaseView> {
  let chunkBytes = Math.min(options.chunkBytes ?? DEFAULT_CHUNK_BYTES, MAX_UPLOAD_CHUNK_BYTES);
  const stallMs = options.stallMs ?? DEFAULT_STALL_MS;
  const say = options.progress ?? (() => undefined);
  const size = bundle.length;
  const of = (received: number) => `${megabytes(received)} of ${megabytes(size)} MB`;

  let upload: ReleaseUploadView;
  try {
    upload = await options.request('POST', '/v1/admin/release-uploads', releaseUploadViewSchema, { json: { uploadId: signed.manifest.version, ...signed } });
  } catch (err) {
    if (err instanceof AdminClientError && err.status === 404 && err.code === 'not-found') return publishInOneRequest(signed, bundle, options, stallMs, say);
    throw err;
  }
  const base = `/v1/admin/release-uploads/${encodeURIComponent(upload.uploadId)}/${upload.sha256}`;
  let received = upload.received;
  say(received > 0 ? `resuming at ${of(received)} (the hub kept what it had)` : `uploading ${of(0)}`);

  // A line per tenth of the way: enough to see it move, few enough for a log.
  let shownTenth = Math.floor((received / size) * 10);
  let shown = '';
  let breaks = 0;
  while (received < size) {
    const chunk = bundle.subarray(received, Math.min(received + chunkBytes, size));
    const sentAt = Date.now();
    try {
      const answer = await options.request('PUT', `${base}/chunks/${received}`, releaseUploadViewSchema, {
        bytes: chunk,
        headers: { [CHUNK_DIGEST_HEADER]: sha256HexOf(chunk) },
        timeoutMs: stallMs,
      });
      received = answer.received;
      breaks = 0;
      if (options.chunkBytes === undefined) chunkBytes = nextChunkBytes(chunk.length, Date.now() - sentAt, stallMs);
    } catch (err) {
      if (!(err instanceof AdminClientError)) throw err;
      if (err.failure === 'timeout') {
        throw new AdminClientError(`upload stalled at ${of(received)}: no progress for ${stallMs / 1000} s; run the same command again to resume`, 'timeout');
      }
      if (err.failure === 'refused') throw new AdminClientError(`${err.message} (the upload stopped at ${of(received)}; run the same command again to resume)`, 'refused');
      const lostTrack = err.failure === 'broken' || err.code === 'upload-offset';
      if (!lostTrack || ++breaks > RETRIES_AFTER_BREAK) {
        const resume = err.failure === 'broken' ? '; run the same command again to resume' : '';
        throw new AdminClientError(`${err.message} (at ${of(received)}${resume})`, err.failure, err.status, err.code);
      }
      // The chunk may or may not have arrived: the hub says how far it got.
      received = (await options.request('GET', base, releaseUploadViewSchema, { timeoutMs: stallMs })).received;
    }
    const tenth = Math.floor((received / size) * 10);
    if (tenth !== shownTenth && received < size && of(received) !== shown) {
      shown = of(received);
      say(`uploading ${shown}`);
    }
    shownTenth = tenth;
  }
  say(`uploaded ${of(size)}; the hub is checking the signature and SHA-256`);
  // The hub reads the whole file back and hashes it: not a progress step, so a timeout of its own.
  return options.request('POST', `${base}/complete`, releaseViewSchema, { timeoutMs: Math.max(stallMs, COMPLETE_TIMEOUT_MS) });
}

/** A hub from before resumable uploads: the whole release in one request, given time for its size. */
function publishInOneRequest(signed: SignedRelease, bundle: Buffer, options: UploadOptions, stallMs: number, say: (line: string) => void): Promise<ReleaseView> {
  const bundleBase64 = bundle.toString('base64');
  say(`the hub at ${options.hubUrl} has no resumable uploads (an older version): sending ${megabytes(bundleBase64.length)} MB in one request`);
  // At least 256 kbit/s, or the stall limit for a small release.
  const timeoutMs = Math.max(stallMs, (bundleBase64.length / 32_000) * 1000);
  return options.request('POST', '/v1/admin/releases', releaseViewSchema, { json: { ...signed, bundleBase64 }, timeoutMs });
}
