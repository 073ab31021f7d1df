// The technician PIN is kept only as an scrypt hash in the configuration: a copied config file does
// not give the PIN away, and a guess costs real work. Format: scrypt$N$r$p$salt$hash (base64).
import { randomBytes, scryptSync, timingSafeEqual } from 'node:crypto';

const N = 16_384;
const R = 8;
const P = 1;
const KEY_LENGTH = 32;

/** 4 to 12 digits: typed on the touch keypad, remembered by a technician. */
export const PIN_PATTERN = /^\d{4,12}$/;

export function hashPin(pin: string): string {
  if (!PIN_PATTERN.test(pin)) throw new Error('the technician PIN must be 4 to 12 digits');
  const salt = randomBytes(16);
  const hash = scryptSync(pin, salt, KEY_LENGTH, { N, r: R, p: P });
  return `scrypt$${N}$${R}$${P}$${salt.toString('base64')}$${hash.toString('base64')}`;
}

export function verifyPin(pin: string, stored: string): boolean {
  const [scheme, n, r, p, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64');
  const actual = scryptSync(pin, Buffer.from(salt, 'base64'), expected.length, { N: Number(n), r: Number(r), p: Number(p) });
  return timingSafeEqual(actual, expected);
}
