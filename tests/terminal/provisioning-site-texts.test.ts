// Issue 22: a site name's translations belong to that name. A technician who renames the site in
// the provisioning wizard must not leave the old name's Tibetan/Uyghur/English on the attract
// screen; a wizard save that keeps the name keeps them.
import { test } from 'vitest';
import assert from 'node:assert/strict';
import { applyProvisioning } from '../../terminal/technician/provisioning.ts';

const translated = { site: { name: '东升街道便民服务中心', code: 'DS-01', i18n: { en: { name: 'Dongsheng Service Centre' } } } };

test('renaming the site drops the old name’s translations', () => {
  const next = applyProvisioning(translated, { site: { name: '红星社区服务站', code: 'DS-01' } });
  assert.deepEqual(next.site, { name: '红星社区服务站', code: 'DS-01' });
});

test('changing only the site code keeps the name’s translations', () => {
  const next = applyProvisioning(translated, { site: { name: '东升街道便民服务中心', code: 'DS-02' } });
  assert.deepEqual(next.site, { ...translated.site, code: 'DS-02' });
});
