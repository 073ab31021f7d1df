// 证明打印, the answer: printed (take it from the A4 printer, with its verification code), not
// printed (say so and send to the counter), or refused by central (its reason, as written).
// Only the masked name is on screen; the full name is on the paper alone.
import type { CertificateOutcome } from '../../../terminal/api.ts';
import { BigButton } from '../../components/big-button.tsx';
import { BackIcon, CheckIcon, WarningIcon } from '../../components/icons.tsx';
import { RateOrExit } from '../../components/rate-or-exit.tsx';
import { t, tZh } from '../../i18n/index.ts';
import { saidText } from '../../i18n/said.ts';
import { localDateFormat } from '../../i18n/dates.ts';
import { useScreenPrompt } from '../../voice/use-screen-prompt.ts';
import { Localized, localizedField } from '../../i18n/localized.tsx';
import { certificateTitleItem, type CertificateTypeView } from './certificate-title.ts';

const timeFormat = localDateFormat({ year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' });

export interface CertificateResultScreenProps {
  outcome: CertificateOutcome;
  /** The type the resident chose: its name in their language stands for the hub's Chinese title. */
  type?: CertificateTypeView;
  onRate(): void;
  onBack(): void;
  onExit(): void;
}

export function CertificateResultScreen({ outcome, type, onRate, onBack, onExit }: CertificateResultScreenProps) {
  const titleItem = certificateTitleItem(outcome.title, type);
  const title = localizedField(titleItem, 'name').value;
  // The Mandarin fallback voice says the Chinese title, not the resident's.
  useScreenPrompt(outcome.ok ? 'screen.certificate-done' : 'screen.message', (s) => {
    const name = s === tZh ? outcome.title : title;
    return outcome.ok ? s.promptCertificateDone(name) : s.promptMessage(s.certificateRefused(name), outcome.message);
  });
  if (!outcome.ok) {
    return (
      <div class="screen message-screen">
        <div class="message-box" role="alert">
          <WarningIcon />
          <h1 class="message-title">{t.certificateRefused(title)}</h1>
          <p class="message-text">{outcome.message}</p>
        </div>
        <BigButton main icon={<BackIcon />} onClick={onBack}>
          {t.back}
        </BigButton>
      </div>
    );
  }
  const printed = outcome.print.state === 'printed';
  return (
    <div class="screen ticket">
      <div class="ticket-card">
        <p class="ticket-label">
          <Localized item={titleItem} field="name" />
        </p>
        <p class="ticket-queue">{t.certificateHolder(outcome.holderMaskedName)}</p>
        <p class="ticket-time">{t.certificateIssuedAt(timeFormat(new Date(outcome.issuedAt)))}</p>
        <p class="ticket-time">{t.certificateCode(outcome.verificationCode)}</p>
      </div>
      <div class="ticket-side">
        {printed ? (
          <p class="print-status done" role="status">
            <CheckIcon /> {t.certificatePrinted}
          </p>
        ) : (
          <div class="print-status problem" role="alert">
            <p>
              <WarningIcon /> {outcome.print.state === 'failed' ? saidText(outcome.print.message, outcome.print.say) : ''}
            </p>
            <p class="print-status-hint">{t.certificateNotPrintedHint}</p>
          </div>
        )}
        <RateOrExit onRate={onRate} onExit={onExit} />
      </div>
    </div>
  );
}
