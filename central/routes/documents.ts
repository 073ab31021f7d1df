// Signed documents (catalog, config, announcements): central publishes a new version, signed with
// its key; terminals pull the latest with If-None-Match so an unchanged document costs a 304.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { KeyObject } from 'node:crypto';
import { documentBodySchemas } from '../../config/document-bodies.ts';
import { describeTranslationGaps, translationGaps } from '../../shared/contract/translation-gaps.ts';
import { documentKindSchema, publishDocumentRequestSchema, type DocumentKind } from '../../shared/contract/schemas.ts';
import { signDocument } from '../../shared/contract/signing.ts';
import { HttpError, parseOr400 } from '../http-errors.ts';
import type { Database } from '../storage/database.ts';
import type { TerminalAuthenticator } from './terminal-auth.ts';
import { recordAudit } from '../audit/audit-log.ts';

export function etagOf(kind: DocumentKind, version: number): string {
  return `"${kind}-${version}"`;
}

function kindParam(params: unknown): DocumentKind {
  const kind = (params as { kind?: unknown }).kind;
  const parsed = documentKindSchema.safeParse(kind);
  if (!parsed.success) throw new HttpError(404, 'unknown-kind', `no document kind "${String(kind)}": use ${documentKindSchema.options.join(', ')}`);
  return parsed.data;
}

/** If-None-Match may list several tags, weak ones (W/"…") or `*`. */
function matchesIfNoneMatch(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  return header.split(',').some((tag) => {
    const trimmed = tag.trim();
    return trimmed === '*' || trimmed.replace(/^W\//, '') === etag;
  });
}

export function registerDocumentRoutes(app: FastifyInstance, db: Database, authenticate: TerminalAuthenticator): void {
  app.get('/v1/documents/:kind', async (request, reply) => {
    await authenticate(request);
    const kind = kindParam(request.params);
    const rows = await db.query<{ version: number; signed: string }>(
      'SELECT version, signed FROM documents WHERE kind = $1 ORDER BY version DESC LIMIT 1',
      [kind],
    );
    const latest = rows[0];
    if (!latest) throw new HttpError(404, 'not-published', `no ${kind} has been published yet`);
    const etag = etagOf(kind, latest.version);
    void reply.header('etag', etag).header('cache-control', 'no-cache');
    if (matchesIfNoneMatch(request.headers['if-none-match'], etag)) return reply.status(304).send();
    return reply.type('application/json; charset=utf-8').send(latest.signed);
  });
}

export function registerDocumentPublishRoute(app: FastifyInstance, db: Database, centralKey: KeyObject): void {
  app.put('/v1/admin/documents/:kind', async (request) => {
    const kind = kindParam(request.params);
    const { body } = parseOr400(publishDocumentRequestSchema, request.body, 'publish request');
    return publishSignedDocument(db, request, centralKey, kind, body);
  });
}

/** Checks a body against its kind's schema, signs it as the kind's next version and keeps it (also the recording page's publish). */
export async function publishSignedDocument(db: Database, request: FastifyRequest, centralKey: KeyObject, kind: DocumentKind, body: unknown): Promise<{ kind: DocumentKind; version: number; warnings: string[] }> {
  const parsed = parseOr400(documentBodySchemas[kind], body, kind, 'body');
  // Not a refusal: the console shows these so the publisher knows what residents will see in Chinese.
  // A config body is checked as sent: parsing fills every section's defaults (the site name…).
  const warnings = describeTranslationGaps(translationGaps(kind, kind === 'config' ? body : parsed));
  return db.transaction(async (tx) => {
    // The head row serialises concurrent publishes of one kind: versions never collide or skip.
    const heads = await tx.query<{ version: number }>(
      `INSERT INTO document_heads (kind, version) VALUES ($1, 1)
       ON CONFLICT (kind) DO UPDATE SET version = document_heads.version + 1
       RETURNING version`,
      [kind],
    );
    const version = Number(heads[0]?.version);
    const issuedAt = new Date().toISOString();
    const signed = signDocument(centralKey, { kind, version, issuedAt, body });
    await tx.query('INSERT INTO documents (kind, version, issued_at, signed) VALUES ($1, $2, $3, $4)', [
      kind,
      version,
      issuedAt,
      JSON.stringify(signed),
    ]);
    // The document itself is kept, versioned, in `documents`: the entry says which version replaced which.
    await recordAudit(tx, request, { action: 'document.publish', target: { kind: 'document', id: kind }, before: version > 1 ? { version: version - 1 } : null, after: { version, warnings: warnings.length } });
    return { kind, version, warnings };
  });
}
