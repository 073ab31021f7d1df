// 证明打印's part of the KioskApi contract: the request schema (spread into api.ts's
// requestSchemas) and the outcome the screen shows. No Node imports: the renderer bundles this.
import { z } from 'zod';
import type { Say } from '../../says/say.ts';
import { requestId } from '../slice.ts';

export const certificatePrintRequestSchemas = {
  printCertificate: z.strictObject({ serviceId: requestId, certificateType: z.string().regex(/^[a-z0-9-]{1,40}$/, 'a certificate type id from the catalog, e.g. residence') }),
} as const;

export type CertificatePrintReport = { state: 'printed' } | { state: 'failed'; message: string; say?: Say };

export type CertificateOutcome =
  | {
      ok: true;
      transactionId: string;
      title: string;
      /** Masked for the screen; only the paper carries the full name. */
      holderMaskedName: string;
      verificationCode: string;
      issuedAt: string;
      print: CertificatePrintReport;
    }
  /** Central declined; `message` is its reason, written for the resident. */
  | { ok: false; reason: 'refused'; title: string; message: string };
