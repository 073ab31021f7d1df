// Per-language texts in the catalog and the published documents (issue 11): accepted by the
// schemas for bo, ug and en only, and picked for the resident's language with a Chinese fallback
// that the screen can mark — never an empty name.
import { afterEach, test } from 'vitest';
import assert from 'node:assert/strict';
import { serviceSchema } from '../../config/catalog-schema.ts';
import { guidesBodySchema, noticeSchema } from '../../shared/contract/info-documents.ts';
import { localizedField } from '../../renderer/i18n/localized.tsx';
import { setLocale } from '../../renderer/i18n/locale-store.ts';
import { certificateTitleItem } from '../../renderer/screens/certificate-print/certificate-title.ts';

afterEach(() => setLocale('zh-CN'));

const service = { id: 'queue', kind: 'queue-ticket', name: '取号排队', description: '领取窗口排队号' };

test('a service may carry names per language; an unknown language or field is refused by name', () => {
  const parsed = serviceSchema.parse({ ...service, i18n: { ug: { name: 'نومۇر ئېلىش' }, en: { name: 'Take a number', description: 'A queue number' } } });
  assert.equal(parsed.i18n?.ug?.name, 'نومۇر ئېلىش');
  const badLocale = serviceSchema.safeParse({ ...service, i18n: { fr: { name: 'Prendre un ticket' } } });
  assert.equal(badLocale.success, false);
  const badField = serviceSchema.safeParse({ ...service, i18n: { bo: { title: 'x' } } });
  assert.equal(badField.success, false);
  assert.match(JSON.stringify(badField.error?.issues), /title/);
});

test('guides, categories and notices may carry texts per language', () => {
  const notice = noticeSchema.parse({
    id: 'water', title: '停水通知', text: '明日停水。', publishedAt: '2026-11-01T00:00:00.000Z', expiresAt: '2026-12-01T00:00:00.000Z',
    i18n: { bo: { title: 'ཆུ་བཀག་བརྡ་ཁྱབ།' } },
  });
  assert.equal(notice.i18n?.bo?.title, 'ཆུ་བཀག་བརྡ་ཁྱབ།');
  const body = guidesBodySchema.safeParse({ categories: [{ id: 'hj', name: '户籍', i18n: { ug: { name: 'نوپۇس' } } }], items: [] });
  assert.equal(body.success, true);
});

test('the resident\'s language when present, otherwise the Chinese text marked as a fallback', () => {
  const item = { name: '取号排队', steps: ['取号', '等候'], i18n: { ug: { name: 'نومۇر ئېلىش', steps: [] }, en: { name: '  ' } } };
  assert.deepEqual(localizedField(item, 'name'), { value: '取号排队', fallback: false });
  setLocale('ug');
  assert.deepEqual(localizedField(item, 'name'), { value: 'نومۇر ئېلىش', fallback: false });
  assert.deepEqual(localizedField(item, 'steps'), { value: ['取号', '等候'], fallback: true }, 'an empty list is no translation');
  setLocale('en');
  assert.deepEqual(localizedField(item, 'name'), { value: '取号排队', fallback: true }, 'a blank name is no translation');
  setLocale('bo');
  assert.deepEqual(localizedField({ name: '证明打印' }, 'name'), { value: '证明打印', fallback: true });
});

test("a printed certificate is named in the resident's language by its type, else by the hub's Chinese title, marked", () => {
  const residence = { id: 'residence', name: '居住证明', description: '在本辖区居住的情况', i18n: { en: { name: 'Proof of residence' } } };
  const title = (type?: typeof residence) => localizedField(certificateTitleItem('居住证明（个人）', type), 'name');
  assert.deepEqual(title(residence), { value: '居住证明（个人）', fallback: false }, 'in Chinese, the official title as printed');
  setLocale('en');
  assert.deepEqual(title(residence), { value: 'Proof of residence', fallback: false });
  setLocale('ug');
  assert.deepEqual(title(residence), { value: '居住证明（个人）', fallback: true }, 'no Uyghur name: the Chinese title with its note');
  assert.deepEqual(title(undefined), { value: '居住证明（个人）', fallback: true });
});
