// The renderer build's swap (issue 21) on small fake builds: the new folder replaces the old whole,
// a page loaded from the old index.html still finds its hashed assets for one build, and
// leftovers of builds that died are removed while a live build's folder is left alone.
import { test } from 'vitest';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { nextDirFor, removeStaleBuilds, swapIn } from '../../scripts/swap-build-dir.mjs';

function fakeBuild(dir: string, hash: string): void {
  mkdirSync(join(dir, 'assets'), { recursive: true });
  writeFileSync(join(dir, 'index.html'), `<script src="./assets/index-${hash}.js"></script></html>`);
  writeFileSync(join(dir, 'assets', `index-${hash}.js`), `build ${hash}`);
}

test('each build replaces the last whole, keeping the previous build’s assets for one generation', () => {
  const dist = mkdtempSync(join(tmpdir(), 'swap-build-'));
  try {
    const target = join(dist, 'renderer');
    for (const hash of ['aaa', 'bbb', 'ccc']) {
      const next = nextDirFor(target);
      fakeBuild(next, hash);
      swapIn(target, next);
      assert.match(readFileSync(join(target, 'index.html'), 'utf8'), new RegExp(`index-${hash}\\.js`));
    }
    assert.deepEqual(readdirSync(join(target, 'assets')).sort(), ['index-bbb.js', 'index-ccc.js'], 'the page of build bbb still loads; aaa is gone');
    assert.deepEqual(readdirSync(dist), ['renderer'], 'no next or old folders left');
  } finally {
    rmSync(dist, { recursive: true, force: true });
  }
});

test('leftovers of a dead build are removed; a live build’s folder is not', () => {
  const dist = mkdtempSync(join(tmpdir(), 'swap-build-'));
  try {
    const target = join(dist, 'renderer');
    const dead = nextDirFor(target, 2 ** 22 + 7); // above Linux's default pid_max: no such process
    const live = nextDirFor(target, process.ppid);
    fakeBuild(dead, 'x');
    fakeBuild(live, 'y');
    mkdirSync(join(dist, 'renderer-other'));
    removeStaleBuilds(target);
    assert.equal(existsSync(dead), false);
    assert.equal(existsSync(live), true);
    assert.equal(existsSync(join(dist, 'renderer-other')), true, 'only renderer.next-/old- folders are touched');
  } finally {
    rmSync(dist, { recursive: true, force: true });
  }
});

test('the first build of a fresh clone, with no dist folder yet, is put in place', () => {
  const root = mkdtempSync(join(tmpdir(), 'swap-fresh-'));
  try {
    const target = join(root, 'dist', 'renderer');
    removeStaleBuilds(target); // what the build does first; dist/ does not exist
    const next = nextDirFor(target);
    mkdirSync(join(next, 'assets'), { recursive: true });
    writeFileSync(join(next, 'index.html'), '<script src="assets/app-1.js"></script>');
    swapIn(target, next);
    assert.equal(readFileSync(join(target, 'index.html'), 'utf8'), '<script src="assets/app-1.js"></script>');
    assert.deepEqual(readdirSync(join(root, 'dist')), ['renderer']);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
