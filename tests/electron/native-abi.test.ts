// Whether better-sqlite3 can load under the installed Electron, read from the compiled addons
// themselves: the check `npm start` makes before it picks the Electron shell.
import { describe, test, beforeAll, afterAll } from 'vitest';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addonAbi, locateAddon, nativeModulesProblemUnderElectron } from '../../electron/native-abi.ts';

/** A project with Electron 41 (ABI 145) and a better-sqlite3 addon that exports `symbol`. */
function project(root: string, name: string, addon: { symbol: string } | null, electronAbi: string | null = '145'): string {
  const dir = join(root, name);
  mkdirSync(join(dir, 'node_modules', 'electron'), { recursive: true });
  writeFileSync(join(dir, 'node_modules', 'electron', 'package.json'), JSON.stringify({ name: 'electron', version: '41.7.1' }));
  if (electronAbi !== null) writeFileSync(join(dir, 'node_modules', 'electron', 'abi_version'), `${electronAbi}\n`);
  mkdirSync(join(dir, 'node_modules', 'better-sqlite3', 'build', 'Release'), { recursive: true });
  if (addon) writeFileSync(join(dir, 'node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node'), Buffer.from(`\x7fELF\0\0${addon.symbol}\0\0`, 'latin1'));
  return dir;
}

describe('addonAbi', () => {
  test("reads the ABI this machine's better-sqlite3 was built for, and sees the serialport binding is N-API", () => {
    const sqlite = locateAddon(process.cwd(), 'better-sqlite3');
    assert.ok(sqlite, 'better-sqlite3 is built (npm install)');
    assert.deepEqual(addonAbi(readFileSync(sqlite)), { kind: 'node', abi: Number(process.versions.modules) });
    const serial = locateAddon(process.cwd(), '@serialport/bindings-cpp');
    assert.ok(serial, 'the serialport binding has a prebuilt addon for this platform');
    assert.deepEqual(addonAbi(readFileSync(serial)), { kind: 'napi' });
  });

  test('a file that is no addon says neither', () => {
    assert.equal(addonAbi(Buffer.from('not an addon')), null);
  });
});

describe('nativeModulesProblemUnderElectron', () => {
  let root: string;
  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'kiosk-native-abi-'));
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  test('a build for Node is refused in one line naming the module, both ABIs and where the fix is described', () => {
    const problem = nativeModulesProblemUnderElectron(project(root, 'node-build', { symbol: `node_register_module_v${process.versions.modules}` }));
    assert.ok(problem);
    assert.match(problem, new RegExp(`^better-sqlite3 is built for Node ${process.versions.node} \\(ABI ${process.versions.modules}\\), not Electron 41\\.7\\.1 \\(ABI 145\\)`));
    assert.match(problem, /README "Electron shell: two native builds"/);
    assert.doesNotMatch(problem, /\n/);
  });

  test('a build for Electron (after @electron/rebuild) passes', () => {
    assert.equal(nativeModulesProblemUnderElectron(project(root, 'electron-build', { symbol: 'node_register_module_v145' })), null);
  });

  test('a missing addon says to rebuild it', () => {
    assert.match(nativeModulesProblemUnderElectron(project(root, 'unbuilt', null)) ?? '', /^better-sqlite3 has no compiled addon \(run `npm rebuild better-sqlite3`\)$/);
  });

  test("without Electron's recorded ABI nothing can be told from the files: no objection", () => {
    assert.equal(nativeModulesProblemUnderElectron(project(root, 'no-abi', { symbol: 'node_register_module_v115' }, null)), null);
  });
});
