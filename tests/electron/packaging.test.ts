// What electron-builder would put into app.asar (electron-builder.yml `files` applied to the
// project's production and optional dependencies, as app-builder-lib 26 does), against what the
// built main and preload bundles load at run time. The list the test prints on failure is the
// list to fix.
import { describe, test, beforeAll, afterAll } from 'vitest';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readBuilderConfig } from '../../electron/packaging/builder-config.ts';
import { isAppFilePackaged } from '../../electron/packaging/file-filter.ts';
import { packageContents, type PackageContents, type PackagedModule } from '../../electron/packaging/package-contents.ts';
import { buildMainBundle } from './support/main-process.ts';

const root = process.cwd();
const list = (modules: PackagedModule[]) => modules.map((m) => `${m.dir} (${(m.bytes / 1e6).toFixed(1)} MB)`).join(', ');

describe('what electron-builder would package', () => {
  let dir: string;
  let bundles: string[];
  let contents: PackageContents;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'kiosk-packaging-'));
    buildMainBundle(dir);
    bundles = [join(dir, 'electron', 'main.cjs'), join(dir, 'electron', 'preload.cjs')];
    contents = packageContents(root, bundles);
  });

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  test('app.asar holds only the modules the Electron bundles load, and every one of them', () => {
    assert.deepEqual(
      contents.unused.map((m) => m.dir),
      [],
      `packaged but never loaded by dist/electron/*.cjs: ${list(contents.unused)}; leave them out of the node_modules list in electron-builder.yml`,
    );
    assert.deepEqual(contents.missing, [], 'loaded by dist/electron/*.cjs but not packaged: add them to the node_modules list in electron-builder.yml');
    assert.deepEqual(contents.missingAddons, [], 'a native addon the kiosk loads would not be packaged');
    const shipped = contents.modules.map((m) => m.dir);
    for (const needed of ['node_modules/better-sqlite3', 'node_modules/serialport', 'node_modules/@serialport/bindings-cpp']) assert.ok(shipped.includes(needed), needed);
  });

  test("better-sqlite3 ships its loader and addon, not its 20 MB of SQLite sources and build files", () => {
    const sqlite = contents.modules.find((m) => m.dir === 'node_modules/better-sqlite3');
    assert.ok(sqlite);
    assert.ok(sqlite.bytes < 5e6, `better-sqlite3 would add ${(sqlite.bytes / 1e6).toFixed(1)} MB`);
  });

  test('the app itself: both bundles, the renderer and package.json, no source maps or TypeScript', () => {
    const { files } = readBuilderConfig(root);
    for (const file of ['package.json', 'dist/electron/main.cjs', 'dist/electron/preload.cjs', 'dist/renderer/index.html', 'dist/renderer/assets/index-x.js']) {
      assert.equal(isAppFilePackaged(file, files), true, file);
    }
    for (const file of ['dist/electron/main.cjs.map', 'electron/main.ts', 'tests/electron/packaging.test.ts', 'node_modules/vitest/package.json']) {
      assert.equal(isAppFilePackaged(file, files), false, file);
    }
  });

  test('the check catches what the package used to carry: Electron itself, the font package, the hub and the build tools', () => {
    const before = ['dist/**/*', 'package.json', '!dist/**/*.map', '!**/*.ts'];
    const unused = packageContents(root, bundles, before).unused.map((m) => m.dir);
    for (const name of ['electron', '@fontsource/noto-sans-sc', '@electric-sql/pglite', 'esbuild', 'tsx', 'fastify', 'pg']) {
      assert.ok(unused.includes(`node_modules/${name}`), `${name} is reported`);
    }
  });
});
