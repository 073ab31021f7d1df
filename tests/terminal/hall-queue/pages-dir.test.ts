// The hall's pages are found wherever the serving code runs (issue 25): beside the sources (tsx,
// the Node bundle) and beside Electron's main-process bundle, which answered 404 before because
// it looked in dist/electron/pages/, a folder no build made. The bundle here is built by the same
// script as for `npm start` and packaging.
import { test } from 'vitest';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { hallPagesDir } from '../../../terminal/services/hall-queue/pages-dir.ts';

const sources = new URL('../../../terminal/services/hall-queue/hall-server.ts', import.meta.url).href;

test('under tsx and the Node bundle: the pages beside the sources', () => {
  const dir = hallPagesDir(sources);
  assert.ok(dir?.endsWith('/terminal/services/hall-queue/pages/'), String(dir));
  assert.match(readFileSync(join(dir!, 'counter.html'), 'utf8'), /<html/i);
});

test("under Electron: the copy the build puts beside the main bundle, with every page the server names", () => {
  const out = mkdtempSync(join(tmpdir(), 'hall-pages-electron-'));
  try {
    const built = spawnSync(process.execPath, ['scripts/build-electron.mjs', '--outdir', join(out, 'electron')], { encoding: 'utf8' });
    assert.equal(built.status, 0, built.stderr);
    const dir = hallPagesDir(pathToFileURL(join(out, 'electron', 'main.cjs')).href);
    assert.equal(dir, join(out, 'hall-pages') + '/');
    for (const page of ['counter.html', 'counter.js', 'display.html', 'display.js', 'hall.css']) assert.ok(existsSync(join(dir!, page)), page);
    // What the bundle's own import.meta.url is: the banner's __bundleUrl, the bundle's file.
    assert.match(readFileSync(join(out, 'electron', 'main.cjs'), 'utf8'), /const __bundleUrl = require\('node:url'\)\.pathToFileURL\(__filename\)\.href/);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});

test('nowhere: null, so the pages answer 404 and the kiosk still starts', () => {
  assert.equal(hallPagesDir('file:///opt/kiosk/dist/electron/main.cjs', () => false), null);
});
