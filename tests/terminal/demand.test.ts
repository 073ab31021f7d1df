// 诉求反映 in the core: categories, phrases and the hall's sites; an identified or anonymous demand
// filed as a case; the anonymous one's 查询码 shown once and printed, only its hash kept; the phone
// masked on screen and paper; description, typed place and phone sealed; bad input refused, nothing filed.
import { describe, test, beforeEach, afterEach } from 'vitest';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createCoreHarness } from '../support/core-harness.ts';
import { testHub } from '../support/test-hub.ts';
import { hanResident } from '../support/fixtures.ts';
import { decodeEscPos } from '../../drivers/sim/escpos-decoder.ts';
import { checkCaseNumber } from '../../shared/contract/cases.ts';
import { hashQueryCode } from '../../terminal/services/case-filing/case-filing.ts';

type Harness = ReturnType<typeof createCoreHarness>;
const count = (h: Harness, table: string) => (h.db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;
const paperOf = (bytes: Uint8Array) => decodeEscPos(bytes, { columns: 48 }).flatMap((i) => (i.kind === 'text' ? [i.text] : [])).join('\n');

const DESCRIPTION = '3栋楼下的路灯坏了两个星期，晚上老人出门很危险';
type DemandRequest = Parameters<Harness['terminal']['submitDemand']>[0];
const base: DemandRequest = { category: '投诉', description: DESCRIPTION, siteId: 'hongxing-3', placeText: null, callbackPhone: '138 1234 5678', anonymous: false };

describe('诉求反映 core', () => {
  let h: Harness;
  beforeEach(() => {
    h = createCoreHarness({ demand: { sites: [{ id: 'hongxing-3', compound: '红星小区', building: '3栋' }, { id: 'market', compound: '镇农贸市场' }] } }, { hub: testHub({ terminalNumber: () => 7 }) });
  });
  afterEach(() => h.close());

  test('options: six categories, phrases per category, the configured sites, the masked resident', async () => {
    h.cardReader.place(hanResident);
    const options = await h.terminal.demandOptions({});
    assert.deepEqual(options.categories, ['咨询', '求助', '投诉', '举报', '建议', '表扬']);
    assert.ok(options.phrases.投诉!.includes('路灯不亮'));
    assert.deepEqual(options.sites.map((s) => s.label), ['红星小区 3栋', '镇农贸市场']);
    assert.deepEqual(options.resident, { maskedName: '张*民' });
  });

  test('an identified demand: number, masked phone, personal parts sealed, not printed', async () => {
    h.cardReader.place(hanResident);
    const receipt = await h.terminal.submitDemand(base);
    assert.ok(checkCaseNumber(receipt.caseNumber).ok);
    assert.equal(receipt.caseNumber.slice(0, 4), '0007');
    assert.equal(receipt.queryCode, null);
    assert.equal(receipt.maskedPhone, '138****5678');
    const stored = h.transactions.get(receipt.transactionId)!;
    assert.equal(stored.kind, 'demand');
    assert.deepEqual({ ...stored.data, queryCodeHash: 'x' }, { caseNumber: receipt.caseNumber, category: '投诉', siteId: 'hongxing-3', anonymous: false, queryCodeHash: 'x' });
    assert.deepEqual(h.transactions.personalOf(receipt.transactionId), { idNumber: hanResident.idNumber, description: DESCRIPTION, placeText: null, callbackPhone: '13812345678' });
    const paper = paperOf(h.printer.printed[0]!);
    assert.match(paper, /回访电话\s+138\*\*\*\*5678/);
    assert.match(paper, /地点\s+红星小区 3栋/);
    assert.ok(paper.includes(receipt.formattedCaseNumber));
    assert.ok(!paper.includes('查询码'), 'an identified resident needs no code on paper');
    for (const secret of ['13812345678', DESCRIPTION.slice(0, 8), hanResident.name, hanResident.idNumber]) assert.ok(!paper.includes(secret), secret);
    const raw = readFileSync(join(h.dataDir, 'kiosk.db'));
    for (const secret of ['13812345678', DESCRIPTION.slice(0, 6)]) assert.equal(raw.indexOf(Buffer.from(secret)), -1, `"${secret}" in kiosk.db in the clear`);
  });

  test('an anonymous 举报: no ID number kept, the 查询码 shown and printed, only its hash stored', async () => {
    h.cardReader.place(hanResident); // even with a card on the reader, anonymous means anonymous
    const receipt = await h.terminal.submitDemand({ ...base, category: '举报', siteId: null, placeText: '东村河边小树林', callbackPhone: null, anonymous: true });
    assert.match(receipt.queryCode!, /^[0-9]{8}$/);
    const stored = h.transactions.get(receipt.transactionId)!;
    assert.equal(stored.data.queryCodeHash, hashQueryCode(receipt.queryCode!));
    assert.equal(stored.data.anonymous, true);
    assert.equal(stored.data.siteId, null);
    assert.equal((h.transactions.personalOf(receipt.transactionId) as { idNumber: unknown }).idNumber, null);
    assert.ok(!JSON.stringify(stored.data).includes(receipt.queryCode!), 'the code itself is not stored');
    const paper = paperOf(h.printer.printed[0]!);
    assert.ok(paper.includes(receipt.queryCode!), 'the code is on paper');
    assert.match(paper, /反映方式\s+匿名/);
    assert.ok(!paper.includes('东村河边小树林'), 'a typed place is not printed');
  });

  test('identified without a card is refused; anonymous without a card is filed', async () => {
    await h.terminal.startAnonymousSession({});
    assert.equal((await h.terminal.demandOptions({})).resident, null);
    await assert.rejects(h.terminal.submitDemand(base), /实名反映需要身份证/);
    assert.equal(count(h, 'transactions'), 0);
    const receipt = await h.terminal.submitDemand({ ...base, anonymous: true });
    assert.ok(receipt.queryCode);
  });

  test('bad input is refused with the field named and files nothing, takes no number', async () => {
    h.cardReader.place(hanResident);
    const tries: [Partial<DemandRequest>, RegExp][] = [
      [{ description: '   ' }, /“问题描述”必须填写/],
      [{ description: '灯'.repeat(501) }, /“问题描述”最多500个字，现在有501个字/],
      [{ siteId: 'nowhere' }, /“地点”不在本机的地点列表中/],
      [{ siteId: null, placeText: null }, /请选择或填写问题发生的“地点”/],
      [{ siteId: null, placeText: '路'.repeat(101) }, /“地点”最多100个字/],
      [{ callbackPhone: '1381234567' }, /“回访电话”应是11位手机号码/],
    ];
    for (const [change, message] of tries) await assert.rejects(h.terminal.submitDemand({ ...base, ...change }), message);
    assert.equal(count(h, 'transactions'), 0);
    assert.equal(count(h, 'print_jobs'), 0);
    const ok = await h.terminal.submitDemand(base);
    assert.equal(ok.caseNumber.slice(4, 11), '0000001');
  });
});
