// The background download: a cut link keeps what arrived and the next try asks only for the rest,
// and the pace never exceeds the configured byte rate.
import { test } from 'vitest';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { downloadBundle } from '../../../terminal/updates/downloader.ts';
import type { TerminalIdentity } from '../../../terminal/sync/identity.ts';

test('a download cut in the middle resumes from what it has, at no more than the byte rate', async () => {
  const bundle = randomBytes(100_000);
  const ranges: string[] = [];
  let failNext = 3; // the third request fails, as a link that drops
  const server = createServer((req, res) => {
    ranges.push(String(req.headers.range));
    if (--failNext === 0) {
      res.statusCode = 503;
      return res.end();
    }
    const [, start, end] = /^bytes=(\d+)-(\d+)$/.exec(String(req.headers.range))!.map(Number) as [number, number, number];
    res.statusCode = 206;
    res.setHeader('content-range', `bytes ${start}-${end}/${bundle.length}`);
    res.end(bundle.subarray(start, end + 1));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const dir = mkdtempSync(join(tmpdir(), 'download-'));
  const identity = { terminalId: 'T01TEST', privateKey: generateKeyPairSync('ed25519').privateKey } as unknown as TerminalIdentity;
  const opts = {
    baseUrl: `http://127.0.0.1:${(server.address() as { port: number }).port}`,
    identity,
    path: '/v1/releases/0.2.0/bundle',
    dest: join(dir, '0.2.0.part'),
    size: bundle.length,
    maxBytesPerSecond: 200_000,
    chunkBytes: 16_384,
  };
  try {
    await assert.rejects(downloadBundle(opts), /central answered 503/);
    assert.equal(readFileSync(opts.dest).length, 32_768, 'the two chunks that arrived are kept');
    const started = Date.now();
    await downloadBundle(opts);
    const elapsed = Date.now() - started;
    assert.equal(ranges[3], 'bytes=32768-49151', 'the retry asks for the rest only');
    assert.ok(readFileSync(opts.dest).equals(bundle));
    // 67 232 bytes at 200 000 B/s take at least ~336 ms.
    assert.ok(elapsed >= 300, `the rest came in ${elapsed} ms, faster than the byte rate allows`);
  } finally {
    server.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
