// The live, signed link to central that 证明打印 asks for a certificate over. Unlike transactions
// it is never queued: no answer means "needs the network", said to the resident at once.
import { CentralUnreachableError, type CentralClient } from '../../sync/central-client.ts';
import { issuedCertificateSchema, type CertificateRequest, type IssuedCertificate } from '../../../shared/contract/certificates.ts';
import { errorResponseSchema } from '../../../shared/contract/schemas.ts';

export type CertificateAnswer =
  | { ok: true; certificate: IssuedCertificate }
  /** Central declined; `message` is written for the resident. */
  | { ok: false; reason: 'refused'; message: string }
  /** No usable answer: link down, timeout, or central broken. `detail` is for the log (no personal data). */
  | { ok: false; reason: 'unreachable'; detail: string };

export interface CertificateLink {
  request(asked: CertificateRequest): Promise<CertificateAnswer>;
}

export function createCertificateLink(client: CentralClient): CertificateLink {
  return {
    async request(asked) {
      let res;
      try {
        res = await client.request('POST', '/v1/certificates', asked);
      } catch (err) {
        if (err instanceof CentralUnreachableError) return { ok: false, reason: 'unreachable', detail: err.message };
        throw err;
      }
      if (res.status === 201) {
        const parsed = issuedCertificateSchema.safeParse(res.json);
        return parsed.success ? { ok: true, certificate: parsed.data } : { ok: false, reason: 'unreachable', detail: "central's certificate does not match the contract" };
      }
      const error = errorResponseSchema.safeParse(res.json);
      if (res.status === 422 && error.success) return { ok: false, reason: 'refused', message: error.data.message };
      return { ok: false, reason: 'unreachable', detail: `central answered ${res.status}${error.success ? ` ${error.data.error}` : ''}` };
    },
  };
}
