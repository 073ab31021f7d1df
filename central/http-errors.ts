// Errors central sends: always JSON `{ error, message, issues? }` (errorResponseSchema), with a
// stable machine-readable `error` code and a message a person can act on.
import { pathOnly } from './log-redaction.ts';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';

export interface Issue {
  path: string;
  message: string;
}

export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly issues?: Issue[],
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

export function issuesOf(error: z.ZodError, prefix = ''): Issue[] {
  return error.issues.map((issue) => ({
    path: [prefix, ...issue.path.map(String)].filter(Boolean).join('.') || '(top level)',
    message: issue.message,
  }));
}

/** Parses `value` with `schema` or throws a 400 naming each bad field (e.g. `items.3.occurredAt`). */
export function parseOr400<S extends z.ZodType>(schema: S, value: unknown, what: string, prefix = ''): z.infer<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issues = issuesOf(result.error, prefix);
  const first = issues[0];
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more problem${issues.length > 2 ? 's' : ''})` : '';
  throw new HttpError(400, 'invalid-body', `invalid ${what}: ${first?.path}: ${first?.message}${more}`, issues);
}

/** Fastify error handler: HttpError as its JSON; framework errors with their status; others 500. */
export function handleError(error: FastifyError | HttpError | Error, request: FastifyRequest, reply: FastifyReply): void {
  if (error instanceof HttpError) {
    void reply.status(error.status).send({ error: error.code, message: error.message, ...(error.issues ? { issues: error.issues } : {}) });
    return;
  }
  const status = (error as FastifyError).statusCode;
  if (typeof status === 'number' && status >= 400 && status < 500) {
    const code = (error as FastifyError).code === 'FST_ERR_CTP_BODY_TOO_LARGE' ? 'body-too-large' : 'bad-request';
    void reply.status(status).send({ error: code, message: error.message });
    return;
  }
  // Only the error and the path, never the body or query: they carry residents' data and codes.
  request.log.error({ err: error, url: pathOnly(request.url) }, 'request failed');
  void reply.status(500).send({ error: 'internal', message: 'central failed to handle the request; see its log' });
}
