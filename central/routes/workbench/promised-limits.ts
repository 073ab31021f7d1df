// Each application item's 承诺时限, read from the published 办事指南 (the `guides` document), kept
// per version so a list of 100 cases parses the guides once, not 100 times.
import type { TimeLimit } from '../../../shared/contract/info-documents.ts';
import type { Queryable } from '../../storage/database.ts';

// Per database: tests run several hubs in one process, each with its own version 1.
const cache = new WeakMap<Queryable, { version: number; limits: Map<string, TimeLimit> }>();

export async function promisedLimits(q: Queryable): Promise<Map<string, TimeLimit>> {
  const rows = await q.query<{ version: number; signed: string }>(`SELECT version, signed FROM documents WHERE kind = 'guides' ORDER BY version DESC LIMIT 1`);
  const latest = rows[0];
  if (!latest) return new Map();
  const cached = cache.get(q);
  if (cached?.version === latest.version) return cached.limits;
  // Validated when it was published (documents.ts): read, not re-checked.
  const body = (JSON.parse(latest.signed) as { document: { body: { items?: { id: string; promisedTimeLimit: TimeLimit }[] } } }).document.body;
  const limits = new Map((body.items ?? []).map((item) => [item.id, item.promisedTimeLimit]));
  cache.set(q, { version: latest.version, limits });
  return limits;
}
