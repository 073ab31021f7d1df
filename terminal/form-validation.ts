// One validator for a catalog form, used by the core on submit (the authority) and by the forms
// engine on screen (to show each field's error before anything is sent). Pure and Node-free.
// A problem has two faces: `message` names the field by its label, in Chinese, for the core's
// refusal (a resident knows which one to fix); `say` is the field's own message without the label
// (the catalog's label is Chinese data), which the screen shows under the field in the
// resident's language (terminal/says/cases.ts). The messages are the core's, so the validator
// sits in the core; the screens import it as they import the core's other types.
import type { FormField } from '../config/application-form-schema.ts';
import { said, type Said, type Say } from './says/say.ts';

export type FieldValue = string | number | boolean | string[];
/** `message`: Chinese, with the field's label; `say`: the message under the field, without it. */
export interface FieldProblem {
  message: string;
  say: Say;
}
export interface FieldError extends FieldProblem {
  fieldId: string;
}
export type FormCheck = { ok: true; values: Record<string, FieldValue> } | { ok: false; errors: FieldError[] };

export const MOBILE_OR_LANDLINE = /^1[3-9][0-9]{9}$|^0[0-9]{2,3}-?[0-9]{7,8}$/;

/** YYYY-MM-DD that is a real calendar day. */
export function isCalendarDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

const isEmpty = (v: unknown) => v === undefined || v === null || (typeof v === 'string' && v.trim() === '') || (Array.isArray(v) && v.length === 0);
const chars = (s: string) => Array.from(s).length;

const problem = (message: string, { say }: Said): FieldProblem => ({ message, say });

/** The problem with one field's value, or null when it is acceptable. `today` is YYYY-MM-DD. */
export function checkField(field: FormField, value: unknown, today: string): FieldProblem | null {
  const name = `“${field.label}”`;
  if (isEmpty(value)) return field.required ? problem(`${name}必须填写`, said('cases.fieldRequired')) : null;
  switch (field.type) {
    case 'text':
    case 'long-text': {
      if (typeof value !== 'string') return problem(`${name}应是文字`, said('cases.fieldNotText'));
      const n = chars(value.trim());
      return n > field.maxLength ? problem(`${name}最多${field.maxLength}个字，现在有${n}个字`, said('cases.fieldTooLong', { max: field.maxLength, length: n })) : null;
    }
    case 'number': {
      if (typeof value !== 'number' || !Number.isFinite(value)) return problem(`${name}应是数字`, said('cases.fieldNotNumber'));
      if (field.integer && !Number.isInteger(value)) return problem(`${name}应是整数`, said('cases.fieldNotInteger'));
      if (!field.integer && Math.round(value * 10) !== value * 10) return problem(`${name}最多保留一位小数`, said('cases.fieldOneDecimal'));
      const unit = field.unit ?? '';
      if (field.min !== undefined && value < field.min) return problem(`${name}不能小于${field.min}${unit}`, said('cases.fieldBelowMin', { min: field.min }));
      if (field.max !== undefined && value > field.max) return problem(`${name}不能大于${field.max}${unit}`, said('cases.fieldAboveMax', { max: field.max }));
      return null;
    }
    case 'phone':
      return typeof value === 'string' && MOBILE_OR_LANDLINE.test(value) ? null : problem(`${name}应是11位手机号码或带区号的固定电话`, said('cases.fieldBadPhone'));
    case 'date': {
      if (typeof value !== 'string' || !isCalendarDate(value)) return problem(`${name}应是有效日期`, said('cases.fieldBadDate'));
      const min = field.min === 'today' ? today : field.min;
      const max = field.max === 'today' ? today : field.max;
      if (min && value < min) return problem(`${name}不能早于${min}`, said('cases.fieldTooEarly', { date: min }));
      if (max && value > max) return problem(`${name}不能晚于${max}`, said('cases.fieldTooLate', { date: max }));
      return null;
    }
    case 'choice': {
      const ids = new Set(field.options.map((o) => o.id));
      const notAnOption = () => problem(`${name}的选项不在列表中`, said('cases.fieldNotAnOption'));
      if (field.multiple) {
        if (!Array.isArray(value) || !value.every((v) => typeof v === 'string' && ids.has(v))) return notAnOption();
        return new Set(value).size === value.length ? null : problem(`${name}的选项重复`, said('cases.fieldRepeatedOption'));
      }
      return typeof value === 'string' && ids.has(value) ? null : notAnOption();
    }
    case 'yes-no':
      return typeof value === 'boolean' ? null : problem(`${name}请选择“是”或“否”`, said('cases.fieldYesOrNo'));
  }
}

/**
 * Checks the typed answers of a form. Fields filled from the ID card are skipped here (the core
 * adds them from the card) and must not be answered; an answer for a field the form lacks is an
 * error too, so nothing unexpected is stored.
 */
export function checkForm(form: readonly FormField[], answers: Record<string, unknown>, today: string): FormCheck {
  const errors: FieldError[] = [];
  const values: Record<string, FieldValue> = {};
  const byId = new Map(form.map((f) => [f.id, f]));
  for (const key of Object.keys(answers)) {
    const field = byId.get(key);
    if (!field) errors.push({ fieldId: key, ...problem(`表单中没有“${key}”这一项`, said('cases.fieldNotInForm')) });
    else if ('prefill' in field && field.prefill) errors.push({ fieldId: key, ...problem(`“${field.label}”由身份证读取，不能手工填写`, said('cases.fieldFromCard')) });
  }
  for (const field of form) {
    if ('prefill' in field && field.prefill) continue;
    const value = answers[field.id];
    const error = checkField(field, value, today);
    if (error) errors.push({ fieldId: field.id, ...error });
    else if (!isEmpty(value)) values[field.id] = typeof value === 'string' ? value.trim() : (value as FieldValue);
  }
  return errors.length ? { ok: false, errors } : { ok: true, values };
}
