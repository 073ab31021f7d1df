// 议题公告's part of the KioskApi contract (issue 9): request schemas (spread into api.ts's
// requestSchemas) and the views the screens get. No Node imports: the renderer bundles this.
import { z } from 'zod';
import type { Say } from '../../says/say.ts';
import { requestId } from '../slice.ts';

export const publicMattersRequestSchemas = {
  mattersOverview: z.strictObject({}),
  getMatterDocument: z.strictObject({ documentId: requestId }),
  getTopic: z.strictObject({ topicId: requestId }),
  voteOnTopic: z.strictObject({ topicId: requestId, optionId: requestId, comment: z.string().max(100).optional() }),
} as const;

export type TopicState = 'upcoming' | 'open' | 'closed';

/** A document's own texts in other languages (issue 22), as published. */
type Texts = Partial<Record<'bo' | 'ug' | 'en', Record<string, string | undefined>>>;

export interface MattersOverview {
  /** Always the three sections, in order (党务公开, 村务/居务公开, 财务公开), newest document first. */
  sections: { section: 'party' | 'village' | 'finance'; label: string; labelSay?: Say; documents: { id: string; title: string; publishedAt: string; i18n?: Texts }[] }[];
  topics: { id: string; question: string; state: TopicState; opensAt: string; closesAt: string; i18n?: Texts }[];
}

export interface MatterDocumentView {
  id: string;
  sectionLabel: string;
  sectionLabelSay?: Say;
  title: string;
  text: string;
  publishedAt: string;
  i18n?: Texts;
}

export interface TopicView {
  id: string;
  question: string;
  description: string | null;
  options: { id: string; label: string; i18n?: Texts }[];
  i18n?: Texts;
  state: TopicState;
  opensAt: string;
  closesAt: string;
  resultsRule: 'live' | 'after-close';
  /**
   * anonymous: no ID card (may read, not vote); voted: this kiosk or the hub knows a vote of this
   * resident; not-voted: neither does (the hub said so when it could be asked).
   */
  myVote: 'anonymous' | 'voted' | 'not-voted';
  /** Counts from the hub when the rule allows and the hub answers; otherwise null and a note why. */
  results: { options: { id: string; label: string; votes: number }[]; total: number } | null;
  resultsNote: string | null;
  resultsNoteSay?: Say;
}

export type VoteResult =
  | { ok: true; transactionId: string; message: string; say?: Say }
  | { ok: false; reason: 'already-voted'; message: string; say?: Say };
