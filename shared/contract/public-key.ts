// A public key as it travels: standard base64 of its raw 32 Ed25519 bytes (see signing.ts). Apart
// from signing.ts so that the release contract can read keys without importing the envelopes.
import { createPublicKey, type KeyObject } from 'node:crypto';

export function publicKeyFromBase64(base64: string): KeyObject {
  const raw = Buffer.from(base64, 'base64');
  if (raw.length !== 32 || raw.toString('base64') !== base64) {
    throw new TypeError('public key must be the base64 of 32 raw ed25519 bytes');
  }
  return createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: raw.toString('base64url') }, format: 'jwk' });
}
