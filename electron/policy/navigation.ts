// Navigation lockdown. A kiosk shows one page, forever: a link, a redirect, a drag-dropped file
// or a script setting location must never take the resident (or an attacker) anywhere else,
// because there is no address bar and no back button to come back with.
import { isSameAppOrigin, tryParseUrl } from './app-origin.ts';

/** The app's single page; "/" is accepted because the protocol handler serves index.html for it. */
const appPagePaths = new Set(['/', '/index.html']);

/**
 * True only for the app's own page (any query or #fragment, which do not change the document).
 * Everything else — other paths, other origins, javascript:, data:, file:, about:blank — is blocked.
 */
export function isNavigationAllowed(url: string, appOrigin: string): boolean {
  const parsed = tryParseUrl(url);
  if (!parsed) return false;
  return isSameAppOrigin(parsed, appOrigin) && appPagePaths.has(parsed.pathname);
}

/**
 * True for requests the page may make: its own files, and in-memory data:/blob: resources (fonts,
 * images made by the page). Nothing on the network: the core talks to central, never the page.
 * devtools: is let through only so a developer build's DevTools window can draw itself.
 */
export function isRequestAllowed(url: string, appOrigin: string): boolean {
  const parsed = tryParseUrl(url);
  if (!parsed) return false;
  if (parsed.protocol === 'data:' || parsed.protocol === 'devtools:') return true;
  if (parsed.protocol === 'blob:') {
    const inner = tryParseUrl(parsed.pathname);
    return inner !== null && isSameAppOrigin(inner, appOrigin);
  }
  return isSameAppOrigin(parsed, appOrigin);
}

/** Every window.open / target=_blank is refused: a second window would sit outside the lockdown. */
export function windowOpenHandler(): { action: 'deny' } {
  return { action: 'deny' };
}
