// Downloads a release bundle in the background (issue 12): signed GETs of one range at a time,
// appended to a .part file whose size says where to resume after a cut link or a restart, and
// paced to a byte rate so the bundle never crowds out a resident's transactions.
import { createWriteStream, mkdirSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { signRequest } from '../../shared/contract/signing.ts';
import type { TerminalIdentity } from '../sync/identity.ts';

export interface DownloadOptions {
  baseUrl: string;
  identity: TerminalIdentity;
  /** e.g. /v1/releases/1.2.0/bundle */
  path: string;
  dest: string;
  size: number;
  maxBytesPerSecond: number;
  /** Bytes per request; default 256 KiB. */
  chunkBytes?: number;
  signal?: AbortSignal;
  timeoutMs?: number;
}

function sizeOf(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}

const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => (clearTimeout(timer), resolve()), { once: true });
  });

/** Resolves when dest holds `size` bytes; throws (keeping what it has) when the link fails. */
export async function downloadBundle(opts: DownloadOptions): Promise<void> {
  mkdirSync(dirname(opts.dest), { recursive: true });
  const chunk = opts.chunkBytes ?? 262_144;
  let have = sizeOf(opts.dest);
  if (have > opts.size) throw new Error(`${opts.dest} is larger than the bundle (${have} > ${opts.size} bytes)`);
  while (have < opts.size) {
    if (opts.signal?.aborted) throw new Error('download stopped');
    const started = Date.now();
    const end = Math.min(have + chunk, opts.size) - 1;
    const url = new URL(opts.path.replace(/^\//, ''), opts.baseUrl.endsWith('/') ? opts.baseUrl : `${opts.baseUrl}/`);
    const headers = signRequest(opts.identity.privateKey, { terminalId: opts.identity.terminalId, method: 'GET', path: url.pathname, body: '' });
    const timeout = AbortSignal.timeout(opts.timeoutMs ?? 30_000);
    const response = await fetch(url, { headers: { ...headers, range: `bytes=${have}-${end}` }, signal: opts.signal ? AbortSignal.any([opts.signal, timeout]) : timeout });
    if (response.status !== 206) throw new Error(`central answered ${response.status} for ${opts.path} bytes ${have}-${end}`);
    const bytes = Buffer.from(await response.arrayBuffer());
    if (bytes.length === 0 || bytes.length > end - have + 1) throw new Error(`central sent ${bytes.length} bytes for a range of ${end - have + 1}`);
    await new Promise<void>((resolve, reject) => {
      const out = createWriteStream(opts.dest, { flags: 'a' });
      out.on('error', reject);
      out.end(bytes, () => resolve());
    });
    have += bytes.length;
    // Pace: this chunk may take no less than its share of a second at the limit.
    const minMs = (bytes.length / opts.maxBytesPerSecond) * 1000;
    const spent = Date.now() - started;
    if (spent < minMs) await sleep(minMs - spent, opts.signal);
  }
}
