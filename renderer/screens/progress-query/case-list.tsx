// The resident's cases, newest first: title, number as printed, current status; new results and
// cases not yet delivered to the hub are marked. A note says when the list is not live.
import type { ProgressAnswer, ProgressCase } from '../../../terminal/api.ts';
import { formatCaseNumber } from '../../../shared/contract/cases.ts';
import { Ltr } from '../../components/ltr.tsx';
import { caseTitle } from '../../components/case-title.ts';
import { t } from '../../i18n/index.ts';
import { formatTime } from './format-time.ts';
import { ListRow } from '../../components/list-row.tsx';

export function OfflineNote({ answer }: { answer: Extract<ProgressAnswer, { ok: true }> }) {
  if (answer.source === 'live') return null;
  return (
    <p class="progress-note" role="status">
      {answer.source === 'last-known' && answer.asOf ? t.progressAsOf(formatTime(answer.asOf)) : t.progressLocalOnly}
    </p>
  );
}

export function CaseList({ answer, onOpen }: { answer: Extract<ProgressAnswer, { ok: true }>; onOpen(c: ProgressCase): void }) {
  return (
    <>
      <OfflineNote answer={answer} />
      {answer.cases.length === 0 ? (
        <p class="lead">{t.progressNone}</p>
      ) : (
        <ul class="progress-list" aria-label={t.progressTitle}>
          {answer.cases.map((c) => (
            <li key={c.caseNumber}>
              <ListRow class="progress-item" onClick={() => onOpen(c)}>
                <span class="progress-item-text">
                  <span class="progress-item-title">
                    {caseTitle(c)}
                    {c.isNew && <span class="progress-badge new">{t.progressNew}</span>}
                    {c.pendingUpload && <span class="progress-badge pending">{t.progressPending}</span>}
                  </span>
                  <span class="progress-item-number"><Ltr>{formatCaseNumber(c.caseNumber)}</Ltr></span>
                </span>
                <span class={`progress-status status-${c.status}`}>{t.progressStatuses[c.status] ?? c.status}</span>
              </ListRow>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
