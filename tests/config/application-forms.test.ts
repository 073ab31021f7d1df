// 事项办理 forms: a catalog item's form is checked at the boundary (a bad catalog names the bad
// field), and the one validator the core and the screen share checks each field type, required
// fields and limits, naming the field in every message.
import { describe, test } from 'vitest';
import assert from 'node:assert/strict';
import { catalogSchema } from '../../config/catalog-schema.ts';
import { defaultCatalog } from '../../config/default-catalog.ts';
import { formFieldSchema, type FormField } from '../../config/application-form-schema.ts';
import { checkField, checkForm } from '../../terminal/form-validation.ts';
import { describeIssues } from '../../config/load.ts';
import { configSchema } from '../../config/schema.ts';

const field = (f: Record<string, unknown>): FormField => formFieldSchema.parse(f);
const TODAY = '2026-12-01';

describe('application items in the catalog', () => {
  test('the default catalog carries three items, each with a guide link, materials and a form', () => {
    const apply = defaultCatalog.services.find((s) => s.kind === 'application')!;
    assert.deepEqual(apply.applicationItems!.map((i) => [i.id, i.guideId, i.materials.length > 0]), [
      ['gaoling-jintie', 'gaoling-jintie', true],
      ['linshi-jiuzhu', 'linshi-jiuzhu', true],
      ['juzhu-zhengming', 'juzhu-zhengming', true],
    ]);
    const demand = defaultCatalog.services.find((s) => s.kind === 'demand')!;
    assert.equal(demand.requiresIdentity, false, 'a demand may be anonymous');
  });

  test('a bad item is refused with the path of the bad field', () => {
    const raw = JSON.parse(JSON.stringify(defaultCatalog));
    const apply = raw.services.find((s: { kind: string }) => s.kind === 'application');
    apply.applicationItems[1].form[4].type = 'slider';
    apply.applicationItems[2].form[3].maxLength = 5000;
    apply.applicationItems[0].form.push({ ...apply.applicationItems[0].form[0] });
    const result = catalogSchema.safeParse(raw);
    assert.equal(result.success, false);
    const problems = describeIssues(result.error!).join('\n');
    const at = raw.services.indexOf(apply);
    assert.match(problems, new RegExp(`services\\.${at}\\.applicationItems\\.1\\.form\\.4\\.type`));
    assert.match(problems, new RegExp(`services\\.${at}\\.applicationItems\\.2\\.form\\.3\\.maxLength`));
    assert.match(problems, /field id "name" is used twice/);
  });

  test('a choice needs two options; a card prefill only on text and date fields', () => {
    assert.equal(formFieldSchema.safeParse({ id: 'a', type: 'choice', label: '甲', options: [{ id: 'x', label: '一' }] }).success, false);
    assert.equal(formFieldSchema.safeParse({ id: 'a', type: 'number', label: '甲', prefill: 'name' }).success, false);
    assert.equal(formFieldSchema.safeParse({ id: 'a', type: 'date', label: '甲', prefill: 'birthDate' }).success, true);
  });

  test('the demand site list is configuration with a default; duplicate ids are refused naming the field', () => {
    assert.ok(configSchema.parse({}).demand.sites.length >= 5);
    const bad = configSchema.safeParse({ demand: { sites: [{ id: 'a', compound: '甲' }, { id: 'a', compound: '乙' }] } });
    assert.match(describeIssues(bad.error!).join(), /field "demand\.sites": site ids must be unique/);
  });
});

