// The admin token a hub makes for itself is typed after `--token` on a command line: it must never
// look like an option (a base64url token began with "-" once in 64 and kioskctl refused it).
import { test } from 'vitest';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { resolveAdminToken } from '../../central/secrets.ts';

test('a generated admin token is 48 hex digits, never an option-like "-…", and stays the same across starts', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'admin-token-'));
  try {
    const first = resolveAdminToken(undefined, dataDir);
    assert.match(first.token, /^[0-9a-f]{48}$/);
    assert.equal(readFileSync(join(dataDir, 'admin-token'), 'utf8').trim(), first.token);
    assert.equal(resolveAdminToken(undefined, dataDir).token, first.token, 'read back, not made anew');
    for (let i = 0; i < 500; i++) assert.match(resolveAdminToken(undefined, null).token, /^[0-9a-f]{48}$/);
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
});

test('a given token shorter than 16 characters is refused with a clear message', () => {
  assert.throws(() => resolveAdminToken('short', null), /at least 16 characters/);
});
