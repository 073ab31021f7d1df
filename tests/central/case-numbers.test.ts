// 办件编号 (shared/contract/cases.ts): what a resident types back on a number pad must be caught
// when one digit is wrong or two neighbours are swapped; the format is the one screens and paper print.
import { test } from 'vitest';
import assert from 'node:assert/strict';
import { checkCaseNumber, formatCaseNumber, makeCaseNumber, parseCaseProgressUrl, caseProgressUrl } from '../../shared/contract/cases.ts';

const samples = [makeCaseNumber(1, 1), makeCaseNumber(12, 345), makeCaseNumber(9999, 9_999_999), makeCaseNumber(0, 1), makeCaseNumber(4711, 1_234_567)];

test('a made number has 12 digits (terminal, sequence, check) and checks out typed with dashes or spaces', () => {
  assert.equal(makeCaseNumber(12, 345).slice(0, 11), '00120000345');
  for (const n of samples) {
    assert.match(n, /^\d{12}$/);
    assert.deepEqual(checkCaseNumber(formatCaseNumber(n)), { ok: true, caseNumber: n });
    assert.deepEqual(checkCaseNumber(`${n.slice(0, 4)} ${n.slice(4)}`), { ok: true, caseNumber: n });
  }
  assert.equal(formatCaseNumber('001200003457'), '0012-0000345-7');
  assert.deepEqual(checkCaseNumber('0012-0000345'), { ok: false, reason: 'length' });
  assert.deepEqual(checkCaseNumber('0012-00003A5-7'), { ok: false, reason: 'not-digits' });
  assert.throws(() => makeCaseNumber(10_000, 1), /outside/);
  assert.throws(() => makeCaseNumber(1, 0), /outside/);
});

test('every single wrong digit is caught', () => {
  for (const n of samples) {
    for (let i = 0; i < n.length; i++) {
      for (let d = 0; d <= 9; d++) {
        if (String(d) === n[i]) continue;
        const typo = n.slice(0, i) + d + n.slice(i + 1);
        assert.deepEqual(checkCaseNumber(typo), { ok: false, reason: 'check-digit' }, `${n} → ${typo}`);
      }
    }
  }
});

test('every swap of two different neighbouring digits is caught', () => {
  for (const n of samples) {
    for (let i = 0; i < n.length - 1; i++) {
      if (n[i] === n[i + 1]) continue;
      const swapped = n.slice(0, i) + n[i + 1] + n[i] + n.slice(i + 2);
      assert.equal(checkCaseNumber(swapped).ok, false, `${n} → ${swapped}`);
    }
  }
});

test('the receipt QR names the case and its code, and reads back', () => {
  const n = makeCaseNumber(3, 42);
  const url = caseProgressUrl('https://hub.example.gov.cn/', n, '01234567');
  assert.equal(url, `https://hub.example.gov.cn/progress/${n}?code=01234567`);
  assert.deepEqual(parseCaseProgressUrl(url), { caseNumber: n, queryCode: '01234567' });
  assert.equal(parseCaseProgressUrl(url.replace(n, n.slice(0, 11) + ((Number(n[11]) + 1) % 10))), null, 'a damaged number is not ours');
});
