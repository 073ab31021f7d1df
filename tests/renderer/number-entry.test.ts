// The 办件编号 typed on the number pad: checked at each key, so a wrong digit or two swapped
// neighbours say "编号有误" before any request, and only digits up to twelve are taken.
import { test } from 'vitest';
import assert from 'node:assert/strict';
import { makeCaseNumber } from '../../shared/contract/cases.ts';
import { checkTyped, groupTyped, typeDigit } from '../../renderer/screens/progress-query/number-entry.ts';

const typeAll = (keys: string) => [...keys].reduce((typed, key) => typeDigit(typed, key), '');

test('typing: digits only, at most twelve, grouped as printed on the receipt', () => {
  const good = makeCaseNumber(12, 345);
  assert.equal(typeAll(`${good}999`), good, 'a thirteenth digit is not taken');
  assert.equal(typeAll('12a-4 '), '124', 'nothing but digits');
  assert.equal(groupTyped(typeAll('00120')), '0012-0');
  assert.equal(groupTyped(good), `${good.slice(0, 4)}-${good.slice(4, 11)}-${good[11]}`);
  assert.deepEqual(checkTyped(typeAll('0012')), { state: 'incomplete', left: 8 });
  assert.deepEqual(checkTyped(good), { state: 'ok', caseNumber: good });
});

test('every single wrong digit and every swap of neighbours is caught as typed', () => {
  const good = makeCaseNumber(12, 345);
  let wrongs = 0;
  for (let i = 0; i < good.length; i++) {
    for (let d = 0; d < 10; d++) {
      if (String(d) === good[i]) continue;
      const typed = good.slice(0, i) + d + good.slice(i + 1);
      assert.deepEqual(checkTyped(typed), { state: 'wrong' }, typed);
      wrongs++;
    }
    if (i < good.length - 1 && good[i] !== good[i + 1]) {
      const swapped = good.slice(0, i) + good[i + 1] + good[i] + good.slice(i + 2);
      assert.deepEqual(checkTyped(swapped), { state: 'wrong' }, swapped);
    }
  }
  assert.equal(wrongs, 108);
});
