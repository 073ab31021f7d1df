// 议题公告 in the core: anyone reads, an ID-card holder votes once per topic; a vote is a
// transaction with its outbox row and the local "voted" mark, committed together; the hub's
// "already voted" is taken when it can be asked; bad votes change nothing.
import { describe, test, beforeEach, afterEach } from 'vitest';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createCoreHarness } from '../support/core-harness.ts';
import { hanResident } from '../support/fixtures.ts';
import { mattersBody } from '../central/suites/public-matters.ts';
import { mattersBodySchema } from '../../shared/contract/public-matters.ts';
import { createMattersService } from '../../terminal/services/public-matters/matters-service.ts';
import { createLocalVotes } from '../../terminal/services/public-matters/local-votes.ts';
import type { Session } from '../../terminal/session.ts';
import { dispatchMessage } from '../../terminal/dispatch.ts';
import { createOutboxStore } from '../../terminal/store/outbox.ts';
import { createFieldCipher, loadOrCreateStoreKey } from '../../terminal/store/field-cipher.ts';
import { sweepAcknowledged } from '../../terminal/store/purge.ts';
import { outcomeOf } from '../support/outcome.ts';

type Harness = ReturnType<typeof createCoreHarness>;
const outboxCount = (h: Harness) => (h.db.prepare('SELECT COUNT(*) AS n FROM outbox').get() as { n: number }).n;

describe('议题公告 core', () => {
  let h: Harness;
  beforeEach(() => {
    h = createCoreHarness();
    h.terminal.applyMatters(mattersBodySchema.parse(mattersBody(h.clock.now())));
  });
  afterEach(() => h.close());

  test('without a card: three sections in order, documents and topics readable, voting refused', async () => {
    await h.terminal.startAnonymousSession({});
    const overview = await h.terminal.mattersOverview({});
    assert.deepEqual(overview.sections.map((s) => s.label), ['党务公开', '村务/居务公开', '财务公开']);
    assert.equal(overview.sections[2]!.documents[0]!.title, '2026年第三季度村财务收支公开');
    assert.deepEqual(overview.topics.map((t) => t.state), ['open', 'open', 'closed']);
    assert.match((await h.terminal.getMatterDocument({ documentId: 'caiwu-2026-q3' })).text, /收入/);
    const topic = await h.terminal.getTopic({ topicId: 'road-lights' });
    assert.equal(topic.myVote, 'anonymous');
    assert.equal(topic.results, null);
    assert.match(topic.resultsNote!, /需要联网/);
    await assert.rejects(h.terminal.voteOnTopic({ topicId: 'road-lights', optionId: 'yes' }), /投票需要身份证/);
    assert.equal(h.transactions.list().length, 0);
  });

  test('an identified resident votes once: transaction, outbox and voted mark together; the ID number sealed', async () => {
    h.cardReader.place(hanResident);
    const vote = await h.terminal.voteOnTopic({ topicId: 'road-lights', optionId: 'yes', comment: ' 晚上太黑 ' });
    assert.equal(outcomeOf(vote), 'ok');
    assert.match(vote.ok ? vote.message : '', /联网后提交中心/);
    const stored = h.transactions.list();
    assert.equal(stored.length, 1);
    assert.equal(stored[0]!.kind, 'topic-vote');
    assert.deepEqual(stored[0]!.data, { topicId: 'road-lights', optionId: 'yes' });
    assert.deepEqual(h.transactions.personalOf(stored[0]!.id), { idNumber: hanResident.idNumber, comment: '晚上太黑' });
    assert.equal(outboxCount(h), 1);
    const db = readFileSync(join(h.dataDir, 'kiosk.db'));
    assert.equal(db.indexOf(Buffer.from(hanResident.idNumber)), -1, 'the ID number is not in kiosk.db in the clear');

    assert.equal((await h.terminal.getTopic({ topicId: 'road-lights' })).myVote, 'voted');
    const again = await h.terminal.voteOnTopic({ topicId: 'road-lights', optionId: 'no' });
    assert.deepEqual(again, { ok: false, reason: 'already-voted', message: '您已经对这个议题投过票了，每人只能投一次。', say: { id: 'core.alreadyVoted' } });
    // The same person in a new visit (card placed again) is still known here.
    await h.terminal.endSession({});
    h.cardReader.place(hanResident);
    assert.equal(outcomeOf(await h.terminal.voteOnTopic({ topicId: 'road-lights', optionId: 'no' })), 'already-voted');
    assert.equal(outboxCount(h), 1, 'nothing more was queued');
    assert.equal(outcomeOf(await h.terminal.voteOnTopic({ topicId: 'square-name', optionId: 'a' })), 'ok', 'another topic is another vote');
  });

  test('the "voted" mark outlives the transaction, which the retention sweep deletes once central has it', async () => {
    h.cardReader.place(hanResident);
    const vote = await h.terminal.voteOnTopic({ topicId: 'road-lights', optionId: 'yes' });
    assert.equal(outcomeOf(vote), 'ok');
    const outbox = createOutboxStore(h.db, createFieldCipher(loadOrCreateStoreKey(h.dataDir)));
    outbox.acknowledge([vote.ok ? vote.transactionId : ''], new Date(h.clock.now() - 90 * 86_400_000));
    assert.equal(sweepAcknowledged(h.db, 30, new Date(h.clock.now())), 1);
    assert.equal(h.transactions.list().length, 0);
    assert.equal(outcomeOf(await h.terminal.voteOnTopic({ topicId: 'road-lights', optionId: 'no' })), 'already-voted');
  });

  test('a closed topic, an unknown option or topic: a clear refusal and nothing recorded', async () => {
    h.cardReader.place(hanResident);
    await assert.rejects(h.terminal.voteOnTopic({ topicId: 'old-poll', optionId: 'x' }), /投票已经结束/);
    await assert.rejects(h.terminal.voteOnTopic({ topicId: 'road-lights', optionId: 'maybe' }), /没有这个选项：maybe/);
    await assert.rejects(h.terminal.voteOnTopic({ topicId: 'nope', optionId: 'yes' }), /找不到这个议题/);
    const long = await dispatchMessage(h.terminal, { type: 'request', id: 1, method: 'voteOnTopic', params: { topicId: 'road-lights', optionId: 'yes', comment: '长'.repeat(101) } });
    assert.match(long && !long.ok ? long.error.message : '', /bad parameters for voteOnTopic: field "comment"/);
    assert.equal(h.transactions.list().length, 0);
    assert.equal(outboxCount(h), 0);
  });
});

