// An answer as the review step shows it: a choice by its label, yes/no in words, a number with
// its unit, a phone masked (the resident typed it a moment ago; a passer-by need not read it).
import type { FormFieldView } from '../../../terminal/api.ts';
import type { FieldValue } from '../../../terminal/form-validation.ts';
import { maskPhone } from '../../../shared/mask.ts';
import { fieldText } from '../../components/form/field-text.ts';
import { t } from '../../i18n/index.ts';

export function answerText(field: FormFieldView, value: FieldValue | undefined): string {
  if (field.prefilled) return field.prefilled.masked;
  if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) return t.formNotAnswered;
  switch (field.type) {
    case 'choice': {
      const ids = Array.isArray(value) ? value : [String(value)];
      return ids.map((id) => field.options.find((o) => o.id === id)).map((o, i) => (o ? fieldText(o, 'label') : ids[i])).join('、');
    }
    case 'yes-no':
      return value ? t.formYes : t.formNo;
    case 'number':
      return `${value}${field.unit ? fieldText(field, 'unit') : ''}`;
    case 'phone':
      return maskPhone(String(value));
    default:
      return String(value);
  }
}
