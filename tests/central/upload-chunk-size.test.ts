// Chunk sizes of `kioskctl release publish` (issue 21): large on a good link (fewer hub
// transactions), small on a poor one (a healthy upload must never look stalled).
import { test } from 'vitest';
import assert from 'node:assert/strict';
import { nextChunkBytes } from '../../central/releases/upload-release.ts';

const KB = 1024;

test('at 3 Mbit/s a chunk is sized to take 5 s, a sixth of the 30 s stall limit', () => {
  const size = nextChunkBytes(256 * KB, 700, 30_000); // 256 KB in 0.7 s
  assert.ok(size > 1.7e6 && size < 2e6, `${size} bytes`);
});

test('a very slow link keeps 64 KB chunks; a fast one stays under the hub limit', () => {
  assert.equal(nextChunkBytes(64 * KB, 20_000, 30_000), 64 * KB);
  assert.equal(nextChunkBytes(4 * 1024 * KB, 50, 30_000), 4 * 1024 * KB);
});
