// What the hub's log may say about a request: its method and path, never its query string. A
// case receipt's QR carries the 查询码 as `?code=` (the phone page), and a code in a log is a
// key to a resident's case for anyone who reads logs. Bodies are never logged at all.
import type { FastifyRequest } from 'fastify';

/** '/progress/0012?code=12345678' → '/progress/0012'. */
export function pathOnly(url: string): string {
  const cut = url.search(/[?#]/);
  return cut === -1 ? url : url.slice(0, cut);
}

/** Fastify's `req` log serializer: what its default keeps, with the path in place of the URL. */
export function requestForLog(request: FastifyRequest): Record<string, unknown> {
  return { method: request.method, url: pathOnly(request.url), hostname: request.hostname, remoteAddress: request.ip };
}
