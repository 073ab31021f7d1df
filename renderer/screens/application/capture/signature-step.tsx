// The 承诺书 step (issue 24): the commitment in the resident's language, the pad, clear, and
// 确认签名并提交 — the application is filed from here with its pages and signature.
import { useState } from 'preact/hooks';
import type { ApplicationItemSummary } from '../../../../terminal/api.ts';
import type { SignatureStrokes } from '../../../../shared/contract/case-attachments.ts';
import { BigButton } from '../../../components/big-button.tsx';
import { ScreenHeader } from '../../../components/screen-header.tsx';
import { CheckIcon } from '../../../components/icons.tsx';
import { localizedField } from '../../../i18n/localized.tsx';
import { t } from '../../../i18n/index.ts';
import { SignaturePad, signaturePng } from './signature-pad.tsx';
import './material-capture.css';

export interface SignatureStepProps {
  item: ApplicationItemSummary & { commitment: string };
  busy: boolean;
  problem: string | null;
  onSigned(signature: { png: string; strokes: SignatureStrokes }): void;
  onBack(): void;
}

export function SignatureStep({ item, busy, problem, onSigned, onBack }: SignatureStepProps) {
  const [strokes, setStrokes] = useState<SignatureStrokes | []>([]);
  const [clearKey, setClearKey] = useState(0);
  const [empty, setEmpty] = useState(false);
  const confirm = () => {
    if (strokes.length === 0) return setEmpty(true);
    onSigned({ png: signaturePng(strokes as SignatureStrokes), strokes: strokes as SignatureStrokes });
  };
  return (
    <div class="screen case-screen signature-screen">
      <ScreenHeader title={t.signTitle} lead={t.signLead} onBack={onBack} />
      <p class="commitment">{String(localizedField(item, 'commitment').value)}</p>
      {(problem || (empty && strokes.length === 0)) && (
        <p class="inline-error" role="alert">
          {problem ?? t.signEmpty}
        </p>
      )}
      <SignaturePad label={t.signPad} clearKey={clearKey} onStrokes={(s) => (setStrokes(s), s.length && setEmpty(false))} />
      <div class="actions">
        <BigButton variant="secondary" disabled={busy} onClick={() => setClearKey((k) => k + 1)}>
          {t.signClear}
        </BigButton>
        <BigButton main icon={<CheckIcon />} disabled={busy} onClick={confirm}>
          {busy ? t.applySubmitting : t.signConfirm}
        </BigButton>
      </div>
    </div>
  );
}
