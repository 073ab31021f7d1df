// Serves the built renderer (index.html, app.js, app.css, fonts) and nothing else: no directory
// listings, no path outside the renderer folder, only known file types.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, relative, resolve, sep } from 'node:path';

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
    return { ok: false, status: 404 };
  }
  return { ok: true, file, contentType };
}

export async function serveStatic(root: string, req: IncomingMessage, res: ServerResponse, headers: Record<string, string>): Promise<void> {
  const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
  const found = await lookupStaticFile(root, path);
  if (!found.ok) {
    res.writeHead(found.status, { ...headers, 'Content-Type': 'text/plain; charset=utf-8' });
    res.end(found.status === 404 ? 'not found' : 'refused');
    return;
  }
  res.writeHead(200, {
    ...headers,
    'Content-Type': found.contentType,
    // Hashed asset names never change; the page and bundle change with every build.
    'Cache-Control': path.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
  });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  createReadStream(found.file)
    .on('error', () => res.destroy())
    .pipe(res);
}
