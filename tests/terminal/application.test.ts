// 事项办理 in the core: items from the catalog, the form with the ID card fields filled from the
// card in the core (masked for the screen), every answer checked against the catalog form, and a
// submitted application filed as a case: 办件编号 from the kiosk's sequence, the transaction with
// its outbox row and receipt, personal data sealed, the receipt free of it.
import { describe, test, beforeEach, afterEach } from 'vitest';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createCoreHarness } from '../support/core-harness.ts';
import { testHub } from '../support/test-hub.ts';
import { hanResident } from '../support/fixtures.ts';
import { decodeEscPos } from '../../drivers/sim/escpos-decoder.ts';
import { checkCaseNumber, parseCaseProgressUrl } from '../../shared/contract/cases.ts';
import { hashQueryCode } from '../../terminal/services/case-filing/case-filing.ts';
import { openStore } from '../../terminal/store/open-store.ts';
import { sampleGuides } from '../support/info-samples.ts';
import { nextCaseNumber } from '../../terminal/services/case-filing/case-sequence.ts';

type Harness = ReturnType<typeof createCoreHarness>;
const count = (h: Harness, table: string) => (h.db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;
const printedText = (bytes: Uint8Array) => decodeEscPos(bytes, { columns: 48 }).flatMap((i) => (i.kind === 'text' ? [i.text] : []));
const qrOf = (bytes: Uint8Array) => decodeEscPos(bytes, { columns: 48 }).flatMap((i) => (i.kind === 'qr' ? [i.data] : []));

const residenceAnswers = { phone: '13812345678', residence: '红星小区3栋2单元501', since: '2015-06-01', housing: 'rent', purpose: 'school' };

describe('事项办理 core', () => {
  let h: Harness;
  beforeEach(() => {
    h = createCoreHarness({}, { hub: testHub({ terminalNumber: () => 12 }), progressBase: () => 'https://hub.example.gov.cn/' });
  });
  afterEach(() => h.close());

  test('the form takes the card fields from the card, masked; the screen never gets them in full', async () => {
    h.cardReader.place(hanResident);
    const { items } = await h.terminal.listApplicationItems({});
    assert.deepEqual(items.map((i) => i.name), ['高龄津贴申请', '临时救助申请', '居住证明申请']);
    const form = await h.terminal.getApplicationForm({ itemId: 'gaoling-jintie' });
    const shown = Object.fromEntries(form.fields.filter((f) => f.prefilled).map((f) => [f.id, f.prefilled!.masked]));
    assert.deepEqual(shown, { name: '张*民', 'id-number': '5101**********0013', 'birth-date': '1956年**月**日', address: '四川省成都市******' });
    const json = JSON.stringify(form);
    for (const secret of [hanResident.name, hanResident.idNumber, hanResident.address, hanResident.birthDate]) assert.ok(!json.includes(secret), secret);
  });

  test('without an ID card an item with card fields is refused, nothing filed', async () => {
    await h.terminal.startAnonymousSession({});
    await assert.rejects(h.terminal.getApplicationForm({ itemId: 'juzhu-zhengming' }), /需要读取身份证/);
    await assert.rejects(h.terminal.submitApplication({ itemId: 'juzhu-zhengming', answers: residenceAnswers, cardFieldsConfirmed: true }), /需要读取身份证/);
    assert.equal(count(h, 'transactions'), 0);
  });

  test('a submitted application: 办件编号 TTTT-SSSSSSS-C, sealed answers, outbox row, receipt without personal data', async () => {
    h.cardReader.place(hanResident);
    const receipt = await h.terminal.submitApplication({ itemId: 'juzhu-zhengming', answers: residenceAnswers, cardFieldsConfirmed: true });
    assert.equal(receipt.caseNumber.slice(0, 11), '00120000001');
    assert.ok(checkCaseNumber(receipt.caseNumber).ok);
    assert.equal(receipt.formattedCaseNumber, `0012-0000001-${receipt.caseNumber[11]}`);
    assert.equal(receipt.queryCode, null, 'an identified resident is not shown a code');
    assert.equal(receipt.print.state, 'printed');
    assert.deepEqual(receipt.materials.length, 3);

    const stored = h.transactions.get(receipt.transactionId)!;
    assert.equal(stored.kind, 'application');
    assert.equal(stored.data.caseNumber, receipt.caseNumber);
    assert.equal(stored.data.itemName, '居住证明申请');
    assert.match(String(stored.data.queryCodeHash), /^[0-9a-f]{64}$/);
    const personal = h.transactions.personalOf(receipt.transactionId) as { idNumber: string; fields: Record<string, unknown> };
    assert.equal(personal.idNumber, hanResident.idNumber);
    assert.equal(personal.fields.name, hanResident.name, 'the card field comes from the card in the core');
    assert.equal(personal.fields.residence, '红星小区3栋2单元501');
    assert.equal(count(h, 'outbox'), 1);

    const lines = printedText(h.printer.printed[0]!);
    assert.ok(lines.some((l) => l.includes(receipt.formattedCaseNumber)), lines.join('\n'));
    assert.ok(lines.some((l) => l.includes('居住证明申请')));
    assert.ok(lines.some((l) => l.startsWith('□ 2. 房屋产权证或租赁合同')), lines.join('\n'));
    const paper = lines.join('\n') + Buffer.from(h.printer.printed[0]!).toString('latin1');
    for (const secret of [hanResident.name, hanResident.idNumber, '13812345678', '红星小区3栋2单元501', '5678']) assert.ok(!paper.includes(secret), `"${secret}" on paper`);
    // The QR leads to this case's progress, with the code whose hash was stored.
    const qr = parseCaseProgressUrl(qrOf(h.printer.printed[0]!)[0]!);
    assert.equal(qr?.caseNumber, receipt.caseNumber);
    assert.equal(hashQueryCode(qr!.queryCode), stored.data.queryCodeHash);

    const raw = readFileSync(join(h.dataDir, 'kiosk.db'));
    for (const secret of [hanResident.idNumber, '13812345678', '红星小区3栋2单元501']) assert.equal(raw.indexOf(Buffer.from(secret)), -1, `"${secret}" in kiosk.db in the clear`);
  });

  test('case numbers follow the sequence, which survives a restart of the store', async () => {
    h.cardReader.place(hanResident);
    const a = await h.terminal.submitApplication({ itemId: 'juzhu-zhengming', answers: residenceAnswers, cardFieldsConfirmed: true });
    const b = await h.terminal.submitApplication({ itemId: 'juzhu-zhengming', answers: residenceAnswers, cardFieldsConfirmed: true });
    assert.deepEqual([a.caseNumber.slice(4, 11), b.caseNumber.slice(4, 11)], ['0000001', '0000002']);
    // The kiosk started again on the same data dir: the sequence goes on where it was.
    const reopened = openStore(h.dataDir);
    try {
      assert.equal(reopened.transaction(() => nextCaseNumber(reopened, 12))().sequence, 3);
    } finally {
      reopened.close();
    }
  });

  test('bad answers are refused naming the field, and change nothing', async () => {
    h.cardReader.place(hanResident);
    const tries: [Record<string, unknown>, RegExp][] = [
      [{ ...residenceAnswers, residence: '很'.repeat(61) }, /“现居住地址”最多60个字/],
      [{ ...residenceAnswers, phone: '12345' }, /“联系电话”应是11位手机号码/],
      [{ ...residenceAnswers, housing: 'castle' }, /“住房类型”的选项不在列表中/],
      [{ ...residenceAnswers, since: '2099-01-01' }, /“开始居住日期”不能晚于/],
      [{ ...residenceAnswers, purpose: undefined }, /“证明用途”必须填写/],
      [{ ...residenceAnswers, name: '李四' }, /“申请人姓名”由身份证读取，不能手工填写/],
      [{ ...residenceAnswers, extra: 'x' }, /表单中没有“extra”/],
    ];
    for (const [answers, message] of tries) {
      const clean = Object.fromEntries(Object.entries(answers).filter(([, v]) => v !== undefined)) as Record<string, string>;
      await assert.rejects(h.terminal.submitApplication({ itemId: 'juzhu-zhengming', answers: clean, cardFieldsConfirmed: true }), message);
    }
    await assert.rejects(h.terminal.submitApplication({ itemId: 'juzhu-zhengming', answers: residenceAnswers, cardFieldsConfirmed: false }), /确认无误/);
    await assert.rejects(h.terminal.submitApplication({ itemId: 'no-such-item', answers: {}, cardFieldsConfirmed: true }), /找不到这个办理事项/);
    assert.equal(count(h, 'transactions'), 0);
    assert.equal(count(h, 'print_jobs'), 0);
    assert.equal(h.printer.printed.length, 0);
    // A refusal takes no number: the next success is number 1.
    const ok = await h.terminal.submitApplication({ itemId: 'juzhu-zhengming', answers: residenceAnswers, cardFieldsConfirmed: true });
    assert.equal(ok.caseNumber.slice(4, 11), '0000001');
  });

  test('materials come from the linked 办事指南 once the kiosk holds it, else from the catalog', async () => {
    h.cardReader.place(hanResident);
    const before = (await h.terminal.listApplicationItems({})).items.find((i) => i.id === 'juzhu-zhengming')!;
    assert.equal(before.guideId, null, 'no guide on this kiosk yet');
    assert.equal(before.materials[0], '居民身份证原件及复印件1份');
    const guides = sampleGuides();
    guides.items.push({ ...guides.items[0]!, id: 'juzhu-zhengming', name: '居住证明', materials: [{ name: '居民身份证', copies: 1, form: '原件', source: '申请人自备' }, { name: '租赁合同', copies: 1, form: '复印件', source: '申请人自备' }] });
    h.terminal.applyGuides(guides, 4);
    const after = (await h.terminal.listApplicationItems({})).items.find((i) => i.id === 'juzhu-zhengming')!;
    assert.equal(after.guideId, 'juzhu-zhengming');
    assert.deepEqual(after.materials, ['居民身份证（原件1份）', '租赁合同（复印件1份）']);
    const receipt = await h.terminal.submitApplication({ itemId: 'juzhu-zhengming', answers: residenceAnswers, cardFieldsConfirmed: true });
    assert.ok(printedText(h.printer.printed[0]!).some((l) => l.startsWith('□ 2. 租赁合同（复印件1份）')));
    assert.deepEqual(receipt.materials, after.materials);
  });

  test('paper out: the application is filed, the number shown, the receipt waits for paper', async () => {
    h.cardReader.place(hanResident);
    h.printer.setStatus({ state: 'paper-end' });
    const receipt = await h.terminal.submitApplication({ itemId: 'juzhu-zhengming', answers: residenceAnswers, cardFieldsConfirmed: true });
    assert.equal(receipt.print.state, 'waiting');
    assert.equal(count(h, 'transactions'), 1);
    h.printer.setStatus({ state: 'ready', paperNearEnd: false });
    for (let i = 0; i < 50 && h.printer.printed.length === 0; i++) await new Promise((r) => setTimeout(r, 20));
    assert.equal(h.printer.printed.length, 1, 'printed once after the refill');
    assert.ok(printedText(h.printer.printed[0]!).some((l) => l.includes(receipt.formattedCaseNumber)));
  });
});
