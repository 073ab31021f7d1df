// 事项办理: the item's form (the forms engine), then a review of every answer, then 确认提交.
// Problems are shown at their fields before anything is sent; a refusal from the core (it checks
// everything again) is shown above the review and the answers stay as they were.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ApplicationFormView, CaseReceiptView } from '../../../terminal/api.ts';
import { useApi } from '../../api-context.ts';
import { BigButton } from '../../components/big-button.tsx';
import { ScreenHeader } from '../../components/screen-header.tsx';
import { CheckIcon } from '../../components/icons.tsx';
import { FormEngine, formErrors, type Answers, type FormErrors } from '../../components/form/form-engine.tsx';
import { localizedField } from '../../i18n/localized.tsx';
import { fieldText } from '../../components/form/field-text.ts';
import { t } from '../../i18n/index.ts';
import { errorText } from '../../i18n/said.ts';
import { answerText } from './answer-text.ts';
import { useScreenPrompt } from '../../voice/use-screen-prompt.ts';
import type { SignatureStrokes } from '../../../shared/contract/case-attachments.ts';
import { openDocumentCamera } from './capture/document-camera.ts';
import { MaterialCapture } from './capture/material-capture.tsx';
import { SignatureStep } from './capture/signature-step.tsx';

/** After the review (issue 24): the document camera when the item asks for pages and one is there, then the 承诺书 when it has one. */
type Step = { name: 'capture'; stream: MediaStream } | { name: 'sign' };
interface Extras {
  materialsAtCounter?: boolean;
  signature?: { png: string; strokes: SignatureStrokes };
}

export interface ApplicationFormProps {
  itemId: string;
  onFiled(receipt: CaseReceiptView): void;
  onFailed(message: string): void;
  onBack(): void;
}

const NONE: FormErrors = {};

export function ApplicationForm({ itemId, onFiled, onFailed, onBack }: ApplicationFormProps) {
  const api = useApi();
  const [form, setForm] = useState<ApplicationFormView | null>(null);
  const [answers, setAnswers] = useState<Answers>({});
  const [cardConfirmed, setCardConfirmed] = useState(false);
  const [errors, setErrors] = useState(NONE);
  const [problem, setProblem] = useState<string | null>(null);
  const [reviewing, setReviewing] = useState(false);
  const [busy, setBusy] = useState(false);
  const [step, setStep] = useState<Step | null>(null);
  const extras = useRef<Extras>({});
  const sending = useRef(false);
  useScreenPrompt(reviewing ? 'screen.apply-confirm' : 'screen.apply-form', (s) => (reviewing ? s.promptApplyConfirm : form ? s.promptApplyForm(String(localizedField(form.item, 'name').value)) : ''));

  useEffect(() => {
    api.call('getApplicationForm', { itemId }).then(setForm, (err: Error) => onFailed(errorText(err)));
  }, [api, itemId]);
  // The camera is closed whenever its step is left (and when the visit ends).
  useEffect(() => () => (step?.name === 'capture' ? step.stream.getTracks().forEach((track) => track.stop()) : undefined), [step]);
  if (!form) return <div class="screen" />;
  const hasCardFields = form.fields.some((f) => f.prefilled);

  const review = () => {
    const found = formErrors(form.fields, answers, form.today);
    setErrors(found);
    const count = Object.keys(found).length + (hasCardFields && !cardConfirmed ? 1 : 0);
    if (count) {
      setProblem(hasCardFields && !cardConfirmed ? t.applyFixErrorsWithHint(count, t.formCardHint) : t.applyFixErrors(count));
      return;
    }
    setProblem(null);
    setReviewing(true);
  };
  const commitment = form.item.commitment;
  const toSignature = () => (commitment ? (setStep({ name: 'sign' }), true) : false);
  const next = async () => {
    if (busy) return;
    if (form.item.capture?.length) {
      setBusy(true);
      const stream = await openDocumentCamera(); // none: the materials go to a counter, as without a camera
      setBusy(false);
      if (stream) return setStep({ name: 'capture', stream });
    }
    if (!toSignature()) await submit();
  };
  const submit = async () => {
    if (sending.current) return; // one tap, one application
    sending.current = true;
    setBusy(true);
    try {
      onFiled(await api.call('submitApplication', { itemId, answers, cardFieldsConfirmed: cardConfirmed, ...extras.current }));
    } catch (err) {
      setProblem(errorText(err));
      sending.current = false;
      setBusy(false);
    }
  };

  if (step?.name === 'capture') {
    return (
      <MaterialCapture
        item={form.item}
        stream={step.stream}
        onBack={() => setStep(null)}
        onDone={(atCounter) => {
          extras.current = { materialsAtCounter: atCounter };
          if (!toSignature()) {
            setStep(null);
            void submit();
          }
        }}
      />
    );
  }
  if (step?.name === 'sign' && commitment) {
    return (
      <SignatureStep
        item={{ ...form.item, commitment }}
        busy={busy}
        problem={problem}
        onBack={() => setStep(null)}
        onSigned={(signature) => {
          extras.current = { ...extras.current, signature };
          void submit();
        }}
      />
    );
  }

  return (
    <div class="screen case-screen">
      <ScreenHeader
        title={reviewing ? t.applyConfirmTitle : t.applyFormTitle(String(localizedField(form.item, 'name').value))}
        onBack={reviewing ? () => setReviewing(false) : onBack}
        backLabel={reviewing ? t.applyEdit : t.back}
      />
      {problem && (
        <p class="inline-error" role="alert">
          {problem}
        </p>
      )}
      {reviewing ? (
        <>
          <dl class="case-review form-scroll">
            {form.fields.map((f) => (
              <div key={f.id}>
                <dt>{fieldText(f, 'label')}</dt>
                <dd>{answerText(f, answers[f.id])}</dd>
              </div>
            ))}
          </dl>
          <div class="actions">
            <BigButton main icon={<CheckIcon />} disabled={busy} onClick={() => void next()}>
              {busy ? t.applySubmitting : t.applySubmit}
            </BigButton>
          </div>
        </>
      ) : (
        <>
          <FormEngine
            fields={form.fields}
            today={form.today}
            answers={answers}
            onAnswers={setAnswers}
            cardConfirmed={cardConfirmed}
            onCardConfirmed={() => setCardConfirmed(true)}
            errors={errors}
          />
          <div class="actions">
            <BigButton main icon={<CheckIcon />} onClick={review}>
              {t.applyReview}
            </BigButton>
          </div>
        </>
      )}
    </div>
  );
}
