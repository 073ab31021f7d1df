// The two questions the kiosk asks the hub while a resident waits: "has this person voted on this
// topic (at any kiosk)?" and "what are the counts?". Both are short (a few seconds at most) and
// both may fail: the caller then falls back to what the kiosk knows itself.
import { topicResultsSchema, voterCheckResponseSchema, type TopicResults } from '../../../shared/contract/public-matters.ts';
import type { CentralClient } from '../../sync/central-client.ts';

export interface MattersLink {
  /** true / false from the hub, or null when the hub could not be asked. */
  hasVoted(topicId: string, idNumber: string): Promise<boolean | null>;
  /** Counts, 'after-close' when the rule hides them for now, or null when the hub could not be asked. */
  results(topicId: string): Promise<TopicResults | 'after-close' | null>;
}

export function createMattersLink(client: CentralClient): MattersLink {
  return {
    async hasVoted(topicId, idNumber) {
      try {
        const res = await client.request('POST', `/v1/topics/${encodeURIComponent(topicId)}/voter-check`, { idNumber });
        const parsed = voterCheckResponseSchema.safeParse(res.json);
        return res.status === 200 && parsed.success ? parsed.data.voted : null;
      } catch {
        return null;
      }
    },
    async results(topicId) {
      try {
        const res = await client.request('GET', `/v1/topics/${encodeURIComponent(topicId)}/results`);
        if (res.status === 409) return 'after-close';
        const parsed = topicResultsSchema.safeParse(res.json);
        return res.status === 200 && parsed.success ? parsed.data : null;
      } catch {
        return null;
      }
    },
  };
}
