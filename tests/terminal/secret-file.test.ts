import { test } from 'vitest';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeSecretFile } from '../../terminal/store/secret-file.ts';
import { loadOrCreateStoreKey } from '../../terminal/store/field-cipher.ts';

test('secrets are written 0600 in a 0700 folder, with no temporary file left behind', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kiosk-secret-'));
  const file = join(dir, 'keys', 'ui-token');
  writeSecretFile(file, 'first\n');
  writeSecretFile(file, 'second\n');
  assert.equal(readFileSync(file, 'utf8'), 'second\n');
  assert.equal(statSync(file).mode & 0o777, 0o600);
  assert.equal(statSync(join(dir, 'keys')).mode & 0o777, 0o700);
  assert.deepEqual(readdirSync(join(dir, 'keys')), ['ui-token']);
});

test('an exclusive write never replaces an existing secret: the store key survives', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kiosk-secret-'));
  const key = loadOrCreateStoreKey(dir);
  const file = join(dir, 'keys', 'store.key');
  assert.throws(() => writeSecretFile(file, 'other\n', { exclusive: true }), /EEXIST/);
  assert.deepEqual(loadOrCreateStoreKey(dir), key);
  assert.deepEqual(readdirSync(join(dir, 'keys')), ['store.key']);
});
