// Counting a topic: votes per option from topic_votes, refusals from topic_vote_refusals.
import type { AdminTopicResults, Topic, TopicResults } from '../../../shared/contract/public-matters.ts';
import { topicStateAt } from '../../../shared/contract/public-matters.ts';
import { isoOf, type Queryable } from '../../storage/database.ts';

export async function countTopic(db: Queryable, topic: Topic, now: number): Promise<TopicResults> {
  const counts = await db.query<{ option_id: string; votes: string | number }>(
    'SELECT option_id, COUNT(*) AS votes FROM topic_votes WHERE topic_id = $1 GROUP BY option_id',
    [topic.id],
  );
  const refused = await db.query<{ n: string | number }>('SELECT COUNT(*) AS n FROM topic_vote_refusals WHERE topic_id = $1', [topic.id]);
  const byOption = new Map(counts.map((c) => [c.option_id, Number(c.votes)]));
  const options = topic.options.map((o) => ({ id: o.id, label: o.label, votes: byOption.get(o.id) ?? 0 }));
  return {
    topicId: topic.id,
    question: topic.question,
    state: topicStateAt(topic, now),
    closesAt: new Date(topic.closesAt).toISOString(),
    options,
    total: options.reduce((sum, o) => sum + o.votes, 0),
    refused: Number(refused[0]?.n ?? 0),
  };
}

export async function adminCountTopic(db: Queryable, topic: Topic, now: number): Promise<AdminTopicResults> {
  const comments = await db.query<{ option_id: string; comment: string; voted_at: unknown }>(
    'SELECT option_id, comment, voted_at FROM topic_votes WHERE topic_id = $1 AND comment IS NOT NULL ORDER BY voted_at',
    [topic.id],
  );
  return {
    ...(await countTopic(db, topic, now)),
    comments: comments.map((c) => ({ optionId: c.option_id, comment: c.comment, votedAt: isoOf(c.voted_at) })),
  };
}
