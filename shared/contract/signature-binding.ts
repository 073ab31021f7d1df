// A signature belongs to one application: the kiosk seals it over the item, the form's values and
// the pages' hashes, and the hub (or anyone holding the case) checks the seal against the case it
// came with. Copied onto another application, or with a page swapped, it no longer verifies.
import { createHash } from 'node:crypto';
import { canonicalJson } from './canonical-json.ts';
import type { SignatureBinding, SignatureStrokes } from './case-attachments.ts';

const sha256 = (text: string | Uint8Array) => createHash('sha256').update(text).digest('hex');

export interface SignedApplication {
  itemId: string;
  /** Every field's value as filed (the card's fields included). */
  fields: Record<string, unknown>;
  /** The pages' SHA-256, in the manifest's order. */
  pageHashes: readonly string[];
}

export function applicationBinding(application: SignedApplication): string {
  return sha256(canonicalJson({ itemId: application.itemId, fields: application.fields, pages: application.pageHashes }));
}

export function strokesHash(strokes: SignatureStrokes): string {
  return sha256(canonicalJson(strokes));
}

function sealOf(binding: string, pngSha256: string, strokesSha256: string): string {
  return sha256(`kiosk-signature-v1\n${binding}\n${pngSha256}\n${strokesSha256}`);
}

export function bindSignature(application: SignedApplication, png: Uint8Array, strokes: SignatureStrokes): SignatureBinding {
  const binding = applicationBinding(application);
  const strokesSha256 = strokesHash(strokes);
  return { binding, strokesSha256, seal: sealOf(binding, sha256(png), strokesSha256) };
}

/** Whether `signature` was made for this application, with this image and these strokes. */
export function verifySignature(application: SignedApplication, signature: SignatureBinding, pngSha256: string, strokes: SignatureStrokes): boolean {
  const binding = applicationBinding(application);
  return binding === signature.binding && strokesHash(strokes) === signature.strokesSha256 && sealOf(binding, pngSha256, signature.strokesSha256) === signature.seal;
}
