// The pure contract code both sides import: canonical JSON and the ed25519 signing rules.
import { test } from 'vitest';
import assert from 'node:assert/strict';
import { createHash, generateKeyPairSync } from 'node:crypto';
import fc from 'fast-check';
import { canonicalJson } from '../../shared/contract/canonical-json.ts';
import {
  generateSigningKeyPair,
  publicKeyFromBase64,
  publicKeyToBase64,
  requestSigningString,
  signDocument,
  signRequest,
  verifyDocument,
  verifyRequestSignature,
} from '../../shared/contract/signing.ts';

test('canonicalJson sorts keys at every depth, keeps array order and has no whitespace', () => {
  const value = { b: 1, a: { d: [3, { z: true, y: null }], c: '乡镇' } };
  assert.equal(canonicalJson(value), '{"a":{"c":"乡镇","d":[3,{"y":null,"z":true}]},"b":1}');
});

test('canonicalJson is the same for any key order and parses back to the same value', () => {
  fc.assert(
    fc.property(fc.jsonValue(), (value) => {
      const text = canonicalJson(value);
      const reordered = JSON.parse(JSON.stringify(value), (_key, v: unknown) =>
        v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).reverse()) : v,
      );
      assert.equal(canonicalJson(reordered), text);
      assert.deepEqual(JSON.parse(text), JSON.parse(JSON.stringify(value)));
    }),
    { numRuns: 200 },
  );
});

test('canonicalJson refuses values JSON cannot carry instead of signing something else', () => {
  assert.throws(() => canonicalJson({ a: Number.NaN }), /\$\.a is not a finite number/);
  assert.throws(() => canonicalJson({ f: () => 1 }), /function/);
});

test('the request signing string is METHOD, path, timestamp, nonce and sha256 of the body, one per line', () => {
  const body = '{"items":[]}';
  const text = requestSigningString({ method: 'post', path: '/v1/transactions/batch?x=1', timestamp: '1767600000000', nonce: '0'.repeat(32), body });
  const hash = createHash('sha256').update(body).digest('hex');
  assert.equal(text, `POST\n/v1/transactions/batch?x=1\n1767600000000\n${'0'.repeat(32)}\n${hash}`);
  assert.match(requestSigningString({ method: 'GET', path: '/', timestamp: '1', nonce: 'n', body: '' }), /\ne3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855$/);
});

test('signRequest headers verify, and any change to the request breaks the signature', () => {
  const { privateKey, publicKey } = generateSigningKeyPair();
  const request = { terminalId: 'T1', method: 'POST', path: '/v1/heartbeat', body: '{"a":1}' };
  const headers = signRequest(privateKey, request);
  assert.equal(headers['x-terminal-id'], 'T1');
  assert.match(headers['x-nonce'], /^[0-9a-f]{32}$/);
  assert.ok(Math.abs(Number(headers['x-timestamp']) - Date.now()) < 5_000);
  const parts = { method: 'POST', path: '/v1/heartbeat', timestamp: headers['x-timestamp'], nonce: headers['x-nonce'], body: Buffer.from('{"a":1}') };
  assert.equal(verifyRequestSignature(publicKey, parts, headers['x-signature']), true);
  for (const change of [{ body: '{"a":2}' }, { path: '/v1/heartbeat?x' }, { method: 'PUT' }, { nonce: 'f'.repeat(32) }, { timestamp: '1' }]) {
    assert.equal(verifyRequestSignature(publicKey, { ...parts, ...change }, headers['x-signature']), false, JSON.stringify(change));
  }
  assert.equal(verifyRequestSignature(generateSigningKeyPair().publicKey, parts, headers['x-signature']), false);
  assert.equal(verifyRequestSignature(publicKey, parts, 'garbage'), false);
});

test('public keys travel as base64 of the raw 32 bytes and import back', () => {
  const { publicKey } = generateKeyPairSync('ed25519');
  const base64 = publicKeyToBase64(publicKey);
  assert.equal(Buffer.from(base64, 'base64').length, 32);
  assert.equal(publicKeyToBase64(publicKeyFromBase64(base64)), base64);
  assert.throws(() => publicKeyFromBase64('AAAA'), /32 raw ed25519 bytes/);
});

test('a signed document verifies whatever its key order, and not once its body changes', () => {
  const { privateKey, publicKey } = generateSigningKeyPair();
  const signed = signDocument(privateKey, { kind: 'config', version: 3, issuedAt: '2026-01-05T01:00:00.000Z', body: { ui: { elderMode: true }, session: { idleTimeoutSeconds: 90 } } });
  const reordered = { signature: signed.signature, document: { body: { session: { idleTimeoutSeconds: 90 }, ui: { elderMode: true } }, issuedAt: signed.document.issuedAt, version: 3, kind: 'config' as const } };
  assert.equal(verifyDocument(publicKey, reordered), true);
  assert.equal(verifyDocument(publicKey, { ...signed, document: { ...signed.document, version: 4 } }), false);
  assert.equal(verifyDocument(generateSigningKeyPair().publicKey, signed), false);
});