describe('form validation', () => {
  // The Chinese text with the label (the core's refusal); the screen's own words are tested below.
  const msg = (...args: Parameters<typeof checkField>) => checkField(...args)?.message ?? null;

  test('text and long text: required, trimmed, limits counted in characters (hanzi count once)', () => {
    const f = field({ id: 'addr', type: 'text', label: '地址', maxLength: 4 });
    assert.equal(msg(f, '红星小区', TODAY), null);
    assert.equal(msg(f, '红星小区5', TODAY), '“地址”最多4个字，现在有5个字');
    assert.equal(msg(f, '  ', TODAY), '“地址”必须填写');
    assert.equal(msg({ ...f, required: false }, '', TODAY), null);
    assert.equal(msg(f, 12, TODAY), '“地址”应是文字');
  });

  test('number: integer or one decimal, min and max with the unit', () => {
    const people = field({ id: 'n', type: 'number', label: '家庭人口', min: 1, max: 20, unit: '人' });
    assert.equal(msg(people, 3, TODAY), null);
    assert.equal(msg(people, 2.5, TODAY), '“家庭人口”应是整数');
    assert.equal(msg(people, 21, TODAY), '“家庭人口”不能大于20人');
    assert.equal(msg(people, 0, TODAY), '“家庭人口”不能小于1人');
    assert.equal(msg(people, '3', TODAY), '“家庭人口”应是数字');
    const income = field({ id: 'i', type: 'number', label: '月收入', integer: false });
    assert.equal(msg(income, 1234.5, TODAY), null);
    assert.equal(msg(income, 1234.56, TODAY), '“月收入”最多保留一位小数');
  });

  test('phone: a mobile or a landline with its area code', () => {
    const f = field({ id: 'p', type: 'phone', label: '联系电话' });
    for (const ok of ['13812345678', '028-85551234', '02885551234']) assert.equal(msg(f, ok, TODAY), null, ok);
    for (const bad of ['1381234567', '23812345678', '138123456789', 'abc']) assert.match(msg(f, bad, TODAY)!, /“联系电话”应是11位手机号码/, bad);
  });

  test('date: a real calendar day within its limits; today is the kiosk day', () => {
    const f = field({ id: 'd', type: 'date', label: '发生日期', min: '2000-01-01', max: 'today' });
    assert.equal(msg(f, TODAY, TODAY), null);
    assert.equal(msg(f, '2026-12-02', TODAY), '“发生日期”不能晚于2026-12-01');
    assert.equal(msg(f, '1999-12-31', TODAY), '“发生日期”不能早于2000-01-01');
    assert.equal(msg(f, '2026-02-30', TODAY), '“发生日期”应是有效日期');
  });

  test('choices: single is one listed option, multiple a list of distinct listed options; yes/no a boolean', () => {
    const options = [{ id: 'a', label: '甲' }, { id: 'b', label: '乙' }];
    const one = field({ id: 'c', type: 'choice', label: '类型', options });
    assert.equal(msg(one, 'a', TODAY), null);
    assert.equal(msg(one, 'z', TODAY), '“类型”的选项不在列表中');
    assert.equal(msg(one, ['a'], TODAY), '“类型”的选项不在列表中');
    const many = field({ id: 'm', type: 'choice', label: '困难', options, multiple: true });
    assert.equal(msg(many, ['a', 'b'], TODAY), null);
    assert.equal(msg(many, [], TODAY), '“困难”必须填写');
    assert.equal(msg(many, ['a', 'a'], TODAY), '“困难”的选项重复');
    const yn = field({ id: 'y', type: 'yes-no', label: '是否独居' });
    assert.equal(msg(yn, false, TODAY), null, 'false is an answer, not a missing one');
    assert.equal(msg(yn, 'no', TODAY), '“是否独居”请选择“是”或“否”');
  });

  test('a whole form: every error at once, card fields and unknown fields refused, values trimmed', () => {
    const form = [
      field({ id: 'name', type: 'text', label: '姓名', prefill: 'name' }),
      field({ id: 'addr', type: 'text', label: '地址', maxLength: 10 }),
      field({ id: 'note', type: 'long-text', label: '说明', required: false }),
    ];
    assert.deepEqual(checkForm(form, { addr: ' 红星小区 ' }, TODAY), { ok: true, values: { addr: '红星小区' } });
    const bad = checkForm(form, { name: '李四', other: 1 }, TODAY);
    assert.equal(bad.ok, false);
    assert.deepEqual(!bad.ok && bad.errors.map((e) => e.fieldId), ['name', 'other', 'addr']);
  });

  test('each problem also names its message without the label, with numbers as values, for the screen', () => {
    const f = field({ id: 'addr', type: 'text', label: '地址', maxLength: 4 });
    assert.deepEqual(checkField(f, '红星小区5', TODAY)?.say, { id: 'cases.fieldTooLong', values: { max: 4, length: 5 } });
    assert.deepEqual(checkField(f, '', TODAY)?.say, { id: 'cases.fieldRequired' });
    const people = field({ id: 'n', type: 'number', label: '家庭人口', min: 1, max: 20, unit: '人' });
    assert.deepEqual(checkField(people, 21, TODAY)?.say, { id: 'cases.fieldAboveMax', values: { max: 20 } }, 'the unit is catalog data (Chinese): not a value');
    const bad = checkForm([field({ id: 'name', type: 'text', label: '姓名', prefill: 'name' })], { name: '李四', other: 1 }, TODAY);
    assert.deepEqual(!bad.ok && bad.errors.map((e) => e.say.id), ['cases.fieldFromCard', 'cases.fieldNotInForm']);
  });
});
