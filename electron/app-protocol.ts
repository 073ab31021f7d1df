// Serves the built renderer over kiosk://app/ with the app's security headers (CSP and friends).
// Electron-process only. The rules (which file, which headers) are the plain functions in policy/.
import { protocol } from 'electron';
import { readFile } from 'node:fs/promises';
import { resolveAppAsset } from './policy/app-assets.ts';
import { appOrigin, appScheme } from './policy/app-origin.ts';
import { appResponseHeaders } from './policy/csp.ts';

/**
 * Must run before app 'ready'. `standard` gives the scheme a real origin (relative URLs, storage),
 * `secure` makes it a secure context, `supportFetchAPI`/`corsEnabled` let ES modules load from it.
 * Electron honours only one registerSchemesAsPrivileged call, so this is the only one.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: appScheme, privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true, codeCache: true } },
  ]);
}

function notFound(): Response {
  return new Response('not found', { status: 404, headers: appResponseHeaders('text/plain; charset=utf-8') });
}

/** Answers kiosk://app/… from `rendererDir`; anything outside it, or of an unknown type, is 404. */
export function serveAppFiles(rendererDir: string): void {
  protocol.handle(appScheme, async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return new Response(null, { status: 405, headers: appResponseHeaders('text/plain; charset=utf-8') });
    }
    const asset = resolveAppAsset(request.url, rendererDir, appOrigin);
    if (!asset) return notFound();
    try {
      const body = await readFile(asset.filePath);
      return new Response(new Uint8Array(body), { status: 200, headers: appResponseHeaders(asset.mimeType) });
    } catch {
      return notFound();
    }
  });
}