describe('议题公告 with the hub reachable', () => {
  test('the hub saying "voted" (another kiosk) refuses on the spot; "not voted" is said in the message', async () => {
    const h = createCoreHarness();
    try {
      const asked: string[] = [];
      let votedElsewhere = true;
      const service = createMattersService({
        db: h.db,
        transactions: h.transactions,
        localVotes: createLocalVotes(h.db, Buffer.alloc(32, 7)),
        now: () => new Date(h.clock.now()),
        link: () => ({
          async hasVoted(topicId) {
            asked.push(topicId);
            return { ok: true, voted: votedElsewhere };
          },
          async results() {
            return { ok: false, reason: 'after-close' };
          },
        }),
      });
      service.apply(mattersBodySchema.parse(mattersBody(h.clock.now())));
      const session = { id: 's1', resident: hanResident, transactionIds: new Set<string>() } as unknown as Session;
      assert.equal(outcomeOf(await service.vote(session, 0, 'matters', 'road-lights', 'yes', undefined)), 'already-voted');
      assert.equal((await service.topic(session, 'road-lights')).myVote, 'voted');
      assert.equal(h.transactions.list().length, 0);
      votedElsewhere = false;
      const vote = await service.vote(session, 1, 'matters', 'road-lights', 'yes', undefined);
      assert.equal(outcomeOf(vote), 'ok');
      assert.match(vote.ok ? vote.message : '', /已记录，将提交到中心/);
      assert.deepEqual(asked, ['road-lights', 'road-lights', 'road-lights']);
    } finally {
      h.close();
    }
  });
});
