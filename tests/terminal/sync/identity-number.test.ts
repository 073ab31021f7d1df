// The terminal number is kept with the kiosk's identity; an identity stored before hubs gave
// numbers still loads (the number unknown: case numbers start 0000 until it enrolls again).
import { test } from 'vitest';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateSigningKeyPair } from '../../../shared/contract/signing.ts';
import { loadIdentity, recordTerminalNumber, saveIdentity, type TerminalIdentity } from '../../../terminal/sync/identity.ts';

test('the number survives a save and load; an older file without it loads with none', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kiosk-identity-'));
  try {
    const keys = generateSigningKeyPair();
    const identity: TerminalIdentity = {
      terminalId: `T${'0'.repeat(26)}`,
      privateKey: keys.privateKey,
      publicKey: keys.publicKey,
      centralPublicKey: generateSigningKeyPair().publicKey,
      centralUrl: 'http://127.0.0.1:8470',
      enrolledAt: '2026-11-30T08:00:00.000Z',
      terminalNumber: 42,
    };
    saveIdentity(dir, identity);
    assert.equal(loadIdentity(dir)!.terminalNumber, 42);

    const file = join(dir, 'keys', 'enrollment.json');
    const older = JSON.parse(readFileSync(file, 'utf8'));
    delete older.terminalNumber;
    writeFileSync(file, JSON.stringify(older));
    const loaded = loadIdentity(dir)!;
    assert.equal(loaded.terminalId, identity.terminalId);
    assert.equal(loaded.terminalNumber, undefined);

    writeFileSync(file, JSON.stringify({ ...older, terminalNumber: 10_000 }));
    assert.throws(() => loadIdentity(dir), /damaged/, 'a number outside 1–9999 is not taken');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a number learnt later (heartbeat) is recorded without touching the key; no identity, nothing written', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kiosk-identity-'));
  try {
    recordTerminalNumber(dir, 5); // not enrolled: nothing to record it in
    assert.equal(loadIdentity(dir), null);
    const keys = generateSigningKeyPair();
    saveIdentity(dir, {
      terminalId: `T${'1'.repeat(26)}`,
      privateKey: keys.privateKey,
      publicKey: keys.publicKey,
      centralPublicKey: generateSigningKeyPair().publicKey,
      centralUrl: 'http://127.0.0.1:8470',
      enrolledAt: '2026-11-30T08:00:00.000Z',
    });
    const key = readFileSync(join(dir, 'keys', 'terminal-ed25519.pem'), 'utf8');
    recordTerminalNumber(dir, 5);
    const loaded = loadIdentity(dir)!;
    assert.equal(loaded.terminalNumber, 5);
    assert.equal(loaded.publicKey, keys.publicKey);
    assert.equal(readFileSync(join(dir, 'keys', 'terminal-ed25519.pem'), 'utf8'), key);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
