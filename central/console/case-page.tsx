// One 办件: what the resident submitted (in full for the clerk handling it, masked for those who
// oversee), its steps with who set each and when, its time limit, and the actions caseTransitions
// allows from here. An auditor or supervisor gets no buttons (and the hub refuses them anyway).
import { useEffect, useState } from 'preact/hooks';
import type { CaseStatus } from '../../shared/contract/cases.ts';
import { getWorkbenchCase, moveCase } from './api.ts';
import type { WorkbenchCaseDetail } from '../routes/workbench/workbench-types.ts';
import { when } from './format.ts';
import { calendarDay } from './i18n/dates.ts';
import { tCase as t } from './case-words.ts';
import { actionName, clockClass, clockText, kindName, roleName, statusName } from './workbench-words.ts';

function Details({ details }: { details: Record<string, unknown> }) {
  const flat = Object.entries(details).flatMap(([k, v]) => (v && typeof v === 'object' && !Array.isArray(v) ? Object.entries(v as Record<string, unknown>) : [[k, v] as const]));
  return (
    <dl class="details">
      {flat
        .filter(([, v]) => v !== null && v !== '')
        .map(([k, v]) => (
          <div key={k}>
            <dt>{t('field', { key: k })}</dt>
            <dd>{Array.isArray(v) ? v.join('、') : String(v)}</dd>
          </div>
        ))}
    </dl>
  );
}

export function CasePage({ caseNumber }: { caseNumber: string }) {
  const [found, setFound] = useState<WorkbenchCaseDetail | null>(null);
  const [reply, setReply] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  useEffect(() => {
    getWorkbenchCase(caseNumber).then(setFound, (err: Error) => setError(err.message));
  }, [caseNumber]);
  const act = async (status: CaseStatus) => {
    setError(null);
    try {
      const moved = await moveCase(caseNumber, status, reply);
      setFound(moved);
      setReply('');
      setDone(t('done', { action: actionName(status), status: statusName(moved.status) }));
    } catch (err) {
      setError((err as Error).message);
    }
  };
  if (!found) return error ? <p role="alert">{error}</p> : <p>{t('loading')}</p>;
  return (
    <section class="workbench case-page">
      <p>
        <a href="#/cases">{t('back')}</a>
      </p>
      <h1>
        {found.title} <span class="case-number">{found.caseNumberText}</span>
      </h1>
      <p class="case-facts">
        {t('facts', { kind: kindName(found.kind), site: found.siteCode, at: when(found.submittedAt) })} <strong data-status>{statusName(found.status)}</strong>
        {found.clock.state !== 'stopped' && <span class={clockClass(found.clock)}> · {clockText(found.clock)}</span>}
        {found.clock.state === 'running' && <span>{t('due', { phase: found.clock.phase, day: calendarDay(found.clock.dueDay) })}</span>}
      </p>
      <h2>
        {t('submittedTitle')}
        {found.detailsMasked && t('masked')}
      </h2>
      <Details details={found.details} />
      <h2>{t('steps')}</h2>
      <ol class="steps">
        {found.steps.map((s, i) => (
          <li key={i}>
            <strong>{statusName(s.status)}</strong> {when(s.at)} {s.by ? t('by', { username: s.by.username, role: roleName(s.by.role) }) : i === 0 ? t('byKiosk') : ''}
            {s.reply && <p class="reply">{t('reply', { reply: s.reply })}</p>}
          </li>
        ))}
      </ol>
      {found.allowed.length > 0 && (
        <div class="case-actions">
          <h2>{t('handle')}</h2>
          <label>
            {t('replyLabel', { actions: found.allowed.filter((s) => found.needsReply.includes(s)).map(actionName).join('、') })}
            <textarea value={reply} onInput={(e) => setReply(e.currentTarget.value)} />
          </label>
          <div class="buttons">
            {found.allowed.map((status) => (
              <button key={status} type="button" onClick={() => void act(status)}>
                {actionName(status)}
              </button>
            ))}
          </div>
        </div>
      )}
      {done && <p role="status">{done}</p>}
      {error && <p role="alert">{error}</p>}
    </section>
  );
}
