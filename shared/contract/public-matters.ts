// 议题公告 (public-matters): the `matters` document central signs and pushes — 村(居)务公开 documents
// in three sections, and topics (议题) residents vote on — plus the vote a kiosk sends as a
// transaction and the hub's results. Shared by hub and kiosk so both parse the same shapes.
import { z } from 'zod';
import { isoDateTimeSchema } from './schemas.ts';
import { localizedTexts } from '../localized-text.ts';

const itemId = z.string().regex(/^[a-z0-9-]{1,64}$/, 'lower-case letters, digits and - only, at most 64');
const text = (max: number) => z.string().trim().min(1, 'must not be empty').max(max, `at most ${max} characters`);

export const matterSectionSchema = z.enum(['party', 'village', 'finance']);
/** How each section is headed on screen. */
export const matterSectionLabels: Record<z.infer<typeof matterSectionSchema>, string> = {
  party: '党务公开',
  village: '村务/居务公开',
  finance: '财务公开',
};

export const matterDocumentSchema = z.strictObject({
  id: itemId,
  section: matterSectionSchema,
  title: text(60),
  text: text(20_000),
  /** The date it was made public (公开日期). */
  publishedAt: isoDateTimeSchema,
  /** Title and text in other languages (shared/localized-text.ts); missing ones show in Chinese with a note. */
  i18n: localizedTexts({ title: text(180), text: text(40_000) }),
});

export const MAX_COMMENT_CHARS = 100;

export const topicSchema = z
  .strictObject({
    id: itemId,
    question: text(100),
    /** Background a resident reads before voting. */
    description: text(4000).optional(),
    options: z.array(z.strictObject({ id: itemId, label: text(30), i18n: localizedTexts({ label: text(90) }) })).min(2, 'a topic needs at least 2 options').max(10),
    /** Question and background in other languages; missing ones show in Chinese with a note. */
    i18n: localizedTexts({ question: text(300), description: text(8000) }),
    opensAt: isoDateTimeSchema,
    closesAt: isoDateTimeSchema,
    /** live: counts shown while it is open; after-close: only once it has closed. */
    results: z.enum(['live', 'after-close'], { message: 'must be live or after-close' }),
  })
  .superRefine((topic, ctx) => {
    if (Date.parse(topic.closesAt) <= Date.parse(topic.opensAt)) ctx.addIssue({ code: 'custom', path: ['closesAt'], message: 'closesAt must be after opensAt' });
    const ids = new Set<string>();
    topic.options.forEach((o, i) => {
      if (ids.has(o.id)) ctx.addIssue({ code: 'custom', path: ['options', i, 'id'], message: `option id "${o.id}" is used twice` });
      ids.add(o.id);
    });
  });

export const mattersBodySchema = z
  .strictObject({
    documents: z.array(matterDocumentSchema).max(500),
    topics: z.array(topicSchema).max(100),
  })
  .superRefine((body, ctx) => {
    for (const list of ['documents', 'topics'] as const) {
      const ids = new Set<string>();
      body[list].forEach((item, i) => {
        if (ids.has(item.id)) ctx.addIssue({ code: 'custom', path: [list, i, 'id'], message: `id "${item.id}" is used twice` });
        ids.add(item.id);
      });
    }
  });

export const matterStateLabels = { upcoming: '未开始', open: '进行中', closed: '已结束' } as const;

/** Whether a topic takes votes at `at`. */
export function topicStateAt(topic: Pick<Topic, 'opensAt' | 'closesAt'>, at: number): 'upcoming' | 'open' | 'closed' {
  if (at < Date.parse(topic.opensAt)) return 'upcoming';
  return at < Date.parse(topic.closesAt) ? 'open' : 'closed';
}

// ---- the vote as a transaction (kind `topic-vote`) ---------------------------------------------

export const TOPIC_VOTE_KIND = 'topic-vote';

/** payload.data of a topic-vote transaction: nothing personal. */
export const topicVoteDataSchema = z.strictObject({ topicId: itemId, optionId: itemId });
/** payload.personal: the ID number the hub turns into a pseudonym (and then forgets), and the comment. */
export const topicVotePersonalSchema = z.strictObject({
  idNumber: z.string().regex(/^\d{17}[\dXx]$/, 'an 18-character ID number'),
  comment: z.string().max(MAX_COMMENT_CHARS).optional(),
});

// ---- hub endpoints ------------------------------------------------------------------------------

export const voterCheckRequestSchema = z.strictObject({ idNumber: z.string().regex(/^\d{17}[\dXx]$/, 'an 18-character ID number') });
export const voterCheckResponseSchema = z.object({ voted: z.boolean() });

export const topicResultsSchema = z.object({
  topicId: z.string(),
  question: z.string(),
  state: z.enum(['upcoming', 'open', 'closed']),
  closesAt: isoDateTimeSchema,
  options: z.array(z.object({ id: z.string(), label: z.string(), votes: z.number().int().min(0) })),
  total: z.number().int().min(0),
  /** Votes refused: a second vote by the same resident, or one for a closed topic or unknown option. */
  refused: z.number().int().min(0),
});
/** The admin's view adds the comments (no voter is named). */
export const adminTopicResultsSchema = topicResultsSchema.extend({
  comments: z.array(z.object({ optionId: z.string(), comment: z.string(), votedAt: isoDateTimeSchema })),
});

export type MatterSection = z.infer<typeof matterSectionSchema>;
export type MatterDocument = z.infer<typeof matterDocumentSchema>;
export type Topic = z.infer<typeof topicSchema>;
export type MattersBody = z.infer<typeof mattersBodySchema>;
export type TopicResults = z.infer<typeof topicResultsSchema>;
export type AdminTopicResults = z.infer<typeof adminTopicResultsSchema>;
