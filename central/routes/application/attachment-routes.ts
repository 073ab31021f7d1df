// 事项办理's pages and signatures (issue 24): the kiosk's chunked upload (signed like every kiosk
// request; JSON with base64 chunks, so the signature covers the bytes) and the admin API's list and
// download. Only complete attachments (size and SHA-256 checked) are ever listed or served.
import type { FastifyInstance } from 'fastify';
import { attachmentChunkSchema, attachmentIdSchema, MAX_PAGE_BYTES, startAttachmentRequestSchema, ATTACHMENT_CHUNK_BYTES } from '../../../shared/contract/case-attachments.ts';
import { caseNumberSchema } from '../../../shared/contract/cases.ts';
import { HttpError, parseOr400 } from '../../http-errors.ts';
import type { AttachmentOutcome, AttachmentStore } from '../../attachments/attachment-store.ts';
import type { TerminalAuthenticator } from '../terminal-auth.ts';

const refusals: Record<Extract<AttachmentOutcome, { ok: false }>['reason'], [number, string]> = {
  'unknown-case': [404, 'the hub has no 事项办理 case with this transaction id from this terminal (send the case first)'],
  'not-in-case': [422, 'the case does not list this attachment (id, kind, size and SHA-256 must match its manifest)'],
  'unknown-attachment': [404, 'no upload of this attachment was started (POST /v1/attachments first)'],
  conflict: [409, 'another attachment already has this id'],
  gap: [409, "the chunk does not start where the hub's copy ends"],
  'too-large': [413, "the chunk goes past the attachment's size"],
  incomplete: [409, 'the hub does not hold all the bytes yet'],
  'hash-mismatch': [422, "the bytes' SHA-256 is not the manifest's: the upload starts again from byte 0"],
  'wrong-content-type': [422, 'the bytes are not the image the manifest names: the upload starts again from byte 0'],
};

function answer(outcome: AttachmentOutcome) {
  if (outcome.ok) {
    const { ok: _ok, ...view } = outcome;
    return view;
  }
  const [status, message] = refusals[outcome.reason];
  throw new HttpError(status, outcome.reason, 'received' in outcome && outcome.received !== undefined ? `${message} (it holds ${outcome.received} bytes)` : message);
}

function attachmentIdOf(params: unknown): string {
  const id = (params as { id: string }).id;
  if (!attachmentIdSchema.safeParse(id).success) throw new HttpError(404, 'unknown-attachment', `no attachment ${id}`);
  return id;
}

export function registerAttachmentUploadRoutes(app: FastifyInstance, store: AttachmentStore, authenticate: TerminalAuthenticator, now: () => number): void {
  app.post('/v1/attachments', async (request) => {
    const terminalId = await authenticate(request);
    const body = parseOr400(startAttachmentRequestSchema, request.body, 'attachment upload');
    return answer(await store.start(terminalId, body.transactionId, body.attachment, new Date(now())));
  });

  app.put('/v1/attachments/:id/chunks/:start', { bodyLimit: 2 * ATTACHMENT_CHUNK_BYTES }, async (request) => {
    const terminalId = await authenticate(request);
    const id = attachmentIdOf(request.params);
    const start = Number((request.params as { start: string }).start);
    if (!Number.isSafeInteger(start) || start < 0 || start >= MAX_PAGE_BYTES) throw new HttpError(400, 'bad-offset', 'a chunk starts at a byte offset inside the attachment');
    const { data } = parseOr400(attachmentChunkSchema, request.body, 'attachment chunk');
    const chunk = Buffer.from(data, 'base64');
    if (chunk.length === 0 || chunk.length > ATTACHMENT_CHUNK_BYTES) throw new HttpError(400, 'invalid-body', `a chunk is 1 to ${ATTACHMENT_CHUNK_BYTES} bytes`);
    return answer(await store.append(terminalId, id, start, chunk));
  });

  app.post('/v1/attachments/:id/complete', async (request) => {
    const terminalId = await authenticate(request);
    return answer(await store.complete(terminalId, attachmentIdOf(request.params), new Date(now())));
  });
}

export function registerAttachmentAdminRoutes(app: FastifyInstance, store: AttachmentStore): void {
  app.get('/v1/admin/cases/:caseNumber/attachments', async (request) => {
    const caseNumber = (request.params as { caseNumber: string }).caseNumber;
    const list = caseNumberSchema.safeParse(caseNumber).success ? await store.listForCase(caseNumber) : null;
    if (!list) throw new HttpError(404, 'unknown-case', `no case ${caseNumber}`);
    return list;
  });

  app.get('/v1/admin/attachments/:id', async (request, reply) => {
    const found = await store.read(attachmentIdOf(request.params));
    if (!found) throw new HttpError(404, 'unknown-attachment', 'no complete attachment with this id (see GET /v1/admin/cases/{caseNumber}/attachments)');
    return reply.header('content-type', found.contentType).header('x-content-sha256', found.sha256).header('cache-control', 'no-store').send(found.body);
  });
}
