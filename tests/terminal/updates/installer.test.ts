// A downloaded bundle is unpacked only when it matches its signed manifest; a bad one leaves no
// release directory and no pending switch behind.
import { test } from 'vitest';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, readlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sha256HexOf, signManifest } from '../../../shared/contract/releases.ts';
import { installRelease } from '../../../terminal/updates/installer.ts';
import { layoutOf, readPending } from '../../../supervisor/updater/layout.ts';

function setup(version: string) {
  const root = mkdtempSync(join(tmpdir(), 'installer-'));
  const app = join(root, 'app');
  mkdirSync(app);
  writeFileSync(join(app, 'package.json'), JSON.stringify({ version }));
  writeFileSync(join(app, 'hello.txt'), 'new version');
  const layout = layoutOf(root);
  mkdirSync(layout.downloads, { recursive: true });
  mkdirSync(layout.sharedModules, { recursive: true });
  execFileSync('tar', ['-czf', layout.part(version), '-C', app, '.']);
  const bytes = readFileSync(layout.part(version));
  const signed = signManifest(generateKeyPairSync('ed25519').privateKey, {
    version,
    bundle: { sha256: sha256HexOf(bytes), size: bytes.length },
    minFromVersion: '0.1.0',
    storeSchema: { version: 5, readableFrom: 5 },
    created: new Date().toISOString(),
  });
  return { root, layout, offer: { ...signed, bundlePath: `/v1/releases/${version}/bundle` } };
}

test('a bundle matching its manifest is unpacked beside the others, on the shared modules, and marked ready', async () => {
  const { root, layout, offer } = setup('0.2.0');
  try {
    await installRelease(layout, offer);
    assert.equal(readFileSync(join(layout.release('0.2.0'), 'hello.txt'), 'utf8'), 'new version');
    assert.equal(readlinkSync(join(layout.release('0.2.0'), 'node_modules')), '../../node_modules');
    assert.equal(readPending(layout)?.version, '0.2.0');
    assert.equal(existsSync(layout.part('0.2.0')), false);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test('a bundle whose bytes differ from the manifest is refused, deleted, and nothing is installed', async () => {
  const { root, layout, offer } = setup('0.2.0');
  try {
    const bytes = readFileSync(layout.part('0.2.0'));
    bytes[bytes.length - 1] ^= 0xff;
    writeFileSync(layout.part('0.2.0'), bytes);
    await assert.rejects(installRelease(layout, offer), /the bundle of 0\.2\.0 does not match its signed manifest/);
    assert.equal(existsSync(layout.release('0.2.0')), false);
    assert.equal(readPending(layout), null);
    assert.equal(existsSync(layout.part('0.2.0')), false, 'a bad download starts again from nothing');
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test('a bundle that holds another version than its manifest says is refused', async () => {
  const { root, layout, offer } = setup('0.2.0');
  try {
    writeFileSync(layout.part('0.2.1'), readFileSync(layout.part('0.2.0')));
    await assert.rejects(installRelease(layout, { ...offer, manifest: { ...offer.manifest, version: '0.2.1' } }), /the bundle of 0\.2\.1 holds version 0\.2\.0/);
    assert.equal(existsSync(layout.release('0.2.1')), false);
    assert.equal(readPending(layout), null);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
