// 政务信息查询 in the core: search by hanzi, full pinyin and initials, categories from the data,
// a guide's checklist on paper, notices that expire by the kiosk's clock, refusals that change nothing.
import { describe, test, beforeEach, afterEach } from 'vitest';
import assert from 'node:assert/strict';
import { decodeEscPos } from '../../drivers/sim/escpos-decoder.ts';
import { dispatchMessage } from '../../terminal/dispatch.ts';
import { createCoreHarness } from '../support/core-harness.ts';
import { hanResident } from '../support/fixtures.ts';
import { sampleGuides } from '../support/info-samples.ts';

type Harness = ReturnType<typeof createCoreHarness>;

describe('政务信息查询 core', () => {
  let h: Harness;
  beforeEach(async () => {
    h = createCoreHarness();
    h.terminal.applyGuides(sampleGuides(), 3);
    await h.terminal.startAnonymousSession({});
  });
  afterEach(() => h.close());

  const names = async (query: string, categoryId?: string) =>
    (await h.terminal.searchGuides(categoryId ? { query, categoryId } : { query })).guides.map((g) => g.name);

  test('养老, "yang lao", yanglao and ylbx all find the 养老保险 items, name matches first', async () => {
    for (const query of ['养老', 'yang lao', 'yanglao', 'YangLao', 'ylbx']) {
      const found = await names(query);
      assert.ok(found.includes('城乡居民养老保险待遇领取'), `${query} → ${found.join('、')}`);
      assert.ok(found.includes('城乡居民基本养老保险参保登记'), `${query} → ${found.join('、')}`);
      assert.ok(!found.includes('内地居民结婚登记'), `${query} must not find 结婚登记`);
    }
    assert.deepEqual(await names('sfz'), ['居民身份证换领'], 'initials of 身份证');
    assert.deepEqual(await names('tuixiujin'), ['城乡居民养老保险待遇领取'], 'a keyword residents use (退休金) in pinyin');
    assert.deepEqual(await names('zzzz'), []);
  });

  test('categories come from the document, with counts; browsing one lists only its guides', async () => {
    const overview = await h.terminal.infoOverview({});
    assert.equal(overview.guideCount, 7);
    const huji = overview.categories.find((c) => c.name === '户籍');
    assert.equal(huji?.count, 2);
    assert.ok(!overview.categories.some((c) => c.name === '殡葬'), 'a category without guides is not offered');
    assert.deepEqual((await names('', 'huji')).sort(), ['出生登记（新生儿落户）', '居民身份证换领'].sort());
    assert.deepEqual(await names('sfz', 'hunyin'), [], 'search stays inside the chosen category');
  });

  test('a guide shows its time limits in words and prints as a checklist with a tick box per material', async () => {
    const guide = await h.terminal.getGuide({ guideId: 'yanglao-daiyu' });
    assert.equal(guide.promisedTimeLimitText, '10 个工作日');
    assert.equal((await h.terminal.getGuide({ guideId: 'chusheng-dengji' })).legalTimeLimitText, '即办');
    const printed = await h.terminal.printGuide({ guideId: 'yanglao-daiyu' });
    assert.equal(printed.print.state, 'printed');
    assert.equal(h.printer.printed.length, 1);
    const lines = decodeEscPos(h.printer.printed[0]!, { columns: 48 }).flatMap((i) => (i.kind === 'text' ? [i.text] : []));
    const boxes = lines.filter((l) => l.startsWith('□ '));
    assert.equal(boxes.length, 4, lines.join('\n'));
    assert.match(boxes[2]!, /^□ 3\. 本人社会保障卡或银行卡（原件1份）/);
    assert.ok(lines.some((l) => /^收费\s+不收费$/.test(l)));
    const stored = h.transactions.get(printed.transactionId)!;
    assert.equal(stored.kind, 'info-print');
    assert.deepEqual(stored.data, { guideId: 'yanglao-daiyu', guideName: '城乡居民养老保险待遇领取', guidesVersion: 3 });
    assert.equal(h.transactions.personalOf(printed.transactionId), null, 'nothing about the reader is kept');
  });

  test('printing with the printer unplugged says so and records nothing', async () => {
    h.printer.setStatus({ state: 'disconnected', reason: 'unplugged' });
    await assert.rejects(h.terminal.printGuide({ guideId: 'yanglao-daiyu' }), /打印机未连接.*暂时不能打印/);
    assert.equal(h.transactions.list().length, 0);
  });

  test('notices show from their publication until their expiry, by the kiosk clock alone', async () => {
    const now = h.clock.now();
    const at = (hours: number) => new Date(now + hours * 3_600_000).toISOString();
    h.terminal.applyNotices({
      items: [
        { id: 'water', title: '停水通知', text: '明日停水。', publishedAt: at(-2), expiresAt: at(1) },
        { id: 'later', title: '春耕补贴公示', text: '下周公示。', publishedAt: at(3), expiresAt: at(48) },
        { id: 'old', title: '过期通知', text: '已过期。', publishedAt: at(-48), expiresAt: at(-1) },
      ],
    });
    assert.deepEqual((await h.terminal.listNotices({})).map((n) => n.title), ['停水通知']);
    h.clock.advance(3 * 3_600_000);
    await h.terminal.startAnonymousSession({}); // the idle timer ended the visit meanwhile
    assert.deepEqual((await h.terminal.listNotices({})).map((n) => n.title), ['春耕补贴公示'], 'the expired one went by itself');
    assert.equal((await h.terminal.infoOverview({})).noticeCount, 1);
  });

  test('bad input is refused with a reason and changes nothing', async () => {
    await assert.rejects(h.terminal.getGuide({ guideId: 'no-such-guide' }), /找不到这份办事指南/);
    await assert.rejects(h.terminal.printGuide({ guideId: 'no-such-guide' }), /找不到这份办事指南/);
    const tooLong = await dispatchMessage(h.terminal, { type: 'request', id: 1, method: 'searchGuides', params: { query: 'a'.repeat(41) } });
    assert.equal(tooLong?.ok, false);
    assert.match(tooLong && !tooLong.ok ? tooLong.error.message : "", /bad parameters for searchGuides: field "query"/);
    const extra = await dispatchMessage(h.terminal, { type: 'request', id: 2, method: 'printGuide', params: { guideId: 'yanglao-daiyu', copies: 9 } });
    assert.equal(extra?.ok, false);
    assert.equal(h.transactions.list().length, 0);
    assert.equal(h.printer.printed.length, 0);
  });

  test('an identified resident may use it too, and nothing personal goes on the info-print record', async () => {
    h.cardReader.place(hanResident);
    const printed = await h.terminal.printGuide({ guideId: 'shiye-dengji' });
    assert.equal(h.transactions.personalOf(printed.transactionId), null);
  });
});
