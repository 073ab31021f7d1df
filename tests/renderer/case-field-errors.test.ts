// The forms engine's field errors show in the resident's language: the shared validator gives each
// problem its id and values (terminal/form-validation.ts) and the screen words it from the catalog,
// without the field's Chinese label (it stands right above the error).
import { afterEach, test } from 'vitest';
import assert from 'node:assert/strict';
import { formErrors } from '../../renderer/components/form/form-engine.tsx';
import { saidText } from '../../renderer/i18n/said.ts';
import { setLocale } from '../../renderer/i18n/locale-store.ts';
import { formFieldSchema } from '../../config/application-form-schema.ts';
import type { FormFieldView } from '../../terminal/api.ts';

afterEach(() => setLocale('zh-CN'));

const view = (f: unknown): FormFieldView => ({ ...formFieldSchema.parse(f), prefilled: null });
const fields = [
  view({ id: 'addr', type: 'text', label: '地址', maxLength: 4 }),
  view({ id: 'people', type: 'number', label: '家庭人口', min: 1, max: 20, unit: '人' }),
  view({ id: 'since', type: 'date', label: '居住起始', max: 'today' }),
  view({ id: 'phone', type: 'phone', label: '联系电话' }),
  view({ id: 'alone', type: 'yes-no', label: '是否独居' }),
];
const answers = { addr: '红星小区5', people: 21, since: '2026-12-02', phone: '123' };

const shown = () => Object.fromEntries(Object.entries(formErrors(fields, answers, '2026-12-01')).map(([id, p]) => [id, saidText(p.message, p.say)]));

test('English and Uyghur field errors, counts and dates as values', () => {
  setLocale('en');
  assert.deepEqual(shown(), {
    addr: 'At most 4 characters; now 5 characters',
    people: 'Must be at most 20',
    since: 'Cannot be after 2026-12-01',
    phone: 'Should be an 11-digit mobile number or a landline with its area code',
    alone: 'This must be filled in',
  });
  setLocale('ug');
  const ug = shown();
  assert.equal(ug.alone, 'بۇ تۈرنى چوقۇم تولدۇرۇش كېرەك');
  assert.equal(ug.addr, 'ئەڭ كۆپ 4 ھەرپ، ھازىر 5 ھەرپ');
  for (const text of Object.values(ug)) assert.doesNotMatch(text, /\p{Script=Han}/u, text);
});

test('Chinese under the field: the problem without the label; the core keeps the label in its own text', () => {
  const errors = formErrors(fields, answers, '2026-12-01');
  assert.equal(saidText(errors.addr!.message, errors.addr!.say), '最多4个字，现在有5个字');
  assert.equal(errors.addr!.message, '“地址”最多4个字，现在有5个字');
  assert.equal(saidText(errors.people!.message, errors.people!.say), '不能大于20');
});
