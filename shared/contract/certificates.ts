// 证明打印: the shapes that cross the central API for certificates, shared by the hub and the kiosk.
// central/openapi.yaml documents the same shapes (CertificateRequest, IssuedCertificate, …).
import { z } from 'zod';
import { isoDateTimeSchema } from './schemas.ts';

/** A certificate type's id as the catalog and the hub name it, e.g. `residence`. */
export const certificateTypeIdSchema = z
  .string()
  .regex(/^[a-z0-9-]{1,40}$/, 'must be a certificate type id: lower-case letters, digits and -, at most 40 (e.g. residence)');

/** 18-character resident ID number (the last may be X); the check digit is the card reader's job. */
export const idNumberSchema = z.string().regex(/^\d{17}[\dX]$/, 'must be an 18-character resident ID number (17 digits and a digit or X)');

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
/** 12 Crockford base32 characters (60 random bits) in three groups: short enough to type from paper. */
export const verificationCodePattern = /^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/;
export const verificationCodeSchema = z
  .string()
  .regex(verificationCodePattern, 'must be a verification code like 7K3M-Q9TZ-04HX (three groups of four letters and digits, no I, L, O or U)');

export function newVerificationCode(randomBytes: (n: number) => Uint8Array): string {
  const bytes = randomBytes(12);
  const chars = Array.from(bytes, (b) => CROCKFORD[b & 31]);
  return `${chars.slice(0, 4).join('')}-${chars.slice(4, 8).join('')}-${chars.slice(8).join('')}`;
}

/** POST /v1/certificates: the kiosk asks for one certificate for the resident whose card it read. */
export const certificateRequestSchema = z.strictObject({
  type: certificateTypeIdSchema,
  idNumber: idNumberSchema,
  name: z.string().min(1).max(60),
});

/** 201 answer: everything the kiosk needs to render the certificate, and nothing more. */
export const issuedCertificateSchema = z.object({
  code: verificationCodeSchema,
  type: certificateTypeIdSchema,
  title: z.string().min(1),
  holderName: z.string().min(1),
  idNumber: idNumberSchema,
  body: z.string().min(1),
  authority: z.string().min(1),
  issuedAt: isoDateTimeSchema,
  /** The hub's public page for this code; the QR code on the paper points here. */
  verifyUrl: z.url(),
});

/** A resident's record an admin loads into the reference hub (it stands in for the real registries). */
export const certificateRecordSchema = z.strictObject({
  idNumber: idNumberSchema,
  name: z.string().min(1).max(60),
  type: certificateTypeIdSchema,
  /** The certificate's body text, as the issuing authority words it. */
  body: z.string().min(1).max(2000),
  authority: z.string().min(1).max(60),
  /** When set, the hub refuses this certificate with this sentence for the resident. */
  refusal: z.string().min(1).max(200).optional(),
});

export const certificateRecordsRequestSchema = z.strictObject({ records: z.array(certificateRecordSchema).min(1).max(1000) });
export const certificateRecordsResponseSchema = z.object({ loaded: z.number().int().nonnegative() });

/** GET /verify/{code} with Accept: application/json, for a genuine code. The name is masked. */
export const verificationSchema = z.object({
  code: verificationCodeSchema,
  genuine: z.literal(true),
  type: certificateTypeIdSchema,
  title: z.string(),
  issuedAt: isoDateTimeSchema,
  holderName: z.string(),
  authority: z.string(),
});

export type CertificateRequest = z.infer<typeof certificateRequestSchema>;
export type IssuedCertificate = z.infer<typeof issuedCertificateSchema>;
export type CertificateRecord = z.infer<typeof certificateRecordSchema>;
export type Verification = z.infer<typeof verificationSchema>;
