// Votes cast at this kiosk, remembered by topic and voter pseudonym so that the same resident is
// told "already voted" here at once, with or without a link. The pseudonym is an HMAC of the ID
// number with a key derived from the store key: kiosk.db alone does not reveal who voted.
import { createHmac } from 'node:crypto';
import type { Db } from '../../store/open-store.ts';

/** The kiosk's voter key, derived from its store key (no second key file to keep). */
export function localVoterKey(storeKey: Buffer): Buffer {
  return createHmac('sha256', storeKey).update('kiosk topic voter v1').digest();
}

export function createLocalVotes(db: Db, key: Buffer) {
  const voterOf = (idNumber: string) => createHmac('sha256', key).update(idNumber.toUpperCase()).digest('hex');
  const find = db.prepare('SELECT 1 FROM topic_votes_local WHERE topic_id = ? AND voter = ?');
  const insert = db.prepare('INSERT INTO topic_votes_local (topic_id, voter, transaction_id, voted_at) VALUES (?, ?, ?, ?)');
  return {
    hasVoted(topicId: string, idNumber: string): boolean {
      return find.get(topicId, voterOf(idNumber)) !== undefined;
    },
    /** Inside the caller's SQLite transaction; throws on a second vote (primary key). */
    remember(topicId: string, idNumber: string, transactionId: string, at: Date): void {
      insert.run(topicId, voterOf(idNumber), transactionId, at.toISOString());
    },
  };
}

export type LocalVotes = ReturnType<typeof createLocalVotes>;
