// Choices as big buttons: one of a list, several of a list, or yes/no. Nothing to type.
import type { FieldValue } from '../../../terminal/form-validation.ts';
import type { FormField } from '../../../config/application-form-schema.ts';
import { BigButton } from '../big-button.tsx';
import { Localized } from '../../i18n/localized.tsx';
import { fieldText } from './field-text.ts';
import { t } from '../../i18n/index.ts';

type ChoiceLike = Extract<FormField, { type: 'choice' } | { type: 'yes-no' }>;

export function ChoiceField({ field, value, onChange }: { field: ChoiceLike; value: FieldValue | undefined; onChange(v: FieldValue | undefined): void }) {
  if (field.type === 'yes-no') {
    return (
      <div class="form-choices" role="radiogroup" aria-label={fieldText(field, 'label')}>
        <BigButton variant="secondary" pressed={value === true} onClick={() => onChange(true)}>
          {t.formYes}
        </BigButton>
        <BigButton variant="secondary" pressed={value === false} onClick={() => onChange(false)}>
          {t.formNo}
        </BigButton>
      </div>
    );
  }
  const chosen = Array.isArray(value) ? value : typeof value === 'string' ? [value] : [];
  const toggle = (id: string) => {
    if (!field.multiple) return onChange(id);
    const next = chosen.includes(id) ? chosen.filter((c) => c !== id) : [...chosen, id];
    onChange(next.length ? next : undefined);
  };
  return (
    <div class="form-choices" role={field.multiple ? 'group' : 'radiogroup'} aria-label={fieldText(field, 'label')}>
      {field.options.map((o) => (
        <BigButton key={o.id} variant="secondary" pressed={chosen.includes(o.id)} onClick={() => toggle(o.id)}>
          <Localized item={o} field="label" />
        </BigButton>
      ))}
    </div>
  );
}
