// Where the kiosk's own page lives. The renderer is served from a private, privileged scheme
// (kiosk://app/) rather than file://, so the page has a real origin of its own: file:// would
// share one origin with every file on the disk and let a compromised page read them.
export const appScheme = 'kiosk';
export const appHost = 'app';
export const appOrigin = `${appScheme}://${appHost}`;
export const appEntryUrl = `${appOrigin}/index.html`;

/** Parses a URL without throwing: a string that is not a URL is simply not ours. */
export function tryParseUrl(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/**
 * True when `url` belongs to `origin` (e.g. "kiosk://app") exactly: same scheme and host, no port
 * and no user-info. The user-info check matters: in "kiosk://app@evil/" the host is "evil".
 * Hosts are compared case-insensitively because Chromium lower-cases hosts of standard schemes
 * while Node's URL keeps non-special hosts as written.
 */
export function isSameAppOrigin(url: URL, origin: string): boolean {
  const expected = tryParseUrl(origin);
  if (!expected) return false;
  return (
    url.protocol === expected.protocol &&
    url.hostname.toLowerCase() === expected.hostname.toLowerCase() &&
    url.hostname !== '' &&
    url.port === expected.port &&
    url.username === '' &&
    url.password === ''
  );
}
