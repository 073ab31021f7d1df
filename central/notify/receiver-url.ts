// Where the hub may send signed requests: https anywhere, plain http only to this machine (a
// local relay or a test receiver). A county network is not trusted to carry case events in clear.
import { HttpError } from '../http-errors.ts';

const LOOPBACK = /^(localhost|127(?:\.\d{1,3}){3}|\[::1\])$/i;

/** The URL as given, or a 400 saying what is wrong with it. */
export function checkReceiverUrl(raw: string, what: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new HttpError(400, 'invalid-url', `${what}: "${raw.slice(0, 80)}" is not a URL`);
  }
  if (url.username || url.password) throw new HttpError(400, 'invalid-url', `${what}: credentials do not belong in the URL; the hub signs each request instead`);
  if (url.protocol === 'https:') return raw;
  if (url.protocol === 'http:' && LOOPBACK.test(url.hostname)) return raw;
  throw new HttpError(400, 'insecure-url', `${what}: ${url.protocol}//${url.hostname} is not https; plain http is allowed only to this machine (localhost, 127.0.0.1, [::1])`);
}
