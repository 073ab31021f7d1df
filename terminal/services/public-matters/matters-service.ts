// 议题公告 behind KioskApi. Reading needs no card; voting needs an ID card. A vote is checked here
// first (topic open by the kiosk's clock, option exists, not voted at this kiosk, not voted anywhere
// when the hub can be asked), then committed as a `topic-vote` transaction with its outbox row and
// the local "voted" mark in ONE SQLite transaction, and delivered exactly once like the others.
import { KioskError } from '../../kiosk-error.ts';
import type { MatterDocumentView, MattersOverview, TopicView, VoteResult } from './public-matters-contract.ts';
import { matterSectionLabels, matterSectionSchema, topicStateAt, type MattersBody, type Topic } from '../../../shared/contract/public-matters.ts';
import type { Db } from '../../store/open-store.ts';
import { rethrowStorageError, type TransactionStore } from '../../store/transactions.ts';
import type { Session } from '../../session.ts';
import type { LocalVotes } from './local-votes.ts';
import type { MattersLink, VoterCheck } from './central-link.ts';
import { said, type Said } from '../../says/say.ts';

const votedAtHub = (check: VoterCheck) => check.ok && check.voted;

/** A section's heading: the hub's Chinese label, and its id for the resident's language. */
function sectionLabel(section: keyof typeof matterSectionLabels): { label: string; labelSay: Said['say'] } {
  const { message, say } = said('core.matterSection', { section });
  return { label: message, labelSay: say };
}

export interface MattersServiceDeps {
  db: Db;
  transactions: TransactionStore;
  localVotes: LocalVotes;
  now: () => Date;
  /** The hub, when this kiosk is enrolled and the link is up; null otherwise. */
  link: () => MattersLink | null;
}

const byNewest = <T extends { publishedAt: string }>(a: T, b: T) => Date.parse(b.publishedAt) - Date.parse(a.publishedAt);

export function createMattersService(deps: MattersServiceDeps) {
  let body: MattersBody = { documents: [], topics: [] };

  const topicOf = (topicId: string): Topic => {
    const topic = body.topics.find((t) => t.id === topicId);
    if (!topic) throw new KioskError('not-found', said('core.topicNotFound'));
    return topic;
  };
  const idNumberOf = (session: Session): string | null => (session.resident?.kind === 'id-card' ? session.resident.idNumber : null);

  return {
    apply(next: MattersBody) {
      body = next;
    },
    overview(): MattersOverview {
      const at = deps.now().getTime();
      return {
        sections: matterSectionSchema.options.map((section) => ({
          section,
          ...sectionLabel(section),
          documents: body.documents
            .filter((d) => d.section === section)
            .sort(byNewest)
            .map((d) => ({ id: d.id, title: d.title, publishedAt: d.publishedAt, ...(d.i18n && { i18n: d.i18n }) })),
        })),
        topics: body.topics.map((t) => ({ id: t.id, question: t.question, state: topicStateAt(t, at), opensAt: t.opensAt, closesAt: t.closesAt, ...(t.i18n && { i18n: t.i18n }) })),
      };
    },
    document(documentId: string): MatterDocumentView {
      const doc = body.documents.find((d) => d.id === documentId);
      if (!doc) throw new KioskError('not-found', said('core.matterDocumentNotFound'));
      const { label, labelSay } = sectionLabel(doc.section);
      return { id: doc.id, sectionLabel: label, sectionLabelSay: labelSay, title: doc.title, text: doc.text, publishedAt: doc.publishedAt, ...(doc.i18n && { i18n: doc.i18n }) };
    },
    async topic(session: Session, topicId: string): Promise<TopicView> {
      const topic = topicOf(topicId);
      const state = topicStateAt(topic, deps.now().getTime());
      const idNumber = idNumberOf(session);
      const link = deps.link();
      let myVote: TopicView['myVote'] = 'anonymous';
      if (idNumber) {
        const known = deps.localVotes.hasVoted(topic.id, idNumber) || (link ? votedAtHub(await link.hasVoted(topic.id, idNumber)) : false);
        myVote = known ? 'voted' : 'not-voted';
      }
      let results: TopicView['results'] = null;
      let note: Said | null = null;
      if (topic.results === 'after-close' && state !== 'closed') note = said('core.resultsAfterClose');
      else if (!link) note = said('core.resultsNeedNetwork');
      else {
        const counted = await link.results(topic.id);
        if (!counted.ok) note = said(counted.reason === 'after-close' ? 'core.resultsAfterClose' : 'core.resultsNeedNetwork');
        else results = { options: counted.results.options, total: counted.results.total };
      }
      return {
        id: topic.id,
        question: topic.question,
        description: topic.description ?? null,
        options: topic.options,
        ...(topic.i18n && { i18n: topic.i18n }),
        state,
        opensAt: topic.opensAt,
        closesAt: topic.closesAt,
        resultsRule: topic.results,
        myVote,
        results,
        resultsNote: note?.message ?? null,
        ...(note ? { resultsNoteSay: note.say } : {}),
      };
    },
    async vote(session: Session, seq: number, serviceId: string, topicId: string, optionId: string, comment: string | undefined): Promise<VoteResult> {
      const idNumber = idNumberOf(session);
      if (!idNumber) throw new KioskError('no-session', said('core.voteNeedsIdCard'));
      const topic = topicOf(topicId);
      const at = deps.now();
      const state = topicStateAt(topic, at.getTime());
      if (state === 'upcoming') throw new KioskError('bad-request', said('core.voteNotOpenYet'));
      if (state === 'closed') throw new KioskError('bad-request', said('core.voteClosed'));
      if (!topic.options.some((o) => o.id === optionId)) throw new KioskError('bad-request', said('core.noSuchOption', { optionId }));
      const already: VoteResult = { ok: false, reason: 'already-voted', ...said('core.alreadyVoted') };
      if (deps.localVotes.hasVoted(topic.id, idNumber)) return already;
      const link = deps.link();
      const elsewhere = link ? await link.hasVoted(topic.id, idNumber) : null;
      if (elsewhere && votedAtHub(elsewhere)) return already;
      const text = comment?.trim() || undefined;
      const commit = deps.db.transaction(() => {
        const transactionId = deps.transactions.record({
          sessionId: session.id,
          seq,
          kind: 'topic-vote',
          serviceId,
          occurredAt: at,
          data: { topicId: topic.id, optionId },
          personal: { idNumber, ...(text ? { comment: text } : {}) },
        });
        deps.localVotes.remember(topic.id, idNumber, transactionId, at);
        return transactionId;
      });
      let transactionId: string;
      try {
        transactionId = commit();
      } catch (err) {
        if ((err as { code?: string }).code === 'SQLITE_CONSTRAINT_PRIMARYKEY') return already; // a double tap raced itself
        rethrowStorageError(err);
      }
      session.transactionIds.add(transactionId);
      return {
        ok: true,
        transactionId,
        ...said(elsewhere?.ok ? 'core.voteRecorded' : 'core.voteSavedHere'),
      };
    },
  };
}

export type MattersService = ReturnType<typeof createMattersService>;
