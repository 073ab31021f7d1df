import { test } from 'vitest';
import assert from 'node:assert/strict';
import { maskCardNumber, maskIdNumber, maskName } from '../../shared/mask.ts';

test('names keep only first and last character', () => {
  assert.equal(maskName('张伟'), '张*');
  assert.equal(maskName('张伟民'), '张*民');
  assert.equal(maskName('次仁卓玛'), '次**玛');
  assert.equal(maskName('阿依古丽·买买提'), '阿******提');
});

test('ID and card numbers show only their ends', () => {
  assert.equal(maskIdNumber('510122195603070013'), '5101**********0013');
  assert.equal(maskCardNumber('6222021234567890'), '尾号7890');
});
