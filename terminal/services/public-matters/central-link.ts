// The two questions the kiosk asks the hub while a resident waits: "has this person voted on this
// topic (at any kiosk)?" and "what are the counts?". Both are short (a few seconds at most) and
// both may fail: the caller then falls back to what the kiosk knows itself.
import { topicResultsSchema, voterCheckResponseSchema, type TopicResults } from '../../../shared/contract/public-matters.ts';
import type { CentralClient } from '../../sync/central-client.ts';

/** Whether this resident has voted on the topic at any kiosk; not ok when the hub could not be asked. */
export type VoterCheck = { ok: true; voted: boolean } | { ok: false; reason: 'unreachable' };

/** The topic's counts; not ok while the rule hides them (after-close) or when the hub could not be asked. */
export type ResultsAnswer = { ok: true; results: TopicResults } | { ok: false; reason: 'after-close' | 'unreachable' };

export interface MattersLink {
  hasVoted(topicId: string, idNumber: string): Promise<VoterCheck>;
  results(topicId: string): Promise<ResultsAnswer>;
}

const unreachable = { ok: false, reason: 'unreachable' } as const;

export function createMattersLink(client: CentralClient): MattersLink {
  return {
    async hasVoted(topicId, idNumber) {
      try {
        const res = await client.request('POST', `/v1/topics/${encodeURIComponent(topicId)}/voter-check`, { idNumber });
        const parsed = voterCheckResponseSchema.safeParse(res.json);
        return res.status === 200 && parsed.success ? { ok: true, voted: parsed.data.voted } : unreachable;
      } catch {
        return unreachable;
      }
    },
    async results(topicId) {
      try {
        const res = await client.request('GET', `/v1/topics/${encodeURIComponent(topicId)}/results`);
        if (res.status === 409) return { ok: false, reason: 'after-close' };
        const parsed = topicResultsSchema.safeParse(res.json);
        return res.status === 200 && parsed.success ? { ok: true, results: parsed.data } : unreachable;
      } catch {
        return unreachable;
      }
    },
  };
}
