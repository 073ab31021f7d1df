// Pull of central's signed documents (catalog, config, announcements). A document is applied only
// when (1) its signature verifies against the central key pinned at enrollment, (2) it is the kind
// asked for, (3) it is not older than what is applied (no rollback by replaying an old signed
// document), and (4) its body passes the same schema central validated with. Otherwise it is
// refused, written to the audit log and reported as lastError, and the last good version stays.
import { documentBodySchemas } from '../../config/document-bodies.ts';
import { documentKindSchema, signedDocumentSchema, type DocumentKind, type SignedDocument } from '../../shared/contract/schemas.ts';
import { verifyDocument } from '../../shared/contract/signing.ts';
import type { Db } from '../store/open-store.ts';
import { appendAudit } from '../store/audit-log.ts';
import { readCache, writeCache } from '../store/caches.ts';
import { CentralUnreachableError, describeHttpFailure, type CentralClient } from './central-client.ts';

export const documentKinds: readonly DocumentKind[] = documentKindSchema.options;

/**
 * Applies a verified body (e.g. terminal.applyCatalog). Throwing refuses the document: the cache
 * keeps the previous version. Called again at start with the cached version.
 */
export type DocumentAppliers = Partial<Record<DocumentKind, (body: unknown, version: number) => void>>;

export type PullOutcome =
  | { kind: DocumentKind; result: 'unchanged' | 'none-published' }
  | { kind: DocumentKind; result: 'applied'; version: number }
  | { kind: DocumentKind; result: 'refused'; reason: string }
  | { kind: DocumentKind; result: 'failed'; reason: string; reachedCentral: boolean };

/** Why `signed` must not be applied, or null when it may. */
export function checkDocument(signed: SignedDocument, kind: DocumentKind, pinnedKey: string, appliedVersion: number | null): string | null {
  if (!verifyDocument(pinnedKey, signed)) return 'signature does not verify against the pinned central key';
  if (signed.document.kind !== kind) return `asked for ${kind} but the document is a ${signed.document.kind}`;
  if (appliedVersion !== null && signed.document.version < appliedVersion) {
    return `version ${signed.document.version} is older than the applied version ${appliedVersion}`;
  }
  const body = documentBodySchemas[kind].safeParse(signed.document.body);
  if (!body.success) return `body is not a valid ${kind}: ${body.error.issues[0]?.message ?? 'invalid'}`;
  return null;
}

export function createDocumentPuller(opts: { db: Db; client: CentralClient; pinnedKey: string; appliers: DocumentAppliers; now?: () => Date }) {
  const now = opts.now ?? (() => new Date());

  function refuse(kind: DocumentKind, version: number | null, reason: string): PullOutcome {
    appendAudit(opts.db, 'document-refused', `${kind} v${version ?? '?'}: ${reason}`, now());
    return { kind, result: 'refused', reason: `${kind} refused: ${reason}` };
  }

  async function pull(kind: DocumentKind): Promise<PullOutcome> {
    const cached = readCache(opts.db, kind);
    let res;
    try {
      res = await opts.client.request('GET', `/v1/documents/${kind}`, undefined, cached?.etag ? { 'if-none-match': cached.etag } : {});
    } catch (err) {
      if (err instanceof CentralUnreachableError) return { kind, result: 'failed', reason: err.message, reachedCentral: false };
      throw err;
    }
    if (res.status === 304) return { kind, result: 'unchanged' };
    if (res.status === 404) return { kind, result: 'none-published' };
    if (res.status !== 200) return { kind, result: 'failed', reason: describeHttpFailure(res), reachedCentral: true };
    const parsed = signedDocumentSchema.safeParse(res.json);
    if (!parsed.success) return refuse(kind, null, 'not a signed document');
    const signed = parsed.data;
    const problem = checkDocument(signed, kind, opts.pinnedKey, cached?.version ?? null);
    if (problem) return refuse(kind, signed.document.version, problem);
    if (cached && cached.version === signed.document.version) {
      // Same version we already run: only remember the new ETag.
      writeCache(opts.db, { ...cached, etag: res.headers.get('etag') }, now());
      return { kind, result: 'unchanged' };
    }
    try {
      opts.appliers[kind]?.(signed.document.body, signed.document.version);
    } catch (err) {
      return refuse(kind, signed.document.version, `cannot be applied: ${(err as Error).message}`);
    }
    writeCache(
      opts.db,
      { kind, version: signed.document.version, etag: res.headers.get('etag'), body: JSON.stringify(signed), signature: signed.signature },
      now(),
    );
    appendAudit(opts.db, 'document-applied', `${kind} v${signed.document.version}`, now());
    return { kind, result: 'applied', version: signed.document.version };
  }

  return {
    pull,
    async pullAll(): Promise<PullOutcome[]> {
      const out: PullOutcome[] = [];
      for (const kind of documentKinds) out.push(await pull(kind));
      return out;
    },
    /** At start: re-verify and apply the last good cached documents (a tampered cache is ignored). */
    applyCached(): void {
      for (const kind of documentKinds) {
        const cached = readCache(opts.db, kind);
        if (!cached) continue;
        const parsed = signedDocumentSchema.safeParse(JSON.parse(cached.body));
        if (!parsed.success || checkDocument(parsed.data, kind, opts.pinnedKey, null)) {
          appendAudit(opts.db, 'document-refused', `cached ${kind} v${cached.version} no longer verifies; ignored`, now());
          continue;
        }
        try {
          opts.appliers[kind]?.(parsed.data.document.body, parsed.data.document.version);
        } catch (err) {
          appendAudit(opts.db, 'document-refused', `cached ${kind} v${cached.version} cannot be applied: ${(err as Error).message}`, now());
        }
      }
    },
  };
}

export type DocumentPuller = ReturnType<typeof createDocumentPuller>;
