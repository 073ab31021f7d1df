// One-time enrollment codes: short enough for a technician to type on a touchscreen, and stored
// only as a hash. Crockford base32 (no I, L, O, U), grouped XXXX-XXXX-XXXX: 60 random bits.
import { createHash, randomBytes } from 'node:crypto';

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

export function newEnrollmentCode(): string {
  const bytes = randomBytes(12);
  const chars = [...bytes].map((b) => ALPHABET[b & 31]).join('');
  return `${chars.slice(0, 4)}-${chars.slice(4, 8)}-${chars.slice(8, 12)}`;
}

/** Forgives what people do when typing a code: lower case, missing dashes, spaces, O for 0, I/L for 1. */
export function normaliseEnrollmentCode(code: string): string {
  return code
    .toUpperCase()
    .replace(/[\s-]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
}

export function hashEnrollmentCode(code: string): string {
  return createHash('sha256').update(normaliseEnrollmentCode(code)).digest('hex');
}
