// Maps a kiosk://app/… request to a file of the built renderer (dist/renderer). This is the only
// way files reach the page, so it refuses anything that could escape the folder ("..", encoded
// slashes, NUL bytes), anything from another origin, and any file type the app does not ship.
import { extname, relative, resolve, isAbsolute, sep } from 'node:path';
import { isSameAppOrigin, tryParseUrl } from './app-origin.ts';

const mimeTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.mp3': 'audio/mpeg',
  '.ogg': 'audio/ogg',
  '.wav': 'audio/wav',
};

export interface AppAsset {
  filePath: string;
  mimeType: string;
}

/**
 * The file to serve for `url`, or null (answer 404) when the URL is not the app's, escapes
 * `rootDir`, or names a file type the app does not ship. "/" serves index.html.
 */
export function resolveAppAsset(url: string, rootDir: string, appOrigin: string): AppAsset | null {
  const parsed = tryParseUrl(url);
  if (!parsed || !isSameAppOrigin(parsed, appOrigin)) return null;
  let path: string;
  try {
    path = decodeURIComponent(parsed.pathname);
  } catch {
    return null; // malformed percent-encoding
  }
  // An encoded "/" or "\" would let a segment smuggle a separator past the URL parser's "..".
  if (path.includes('\0') || path.includes('\\') || /%2f|%5c/i.test(parsed.pathname)) return null;
  if (path === '/' || path === '') path = '/index.html';
  const root = resolve(rootDir);
  const filePath = resolve(root, `.${path}`);
  const inside = relative(root, filePath);
  if (inside === '' || inside.startsWith(`..${sep}`) || inside === '..' || isAbsolute(inside)) return null;
  const mimeType = mimeTypes[extname(filePath).toLowerCase()];
  if (!mimeType) return null;
  return { filePath, mimeType };
}
