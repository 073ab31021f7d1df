// A field that is typed: text, long text, number or phone. It shows as a large box (role textbox);
// a tap opens the kiosk's keyboard under the form, with the layouts the field needs (pinyin for
// words, the number pad for phones and numbers). The field keeps its own text; the form engine
// turns it into the value (a number for number fields) and checks it.
import type { FormField } from '../../../config/application-form-schema.ts';
import { fieldText } from './field-text.ts';
import { t } from '../../i18n/index.ts';

export type TypedFieldDef = Extract<FormField, { type: 'text' | 'long-text' | 'number' | 'phone' }>;

export function TypedField({ field, text, active, onActivate }: { field: TypedFieldDef; text: string; active: boolean; onActivate(): void }) {
  const max = field.type === 'text' || field.type === 'long-text' ? field.maxLength : null;
  const unit = field.type === 'number' && field.unit ? fieldText(field, 'unit') : undefined;
  return (
    <div class="form-typed">
      <div
        class={`form-box${field.type === 'long-text' ? ' long' : ''}${active ? ' active' : ''}`}
        // Numbers and phones read left to right in Uyghur too ("0991-", not "-0991").
        dir={field.type === 'number' || field.type === 'phone' ? 'ltr' : undefined}
        role="textbox"
        aria-label={fieldText(field, 'label')}
        aria-readonly="true"
        aria-multiline={field.type === 'long-text' ? 'true' : undefined}
        tabIndex={0}
        onClick={onActivate}
      >
        {text || <span class="form-placeholder">{t.formTapToType}</span>}
        {unit && text && (
          <bdi class="form-unit" dir="auto">
            {' '}
            {unit}
          </bdi>
        )}
      </div>
      {max !== null && <p class="form-count">{t.formCharacters(Array.from(text).length, max)}</p>}
    </div>
  );
}
