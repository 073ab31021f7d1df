// Admin endpoints require `Authorization: Bearer <CENTRAL_ADMIN_TOKEN>`. Compared through hashes
// in constant time so response timing does not leak the token.
import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import { HttpError } from '../http-errors.ts';

function digest(text: string): Buffer {
  return createHash('sha256').update(text).digest();
}

export function createAdminAuthenticator(adminToken: string) {
  const expected = digest(adminToken);
  return function requireAdmin(request: FastifyRequest): void {
    const header = request.headers.authorization ?? '';
    const match = /^Bearer\s+(.+)$/i.exec(header);
    if (!match?.[1]) throw new HttpError(401, 'admin-unauthorized', 'admin endpoints need the header Authorization: Bearer <admin token>');
    if (!timingSafeEqual(digest(match[1].trim()), expected)) throw new HttpError(401, 'admin-unauthorized', 'the admin token is wrong');
  };
}
