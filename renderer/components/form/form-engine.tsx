// The forms engine: reads a catalog form (as the core sends it, card fields already masked) and
// draws it — the card fields to confirm, then every other field with its label, required mark,
// help and its own error. The checks are the core's own (terminal/form-validation.ts), run here
// so a resident sees each problem at its field before anything is sent; the core checks again.
import { useEffect, useState } from 'preact/hooks';
import type { FormFieldView } from '../../../terminal/api.ts';
import { checkField, checkForm, type FieldError, type FieldProblem, type FieldValue } from '../../../terminal/form-validation.ts';
import type { FormField } from '../../../config/application-form-schema.ts';
import { Keyboard } from '../keyboard/keyboard.tsx';
import { BigButton } from '../big-button.tsx';
import { Localized, localizedField } from '../../i18n/localized.tsx';
import { fieldText } from './field-text.ts';
import { t } from '../../i18n/index.ts';
import { saidText } from '../../i18n/said.ts';
import { CardFields } from './card-fields.tsx';
import { ChoiceField } from './choice-field.tsx';
import { DatePicker } from './date-picker.tsx';
import { TypedField, type TypedFieldDef } from './typed-field.tsx';
import './form.css';

export type Answers = Record<string, FieldValue>;

const isCardField = (f: FormFieldView) => 'prefill' in f && !!f.prefill;
const isTyped = (f: FormField): f is TypedFieldDef => f.type === 'text' || f.type === 'long-text' || f.type === 'number' || f.type === 'phone';

/** A typed number's text as its value: a number when it reads as one, else the text (the check says why). */
function valueOfText(field: TypedFieldDef, text: string): FieldValue | undefined {
  if (text === '') return undefined;
  if (field.type !== 'number') return text;
  return /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : text;
}

/** Field problems by field id; each is shown in the language of the moment it is drawn. */
export type FormErrors = Record<string, FieldProblem>;

/** Checks the answers as the core will; the problems by field id. */
export function formErrors(fields: FormFieldView[], answers: Answers, today: string): FormErrors {
  const typedFields = fields.filter((f) => !isCardField(f));
  const check = checkForm(typedFields, answers, today);
  return check.ok ? {} : Object.fromEntries(check.errors.map((e: FieldError) => [e.fieldId, { message: e.message, say: e.say }]));
}

export interface FormEngineProps {
  fields: FormFieldView[];
  today: string;
  answers: Answers;
  onAnswers(next: Answers): void;
  cardConfirmed: boolean;
  onCardConfirmed(): void;
  /** Errors to show (after a first try to go on); fields fixed since are re-checked on the spot. */
  errors: FormErrors;
}

export function FormEngine({ fields, today, answers, onAnswers, cardConfirmed, onCardConfirmed, errors }: FormEngineProps) {
  const [texts, setTexts] = useState<Record<string, string>>(() =>
    Object.fromEntries(Object.entries(answers).filter(([, v]) => typeof v === 'string' || typeof v === 'number').map(([k, v]) => [k, String(v)])),
  );
  const [typing, setTyping] = useState<string | null>(null);
  const [shownErrors, setShownErrors] = useState(errors);
  useEffect(() => setShownErrors(errors), [errors]);

  const set = (field: FormField, value: FieldValue | undefined) => {
    const next = { ...answers };
    if (value === undefined) delete next[field.id];
    else next[field.id] = value;
    onAnswers(next);
    // A field with an error is checked again at once, so the red goes when the problem does.
    if (shownErrors[field.id]) {
      const error = checkField(field, value, today);
      setShownErrors((e) => {
        const copy = { ...e };
        if (error) copy[field.id] = error;
        else delete copy[field.id];
        return copy;
      });
    }
  };
  const typeInto = (field: TypedFieldDef, edit: (text: string) => string) => {
    const text = edit(texts[field.id] ?? '');
    setTexts((all) => ({ ...all, [field.id]: text }));
    set(field, valueOfText(field, text.trim() === '' ? '' : text));
  };

  const cardFields = fields.filter(isCardField);
  const active = fields.find((f) => f.id === typing);
  return (
    <div class="form-engine">
      <div class="form-scroll">
        {cardFields.length > 0 && <CardFields fields={cardFields} confirmed={cardConfirmed} onConfirm={onCardConfirmed} />}
        {fields
          .filter((f) => !isCardField(f))
          .map((field) => (
            <section key={field.id} class={`form-field${shownErrors[field.id] ? ' invalid' : ''}`} aria-label={fieldText(field, 'label')}>
              <h3 class="form-label">
                <Localized item={field} field="label" />
                <span class="form-mark">{field.required ? t.formRequired : t.formOptional}</span>
              </h3>
              {field.help && (
                <p class="form-help">
                  <Localized item={{ help: field.help, i18n: field.i18n }} field="help" note={!localizedField(field, 'label').fallback} />
                </p>
              )}
              {isTyped(field) ? (
                <TypedField field={field} text={texts[field.id] ?? ''} active={typing === field.id} onActivate={() => setTyping(field.id)} />
              ) : field.type === 'date' ? (
                <DatePicker field={field} today={today} value={answers[field.id] as string | undefined} onChange={(v) => set(field, v)} />
              ) : (
                <ChoiceField field={field} value={answers[field.id]} onChange={(v) => set(field, v)} />
              )}
              {shownErrors[field.id] && (
                <p class="form-error" role="alert">
                  {saidText(shownErrors[field.id]!.message, shownErrors[field.id]!.say)}
                </p>
              )}
            </section>
          ))}
      </div>
      {active && isTyped(active) && (
        <div class="form-keyboard">
          <p class="form-keyboard-title">
            {fieldText(active, 'label')}
            <BigButton variant="quiet" onClick={() => setTyping(null)}>
              {t.formKeyboardDone}
            </BigButton>
          </p>
          <Keyboard
            key={active.id}
            layouts={active.type === 'phone' || active.type === 'number' ? ['phone'] : ['pinyin', 'latin', 'digits']}
            extraKeys={active.type === 'number' && !active.integer ? ['.'] : active.type === 'phone' ? ['-'] : undefined}
            onInput={(text) => typeInto(active, (current) => current + text)}
            onBackspace={() => typeInto(active, (current) => Array.from(current).slice(0, -1).join(''))}
            onEnter={() => setTyping(null)}
          />
        </div>
      )}
    </div>
  );
}
