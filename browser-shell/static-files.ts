// Serves the built renderer (index.html, app.js, app.css, fonts) and nothing else: no directory
// listings, no path outside the renderer folder, only known file types.
import { createReadStream } from 'node:fs';
import { open, stat, type FileHandle } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, relative, resolve, sep } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

export type StaticLookup = { ok: true; file: string; contentType: string } | { ok: false; status: 400 | 403 | 404 };

/** Maps a request path to a file under `root`, refusing anything that would leave it. */
export async function lookupStaticFile(root: string, urlPath: string): Promise<StaticLookup> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return { ok: false, status: 400 };
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return { ok: false, status: 400 };
  const wanted = decoded === '/' ? '/index.html' : decoded;
  const file = resolve(root, `.${wanted}`);
  const inside = relative(root, file);
  if (inside === '' || inside.startsWith('..') || inside.split(sep).includes('..')) return { ok: false, status: 403 };
  const contentType = contentTypes[extname(file).toLowerCase()];
  if (!contentType) return { ok: false, status: 404 };
  try {
    const info = await stat(file);
    if (!info.isFile()) return { ok: false, status: 404 };
  } catch {
    if (await rootReturns(root)) return lookupStaticFile(root, urlPath);
    return { ok: false, status: 404 };
  }
  return { ok: true, file, contentType };
}

/** How long a missing renderer folder is waited for: a new build is swapped in by two renames. */
const SWAP_WAIT_MS = 2000;

/**
 * A new build replaces the folder by renaming the old one away and the new one in
 * (scripts/swap-build-dir.mjs); a request between the two renames waits instead of answering 404.
 * True when the folder is back (look again), false when it was there all along or never returns.
 */
async function rootReturns(root: string): Promise<boolean> {
  const exists = () => stat(root).then(() => true, () => false);
  if (await exists()) return false;
  for (let waited = 0; waited < SWAP_WAIT_MS; waited += 10) {
    await sleep(10);
    if (await exists()) return true;
  }
  return false;
}

/** The file to send, opened: once open it is read whole even if a new build is swapped in meanwhile. */
async function openStatic(root: string, path: string): Promise<{ found: StaticLookup; handle: FileHandle | null }> {
  for (let attempt = 0; ; attempt++) {
    const found = await lookupStaticFile(root, path);
    if (!found.ok) return { found, handle: null };
    const handle = await open(found.file).catch(() => null);
    if (handle) return { found, handle };
    // Swapped away between the lookup and the open: look again, once.
    if (attempt > 0) return { found: { ok: false, status: 404 }, handle: null };
  }
}

export async function serveStatic(root: string, req: IncomingMessage, res: ServerResponse, headers: Record<string, string>): Promise<void> {
  const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
  const { found, handle } = await openStatic(root, path);
  if (!found.ok || !handle) {
    const status = found.ok ? 404 : found.status;
    res.writeHead(status, { ...headers, 'Content-Type': 'text/plain; charset=utf-8' });
    res.end(status === 404 ? 'not found' : 'refused');
    return;
  }
  res.writeHead(200, {
    ...headers,
    'Content-Type': found.contentType,
    // Hashed asset names never change; the page and bundle change with every build.
    'Cache-Control': path.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
  });
  if (req.method === 'HEAD') {
    await handle.close();
    res.end();
    return;
  }
  handle
    .createReadStream()
    .on('error', () => res.destroy())
    .pipe(res);
}
