// 议题公告 at the hub. Terminals ask whether a resident has voted (so the kiosk can say "already
// voted" on the spot when online) and read results as the topic's rule allows; admins read
// results with comments (kioskctl topic results ID). Votes themselves arrive as transactions.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { voterCheckRequestSchema } from '../../../shared/contract/public-matters.ts';
import { HttpError, parseOr400 } from '../../http-errors.ts';
import type { Database } from '../../storage/database.ts';
import type { TerminalAuthenticator } from '../terminal-auth.ts';
import { adminCountTopic, countTopic } from './results.ts';
import { findTopic } from './topics.ts';
import { voterPseudonym } from './voter-key.ts';

async function topicOr404(db: Database, request: FastifyRequest) {
  const topicId = String((request.params as { topicId?: unknown }).topicId ?? '');
  const topic = /^[a-z0-9-]{1,64}$/.test(topicId) ? await findTopic(db, topicId) : null;
  if (!topic) throw new HttpError(404, 'unknown-topic', `no topic "${topicId.slice(0, 64)}" in the published matters (kioskctl publish matters FILE)`);
  return topic;
}

export function registerPublicMattersRoutes(app: FastifyInstance, db: Database, authenticate: TerminalAuthenticator, voterKey: Buffer, now: () => number): void {
  app.post('/v1/topics/:topicId/voter-check', async (request) => {
    await authenticate(request);
    const topic = await topicOr404(db, request);
    const { idNumber } = parseOr400(voterCheckRequestSchema, request.body, 'voter check');
    const rows = await db.query('SELECT 1 FROM topic_votes WHERE topic_id = $1 AND voter = $2', [topic.id, voterPseudonym(voterKey, idNumber)]);
    return { voted: rows.length > 0 };
  });

  app.get('/v1/topics/:topicId/results', async (request) => {
    await authenticate(request);
    const topic = await topicOr404(db, request);
    const results = await countTopic(db, topic, now());
    if (topic.results === 'after-close' && results.state !== 'closed') {
      throw new HttpError(409, 'results-after-close', `results of "${topic.id}" are shown after it closes at ${results.closesAt}`);
    }
    return results;
  });
}

export function registerPublicMattersAdminRoutes(app: FastifyInstance, db: Database, now: () => number): void {
  app.get('/v1/admin/topics/:topicId/results', async (request) => adminCountTopic(db, await topicOr404(db, request), now()));
}
