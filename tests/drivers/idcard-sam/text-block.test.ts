// The text block, the nation table and the ID number's check digit.
import { test } from 'vitest';
import assert from 'node:assert/strict';
import { parseTextBlock, encodeTextBlock, FIELDS, isoDate } from '../../../drivers/idcard-sam/text-block.ts';
import { NATIONS, nationCode, nationName } from '../../../drivers/idcard-sam/nations.ts';
import { idCheckDigit, isValidIdNumber } from '../../../drivers/idcard-sam/id-number.ts';
import { CARD_FIXTURES, CORRUPT_CHECK_DIGIT_CARD } from '../../../drivers/sim/fixtures/cards.ts';

function ucs2(s: string, bytes: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < bytes / 2; i++) {
    const c = i < s.length ? s.charCodeAt(i) : 0x20;
    out.push(c & 0xff, c >> 8);
  }
  return out;
}

test('a block built by hand from the published layout parses into the card', () => {
  const block = Uint8Array.from([
    ...ucs2('次仁卓玛', 30), ...ucs2('2', 2), ...ucs2('04', 4), ...ucs2('19851102', 16),
    ...ucs2('西藏自治区拉萨市堆龙德庆区东嘎街道桑木村', 70), ...ucs2('540122198511020026', 36),
    ...ucs2('堆龙德庆县公安局', 30), ...ucs2('20100520', 16), ...ucs2('长期', 16), ...ucs2('', 36),
  ]);
  assert.equal(block.length, 256);
  const r = parseTextBlock(block);
  assert.ok(r.ok);
  assert.deepEqual(r.card, {
    kind: 'id-card', name: '次仁卓玛', sex: '女', nation: '藏', birthDate: '1985-11-02',
    address: '西藏自治区拉萨市堆龙德庆区东嘎街道桑木村', idNumber: '540122198511020026',
    issuer: '堆龙德庆县公安局', validFrom: '2010-05-20', validUntil: '长期',
  });
});

test('field offsets follow the layout: 30 2 4 16 70 36 30 16 16 36', () => {
  const order = Object.values(FIELDS);
  let at = 0;
  for (const [start, length] of order) {
    assert.equal(start, at);
    at += length;
  }
  assert.equal(at, 256);
});

test('every fixture survives encode → parse, and has a valid ID number', () => {
  for (const { id, card } of CARD_FIXTURES) {
    assert.ok(isValidIdNumber(card.idNumber), id);
    const r = parseTextBlock(encodeTextBlock(card));
    assert.ok(r.ok, id);
    const { photo: _p, ...expected } = card;
    assert.deepEqual(r.card, expected, id);
  }
  assert.equal(CARD_FIXTURES.find((f) => f.id.startsWith('long-address'))?.card.address.length, 35);
});

test('a block whose ID number fails its check digit is refused, and the reason holds no personal data', () => {
  const r = parseTextBlock(encodeTextBlock(CORRUPT_CHECK_DIGIT_CARD));
  assert.equal(r.ok, false);
  assert.ok(!r.ok && !r.problem.includes('510722') && !r.problem.includes('张'));
});

test('sex codes: 1 男, 2 女, anything else 未知; unknown nation codes stay visible', () => {
  const base = CARD_FIXTURES[0].card;
  const block = encodeTextBlock(base);
  block.set(ucs2('9', 2), 30);
  block.set(ucs2('77', 4), 32);
  const r = parseTextBlock(block);
  assert.ok(r.ok);
  assert.equal(r.card.sex, '未知');
  assert.equal(r.card.nation, '未知(77)');
});

test('dates must be calendar dates', () => {
  assert.equal(isoDate('20240229'), '2024-02-29');
  assert.equal(isoDate('20230229'), undefined);
  assert.equal(isoDate('2023011'), undefined);
  const block = encodeTextBlock(CARD_FIXTURES[0].card);
  block.set(ucs2('19681332', 16), 36);
  assert.equal(parseTextBlock(block).ok, false);
});

test('GB 3304 table: 56 nationalities plus 97 其他 and 98 外国血统', () => {
  assert.equal(Object.keys(NATIONS).length, 58);
  const expected: [string, string][] = [['01', '汉'], ['02', '蒙古'], ['04', '藏'], ['05', '维吾尔'], ['07', '彝'],
    ['10', '朝鲜'], ['29', '柯尔克孜'], ['43', '乌孜别克'], ['56', '基诺'], ['97', '其他'], ['98', '外国血统']];
  for (const [code, name] of expected) assert.equal(nationName(code), name);
  assert.equal(nationName('57'), undefined);
  assert.equal(nationCode('维吾尔族'), '05');
  assert.equal(new Set(Object.values(NATIONS)).size, 58);
});

test('check digit: ISO 7064 MOD 11-2, including X', () => {
  assert.equal(idCheckDigit('11010519491231002'), 'X'); // the standard's own example
  assert.ok(isValidIdNumber('11010519491231002X'));
  assert.ok(isValidIdNumber('11010519491231002x'));
  assert.ok(!isValidIdNumber('110105194912310021'));
  assert.ok(!isValidIdNumber('11010519491231002'));
  assert.ok(!isValidIdNumber('1101051949123100XX'));
  // a single altered digit is always caught
  const id = '510722196803121230';
  for (let i = 0; i < 17; i++) {
    const changed = id.slice(0, i) + ((Number(id[i]) + 3) % 10) + id.slice(i + 1);
    assert.ok(!isValidIdNumber(changed), `digit ${i}`);
  }
});
