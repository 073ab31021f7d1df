// The topics the hub knows: those of the latest published `matters` document (the same signed
// document the kiosks hold), read when a vote or a results question comes in.
import { mattersBodySchema, type Topic } from '../../../shared/contract/public-matters.ts';
import { signedDocumentSchema } from '../../../shared/contract/schemas.ts';
import type { Queryable } from '../../storage/database.ts';

export async function currentTopics(db: Queryable): Promise<Topic[]> {
  const rows = await db.query<{ signed: string }>(`SELECT signed FROM documents WHERE kind = 'matters' ORDER BY version DESC LIMIT 1`);
  if (!rows[0]) return [];
  const signed = signedDocumentSchema.parse(JSON.parse(rows[0].signed));
  return mattersBodySchema.parse(signed.document.body).topics;
}

export async function findTopic(db: Queryable, topicId: string): Promise<Topic | null> {
  return (await currentTopics(db)).find((t) => t.id === topicId) ?? null;
}
