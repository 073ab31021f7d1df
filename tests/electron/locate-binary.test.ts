import { describe, test, beforeAll, afterAll } from 'vitest';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { locateElectronBinary } from '../../electron/locate-binary.ts';

describe('locateElectronBinary', () => {
  let root: string;
  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'locate-electron-'));
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  function project(name: string, files: Record<string, string>): string {
    const dir = join(root, name);
    for (const [path, content] of Object.entries(files)) {
      mkdirSync(join(dir, path, '..'), { recursive: true });
      writeFileSync(join(dir, path), content);
    }
    mkdirSync(dir, { recursive: true });
    return dir;
  }

  test('finds dist/<path.txt> when the binary was downloaded', () => {
    const dir = project('installed', { 'node_modules/electron/path.txt': 'electron', 'node_modules/electron/dist/electron': '' });
    assert.equal(locateElectronBinary(dir, {}), join(dir, 'node_modules/electron/dist/electron'));
  });

  test('null when the package is installed without its binary (ELECTRON_SKIP_BINARY_DOWNLOAD)', () => {
    const dir = project('skipped', { 'node_modules/electron/package.json': '{}' });
    assert.equal(locateElectronBinary(dir, {}), null);
  });

  test('null when path.txt names a binary that is not there', () => {
    const dir = project('half', { 'node_modules/electron/path.txt': 'electron' });
    assert.equal(locateElectronBinary(dir, {}), null);
  });

  test('null when there is no electron package at all', () => {
    assert.equal(locateElectronBinary(project('none', {}), {}), null);
  });

  test('ELECTRON_OVERRIDE_DIST_PATH wins, with or without path.txt', () => {
    const dist = project('override', { 'electron': '' });
    const dir = project('with-override', { 'node_modules/electron/path.txt': 'electron\n' });
    assert.equal(locateElectronBinary(dir, { ELECTRON_OVERRIDE_DIST_PATH: dist }), join(dist, 'electron'));
    assert.equal(locateElectronBinary(project('bare', {}), { ELECTRON_OVERRIDE_DIST_PATH: dist }), join(dist, 'electron'));
    assert.equal(locateElectronBinary(dir, { ELECTRON_OVERRIDE_DIST_PATH: join(root, 'missing') }), null);
  });
});
