// A topic-vote transaction at the hub. Before it is stored, its ID number is replaced by nothing:
// the transaction keeps only topic and option, and the vote row keeps the pseudonym. Counting
// happens once, when the transaction is first stored (a resend is a duplicate and counts nothing);
// a second vote by the same resident for the same topic, from any kiosk, is refused by the
// primary key (topic_id, voter) and recorded as refused.
import type { TransactionItem } from '../../../shared/contract/schemas.ts';
import { topicStateAt, topicVoteDataSchema, topicVotePersonalSchema, TOPIC_VOTE_KIND } from '../../../shared/contract/public-matters.ts';
import type { Queryable } from '../../storage/database.ts';
import { findTopic } from './topics.ts';
import { voterPseudonym } from './voter-key.ts';

/** How far ahead of the hub's clock a kiosk's vote time may be (clock drift), beyond which it is refused. */
const FUTURE_SLACK_MS = 10 * 60_000;

export type VoteRefusal = 'already-voted' | 'unknown-topic' | 'unknown-option' | 'not-open' | 'malformed';

export interface PreparedItem {
  /** What is stored in transactions: the ID number removed. */
  stored: TransactionItem;
  /** Counts (or refuses) the vote; run only when the transaction was stored for the first time. */
  apply(tx: Queryable, terminalId: string): Promise<void>;
}

async function refuse(tx: Queryable, terminalId: string, item: TransactionItem, topicId: string, reason: VoteRefusal): Promise<void> {
  await tx.query('INSERT INTO topic_vote_refusals (terminal_id, transaction_id, topic_id, reason) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING', [
    terminalId,
    item.id,
    topicId,
    reason,
  ]);
}

/** For a topic-vote item: the redacted item and its counting; other kinds pass through. */
export function prepareTopicVote(item: TransactionItem, voterKey: Buffer, now: () => number): PreparedItem | null {
  if (item.kind !== TOPIC_VOTE_KIND) return null;
  const payload = item.payload as { data?: unknown; personal?: unknown };
  const data = topicVoteDataSchema.safeParse(payload.data);
  const personal = topicVotePersonalSchema.safeParse(payload.personal);
  const { personal: _dropped, ...rest } = payload;
  const stored: TransactionItem = { ...item, payload: rest };
  const pseudonym = personal.success ? voterPseudonym(voterKey, personal.data.idNumber) : null;
  const comment = personal.success ? (personal.data.comment?.trim() || null) : null;
  return {
    stored,
    async apply(tx, terminalId) {
      const topicId = data.success ? data.data.topicId : 'unknown';
      if (!data.success || !pseudonym) return refuse(tx, terminalId, item, topicId, 'malformed');
      const topic = await findTopic(tx, data.data.topicId);
      if (!topic) return refuse(tx, terminalId, item, topicId, 'unknown-topic');
      if (!topic.options.some((o) => o.id === data.data.optionId)) return refuse(tx, terminalId, item, topicId, 'unknown-option');
      // Cast while open counts, even when it arrives after closing (the kiosk was offline).
      const castAt = Math.min(Date.parse(item.occurredAt), now() + FUTURE_SLACK_MS);
      if (Date.parse(item.occurredAt) > now() + FUTURE_SLACK_MS || topicStateAt(topic, castAt) !== 'open') {
        return refuse(tx, terminalId, item, topicId, 'not-open');
      }
      const inserted = await tx.query(
        `INSERT INTO topic_votes (topic_id, voter, option_id, comment, terminal_id, transaction_id, voted_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7::timestamptz)
         ON CONFLICT (topic_id, voter) DO NOTHING RETURNING 1`,
        [topicId, pseudonym, data.data.optionId, comment, terminalId, item.id, item.occurredAt],
      );
      if (inserted.length === 0) await refuse(tx, terminalId, item, topicId, 'already-voted');
    },
  };
}
