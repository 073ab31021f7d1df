// The console password as the hub's data dir keeps it: set through the central CLI, stored only
// as a scrypt hash readable by the owner, and read again at each login.
import { test } from 'vitest';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CONSOLE_PASSWORD_FILE, consolePasswordFromDir, verifyConsolePassword } from '../../central/console-auth.ts';
import { nodeEntryArgs } from '../support/node-entries.ts';

function setPassword(dataDir: string, password: string): string {
  return execFileSync(process.execPath, [...nodeEntryArgs('central/cli.ts'), '--data-dir', dataDir, '--set-console-password'], { input: `${password}\n`, encoding: 'utf8' });
}

test('`central --set-console-password` stores a scrypt hash (0600, not the password) that a later change replaces', () => {
  const dir = mkdtempSync(join(tmpdir(), 'console-password-'));
  try {
    assert.equal(consolePasswordFromDir(dir)(), null, 'no password before one is set');
    const output = setPassword(dir, 'first-password-1');
    assert.match(output, /hash stored in/);
    assert.doesNotMatch(output, /first-password-1/);
    const file = join(dir, CONSOLE_PASSWORD_FILE);
    assert.equal(statSync(file).mode & 0o777, 0o600);
    const stored = readFileSync(file, 'utf8');
    assert.doesNotMatch(stored, /first-password-1/);
    assert.match(stored, /^scrypt\$/);
    assert.equal(verifyConsolePassword('first-password-1', consolePasswordFromDir(dir)() ?? ''), true);
    assert.equal(verifyConsolePassword('first-password-2', consolePasswordFromDir(dir)() ?? ''), false);

    setPassword(dir, 'second-password-2');
    assert.equal(verifyConsolePassword('first-password-1', consolePasswordFromDir(dir)() ?? ''), false, 'the old password no longer works');
    assert.equal(verifyConsolePassword('second-password-2', consolePasswordFromDir(dir)() ?? ''), true);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a password shorter than 10 characters is refused and nothing is stored', () => {
  const dir = mkdtempSync(join(tmpdir(), 'console-password-'));
  try {
    assert.throws(() => setPassword(dir, 'short'), /at least 10 characters/);
    assert.equal(consolePasswordFromDir(dir)(), null);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
