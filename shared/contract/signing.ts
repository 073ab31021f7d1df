// Ed25519 signatures shared by central and the kiosk: per-request signatures from a terminal to
// central, and document signatures from central to every terminal. node:crypto only, so the kiosk
// carries no extra dependency.
//
// Key exchange format: a public key travels as standard base64 of its RAW 32 bytes (44 characters),
// never as SPKI/PEM, because technicians may have to read or compare it. Private keys stay on the
// machine that made them (PKCS#8 PEM on disk).
import {
  createHash,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  randomBytes,
  sign,
  verify,
  type KeyObject,
} from 'node:crypto';
import { canonicalJson } from './canonical-json.ts';
import { publicKeyFromBase64 } from './public-key.ts';
import type { CommandEnvelope, DocumentEnvelope, SignedCommand, SignedDocument } from './schemas.ts';

export const SIGNATURE_HEADERS = {
  terminalId: 'x-terminal-id',
  timestamp: 'x-timestamp',
  nonce: 'x-nonce',
  signature: 'x-signature',
} as const;

/** A request whose timestamp differs from central's clock by more than this is refused as stale. */
export const MAX_CLOCK_SKEW_MS = 300_000;

export interface RequestParts {
  /** HTTP method; upper-cased before signing. */
  method: string;
  /** Path including the query string exactly as sent, e.g. `/v1/documents/catalog`. */
  path: string;
  /** Milliseconds since the epoch, as a decimal string. */
  timestamp: string;
  /** 32 lower-case hex characters, never reused by a terminal. */
  nonce: string;
  /** The raw request body, or '' when there is none. */
  body: Uint8Array | string;
}

export interface SignedRequestHeaders {
  'x-terminal-id': string;
  'x-timestamp': string;
  'x-nonce': string;
  'x-signature': string;
}

export function sha256Hex(body: Uint8Array | string): string {
  return createHash('sha256').update(body).digest('hex');
}

/** The text a request signature covers: METHOD, path, timestamp, nonce, sha256(body), one per line. */
export function requestSigningString(parts: RequestParts): string {
  return `${parts.method.toUpperCase()}\n${parts.path}\n${parts.timestamp}\n${parts.nonce}\n${sha256Hex(parts.body)}`;
}

export function newNonce(): string {
  return randomBytes(16).toString('hex');
}

export interface SigningKeyPair {
  privateKey: KeyObject;
  /** base64 of the raw 32-byte public key. */
  publicKey: string;
}

export function generateSigningKeyPair(): SigningKeyPair {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  return { privateKey, publicKey: publicKeyToBase64(publicKey) };
}

/** base64 of the raw 32-byte public key of an ed25519 public or private KeyObject. */
export function publicKeyToBase64(key: KeyObject): string {
  const publicKey = key.type === 'private' ? createPublicKey(key) : key;
  const jwk = publicKey.export({ format: 'jwk' });
  if (jwk.crv !== 'Ed25519' || typeof jwk.x !== 'string') throw new TypeError('not an ed25519 key');
  return Buffer.from(jwk.x, 'base64url').toString('base64');
}

/** Imports a base64 raw 32-byte ed25519 public key; throws a readable error when it is not one. */
export { publicKeyFromBase64 };

export function privateKeyToPem(key: KeyObject): string {
  return key.export({ format: 'pem', type: 'pkcs8' }).toString();
}

export function privateKeyFromPem(pem: string): KeyObject {
  const key = createPrivateKey(pem);
  if (key.asymmetricKeyType !== 'ed25519') throw new TypeError('the private key is not an ed25519 key');
  return key;
}

function asPublicKey(key: KeyObject | string): KeyObject {
  return typeof key === 'string' ? publicKeyFromBase64(key) : key;
}

export interface RequestToSign {
  terminalId: string;
  method: string;
  path: string;
  body: Uint8Array | string;
  /** Defaults to now. */
  timestamp?: string;
  /** Defaults to a fresh random nonce. */
  nonce?: string;
}

/** Signs one request; send the returned headers with it (and the body byte for byte as signed). */
export function signRequest(privateKey: KeyObject, request: RequestToSign): SignedRequestHeaders {
  const timestamp = request.timestamp ?? String(Date.now());
  const nonce = request.nonce ?? newNonce();
  const text = requestSigningString({ method: request.method, path: request.path, timestamp, nonce, body: request.body });
  return {
    'x-terminal-id': request.terminalId,
    'x-timestamp': timestamp,
    'x-nonce': nonce,
    'x-signature': sign(null, Buffer.from(text, 'utf8'), privateKey).toString('base64'),
  };
}

/** What an enrolled terminal signs to hand its place to a new key: both ids of the claim, fixed. */
function replacementText(previousTerminalId: string, newPublicKey: string): string {
  return `kiosk-replacement\n${previousTerminalId}\n${newPublicKey}`;
}

/** The previous terminal's signature (base64) naming the key that replaces it. */
export function signReplacement(previousPrivateKey: KeyObject, previousTerminalId: string, newPublicKey: string): string {
  return sign(null, Buffer.from(replacementText(previousTerminalId, newPublicKey), 'utf8'), previousPrivateKey).toString('base64');
}

export function verifyReplacement(previousPublicKey: KeyObject | string, previousTerminalId: string, newPublicKey: string, signature: string): boolean {
  try {
    return verify(null, Buffer.from(replacementText(previousTerminalId, newPublicKey), 'utf8'), asPublicKey(previousPublicKey), Buffer.from(signature, 'base64'));
  } catch {
    return false;
  }
}

/** True when `signature` (base64) is the terminal's signature over these request parts. */
export function verifyRequestSignature(publicKey: KeyObject | string, parts: RequestParts, signature: string): boolean {
  try {
    const text = requestSigningString(parts);
    return verify(null, Buffer.from(text, 'utf8'), asPublicKey(publicKey), Buffer.from(signature, 'base64'));
  } catch {
    return false;
  }
}

/** Signs a document with central's key: the signature covers canonicalJson(document). */
export function signDocument(privateKey: KeyObject, document: DocumentEnvelope): SignedDocument {
  const signature = sign(null, Buffer.from(canonicalJson(document), 'utf8'), privateKey).toString('base64');
  return { document, signature };
}

/**
 * True when `signed.signature` is central's signature over `signed.document`. The kiosk calls this
 * with the central key pinned at enrollment before it applies anything from the document.
 */
export function verifyDocument(publicKey: KeyObject | string, signed: SignedDocument): boolean {
  try {
    const text = canonicalJson(signed.document);
    return verify(null, Buffer.from(text, 'utf8'), asPublicKey(publicKey), Buffer.from(signed.signature, 'base64'));
  } catch {
    return false;
  }
}

/**
 * Signs a remote command with central's key. The envelope names the terminal and expires, so a
 * command cannot be replayed to another terminal or kept for later; the kiosk also refuses an id it
 * has already run.
 */
export function signCommand(privateKey: KeyObject, envelope: CommandEnvelope): SignedCommand {
  const signature = sign(null, Buffer.from(canonicalJson(envelope), 'utf8'), privateKey).toString('base64');
  return { envelope, signature };
}

export function verifyCommand(publicKey: KeyObject | string, signed: SignedCommand): boolean {
  try {
    return verify(null, Buffer.from(canonicalJson(signed.envelope), 'utf8'), asPublicKey(publicKey), Buffer.from(signed.signature, 'base64'));
  } catch {
    return false;
  }
}
