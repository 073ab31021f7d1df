// One case: its status now and every step with its time and the clerk's reply, so the resident
// learns what happened. Replies hidden (no 查询码 given) say how to see them.
import type { ProgressAnswer, ProgressCase } from '../../../terminal/api.ts';
import { formatCaseNumber } from '../../../shared/contract/cases.ts';
import { Ltr } from '../../components/ltr.tsx';
import { BigButton } from '../../components/big-button.tsx';
import { ServiceIcon } from '../../components/icons.tsx';
import { t } from '../../i18n/index.ts';
import { OfflineNote } from './case-list.tsx';
import { formatTime } from './format-time.ts';

export interface CaseDetailProps {
  item: ProgressCase;
  answer: Extract<ProgressAnswer, { ok: true }>;
  onEnterCode(): void;
  /** Absent when this case cannot be rated from here (replies hidden, not at the hub yet). */
  onRate?: () => void;
}

export function CaseDetail({ item, answer, onEnterCode, onRate }: CaseDetailProps) {
  return (
    <div class="progress-case">
      <p class="lead">
        <span class="progress-item-number"><Ltr>{formatCaseNumber(item.caseNumber)}</Ltr></span>
        <span class={`progress-status status-${item.status}`}>{t.progressStatuses[item.status] ?? item.status}</span>
      </p>
      <p class="service-description">{t.progressSubmittedAt(formatTime(item.submittedAt))}</p>
      <OfflineNote answer={answer} />
      {item.pendingUpload && <p class="progress-note">{t.progressPendingNote}</p>}
      <h2 class="progress-heading">{t.progressSteps}</h2>
      <ol class="progress-steps" aria-label={t.progressSteps}>
        {[...item.steps].reverse().map((step, i) => (
          <li key={`${step.at}-${i}`} class={i === 0 ? 'progress-step current' : 'progress-step'}>
            <span class="progress-step-status">{t.progressStatuses[step.status] ?? step.status}</span>
            <span class="progress-step-time">{formatTime(step.at)}</span>
            {step.reply && <p class="progress-step-reply">{step.reply}</p>}
          </li>
        ))}
      </ol>
      {item.repliesHidden && (
        <>
          <p class="progress-note">{t.progressRepliesHidden}</p>
          <BigButton variant="secondary" onClick={onEnterCode}>
            {t.progressEnterCode}
          </BigButton>
        </>
      )}
      {onRate && (
        <div class="actions">
          <BigButton main icon={<ServiceIcon kind="rating" />} onClick={onRate}>
            {t.progressRate}
          </BigButton>
        </div>
      )}
    </div>
  );
}
