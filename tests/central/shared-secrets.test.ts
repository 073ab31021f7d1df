// Secrets every hub process of a county shares (issue 27): given as a value or as NAME_FILE, checked
// before the hub starts, made once and never overwritten.
import { test } from 'vitest';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { privateKeyToPem, generateSigningKeyPair } from '../../shared/contract/signing.ts';
import { makeSharedSecrets, secretFromEnvironment, secretsFromEnvironment } from '../../central/shared-secrets.ts';

const scratch = () => mkdtempSync(join(tmpdir(), 'hub-secrets-'));

test('a secret comes as its value or from NAME_FILE, trimmed; both at once, a missing or empty file are refused by name', () => {
  const dir = scratch();
  const file = join(dir, 'token');
  writeFileSync(file, 'from-a-file-0123456789\n');
  assert.equal(secretFromEnvironment('CENTRAL_ADMIN_TOKEN', { CENTRAL_ADMIN_TOKEN: 'inline-token-0123456789' }), 'inline-token-0123456789');
  assert.equal(secretFromEnvironment('CENTRAL_ADMIN_TOKEN', { CENTRAL_ADMIN_TOKEN_FILE: file }), 'from-a-file-0123456789');
  assert.equal(secretFromEnvironment('CENTRAL_ADMIN_TOKEN', {}), undefined);
  assert.throws(() => secretFromEnvironment('CENTRAL_ADMIN_TOKEN', { CENTRAL_ADMIN_TOKEN: 'x', CENTRAL_ADMIN_TOKEN_FILE: file }), /both set/);
  assert.throws(() => secretFromEnvironment('CENTRAL_ADMIN_TOKEN', { CENTRAL_ADMIN_TOKEN_FILE: join(dir, 'absent') }), /cannot read CENTRAL_ADMIN_TOKEN_FILE .*ENOENT/);
  writeFileSync(join(dir, 'empty'), '\n');
  assert.throws(() => secretFromEnvironment('CENTRAL_ADMIN_TOKEN', { CENTRAL_ADMIN_TOKEN_FILE: join(dir, 'empty') }), /is empty/);
});

test('a signing key that is not Ed25519 PEM and a pseudonym key that is not 32 bytes are refused before the hub starts', () => {
  const key = generateSigningKeyPair();
  const given = secretsFromEnvironment({ CENTRAL_SIGNING_KEY: privateKeyToPem(key.privateKey), CENTRAL_PSEUDONYM_KEY: Buffer.alloc(32, 7).toString('base64') });
  assert.equal(given.signingKey?.publicKey, key.publicKey);
  assert.deepEqual(given.pseudonymKey, Buffer.alloc(32, 7));
  assert.equal(given.adminToken, undefined, 'not given: the hub keeps its own');
  assert.throws(() => secretsFromEnvironment({ CENTRAL_SIGNING_KEY: 'not a key' }), /CENTRAL_SIGNING_KEY is not an Ed25519 private key/);
  assert.throws(() => secretsFromEnvironment({ CENTRAL_PSEUDONYM_KEY: Buffer.alloc(16).toString('base64') }), /CENTRAL_PSEUDONYM_KEY must be 32 bytes .* got 16/);
});

test('--make-secrets writes three owner-only files once, whose _FILE lines a hub reads back, and never replaces them', () => {
  const dir = join(scratch(), 'county');
  const lines = makeSharedSecrets(dir);
  assert.deepEqual(lines.map((line) => line.split('=')[0]), ['CENTRAL_SIGNING_KEY_FILE', 'CENTRAL_PSEUDONYM_KEY_FILE', 'CENTRAL_ADMIN_TOKEN_FILE']);
  const env = Object.fromEntries(lines.map((line) => line.split('=') as [string, string]));
  for (const file of Object.values(env)) assert.equal(statSync(file).mode & 0o777, 0o600, `${file} readable by its owner only`);
  const given = secretsFromEnvironment(env);
  assert.ok(given.signingKey && given.pseudonymKey && given.adminToken && given.adminToken.length >= 16);
  const before = readFileSync(env.CENTRAL_SIGNING_KEY_FILE!, 'utf8');
  assert.throws(() => makeSharedSecrets(dir), /already exists: secrets are made once per county/);
  assert.equal(readFileSync(env.CENTRAL_SIGNING_KEY_FILE!, 'utf8'), before, 'the key kiosks trust is untouched');
});
