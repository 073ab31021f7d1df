// Sends 事项办理's pages and signatures (issue 24) to the hub once the hub holds their case: the
// hub says how much of an attachment it has, the kiosk sends the rest in ATTACHMENT_CHUNK_BYTES
// pieces from there (a cut link resumes where it stopped, also after a restart), then asks the hub
// to complete it; the hub checks the size and SHA-256 and only then lists it. The kiosk deletes
// its sealed copy at that acknowledgement. Sending an attachment the hub already holds whole is a
// no-op there (same id, same hash), so a kill -9 between the hub's answer and the delete is harmless.
import { ATTACHMENT_CHUNK_BYTES, attachmentUploadViewSchema, type AttachmentUploadView } from '../../shared/contract/case-attachments.ts';
import type { CaseAttachmentStore } from '../services/application/case-attachment-store.ts';
import { CentralUnreachableError, describeHttpFailure, type CentralClient, type CentralResponse } from './central-client.ts';

export type UploadStep =
  | { kind: 'idle' }
  | { kind: 'progress'; id: string; chunks: number }
  | { kind: 'failed'; error: string; reachedCentral: boolean };

export interface AttachmentUploader {
  step(): Promise<UploadStep>;
}

class Refused extends Error {}

function viewOf(res: CentralResponse): AttachmentUploadView {
  if (res.status !== 200 && res.status !== 201) throw new Refused(describeHttpFailure(res));
  const view = attachmentUploadViewSchema.safeParse(res.json);
  if (!view.success) throw new Refused(`central answered ${res.status} with a body that is not an attachment upload`);
  return view.data;
}

export function createAttachmentUploader(opts: { store: Pick<CaseAttachmentStore, 'nextUpload' | 'acknowledge' | 'recordFailure'>; client: CentralClient; chunkBytes?: number }): AttachmentUploader {
  const chunkBytes = opts.chunkBytes ?? ATTACHMENT_CHUNK_BYTES;
  return {
    async step() {
      const next = opts.store.nextUpload();
      if (!next) return { kind: 'idle' };
      const { entry, body } = next;
      let chunks = 0;
      try {
        let view = viewOf(await opts.client.request('POST', '/v1/attachments', { transactionId: next.transactionId, attachment: entry }));
        while (!view.complete && view.received < entry.bytes) {
          const start = view.received;
          const data = body.subarray(start, start + chunkBytes).toString('base64');
          view = viewOf(await opts.client.request('PUT', `/v1/attachments/${entry.id}/chunks/${start}`, { data }));
          chunks++;
          if (view.received <= start) throw new Refused(`central kept nothing of the chunk at ${start}`);
        }
        if (!view.complete) view = viewOf(await opts.client.request('POST', `/v1/attachments/${entry.id}/complete`, {}));
        if (!view.complete) throw new Refused('central did not complete the attachment');
        opts.store.acknowledge(entry.id);
        return { kind: 'progress', id: entry.id, chunks };
      } catch (err) {
        if (!(err instanceof Refused) && !(err instanceof CentralUnreachableError)) throw err;
        opts.store.recordFailure(entry.id, err.message);
        return { kind: 'failed', error: `attachment ${entry.id}: ${err.message}`, reachedCentral: err instanceof Refused };
      }
    },
  };
}
