// One 办件: what the resident submitted (masked; 查看 shows it in full to the clerk handling it,
// and the hub records each 查看), its steps with who set each and when, its 转办 and 督办 notes,
// its time limit, and the actions caseTransitions allows from here. An auditor or supervisor gets
// no status buttons (and the hub refuses them anyway); 转办 and 督办 show for the roles that may.
import { useEffect, useState } from 'preact/hooks';
import type { CaseStatus } from '../../shared/contract/cases.ts';
import { getWorkbenchCase, moveCase, revealCase } from './api.ts';
import type { WorkbenchCaseDetail } from '../routes/workbench/workbench-types.ts';
import { when } from './format.ts';
import { calendarDay } from './i18n/dates.ts';
import { tCase as t } from './case-words.ts';
import { actionName, clockClass, clockText, kindName, statusName } from './workbench-words.ts';
import { word } from './audit-words.ts';
import { SupervisedMark } from './supervised-mark.tsx';
import { CaseTimeline } from './case-timeline.tsx';
import { CaseSupervise, CaseTransfer } from './case-handling.tsx';
import { nameOf } from './rectification-words.ts';

/** The 事项's catalog code (`dibao`): the page's title already names the item, and a clerk reads names. */
const NOT_SHOWN = new Set(['itemId']);

function Details({ details }: { details: Record<string, unknown> }) {
  const flat = Object.entries(details).flatMap(([k, v]) => (v && typeof v === 'object' && !Array.isArray(v) ? Object.entries(v as Record<string, unknown>) : [[k, v] as const]));
  return (
    <dl class="details">
      {flat
        .filter(([k, v]) => v !== null && v !== '' && !NOT_SHOWN.has(k))
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
  /** The details in full after 查看; forgotten when the page is left. */
  const [shown, setShown] = useState<Record<string, unknown> | null>(null);
  useEffect(() => {
    getWorkbenchCase(caseNumber).then(setFound, (err: Error) => setError(err.message));
  }, [caseNumber]);
  const reveal = async () => {
    setError(null);
    try {
      setShown((await revealCase(caseNumber)).details);
    } catch (err) {
      setError((err as Error).message);
    }
  };
  const handled = (changed: WorkbenchCaseDetail | null, message: string) => {
    setError(null);
    setDone(message);
    if (changed) setFound(changed);
    else location.hash = '#/cases';
  };
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
        {found.supervised && (
          <>
            {' · '}
            <SupervisedMark supervised={found.supervised} />
          </>
        )}
        {found.assignedTo && <span> · {word('assignedTo', { clerk: found.assignedTo })}</span>}
      </p>
      <h2>
        {t('submittedTitle')}
        {!shown && found.detailsMasked && t('masked')}
      </h2>
      <Details details={shown ?? found.details} />
      {shown ? (
        <p class="revealed">{word('revealed')}</p>
      ) : (
        found.may.reveal && (
          <p class="reveal">
            {word('revealHint')}{' '}
            <button type="button" onClick={() => void reveal()}>
              {word('reveal')}
            </button>
          </p>
        )
      )}
      <h2>{t('steps')}</h2>
      <CaseTimeline steps={found.steps} notes={found.notes} />
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
      <h2>{t('ratingsTitle')}</h2>
      {found.ratings.length === 0 ? (
        <p>{t('noRating')}</p>
      ) : (
        <ul class="case-ratings">
          {found.ratings.map((r, i) => (
            <li key={i} data-rating={r.level}>
              {t('rating', { label: r.label, level: r.level, at: when(r.ratedAt) })}
              {r.reasons.length > 0 && <> · {t('ratingReasons', { reasons: r.reasons.join('、') })}</>}
              {r.rectification && (
                <>
                  {' '}
                  · <a href={`#/rectification/${r.rectification.id}`}>{t('rectification', { id: r.rectification.id, state: nameOf('states', r.rectification.state) })}</a>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      {found.may.transfer && <CaseTransfer found={found} onDone={handled} onError={setError} />}
      {found.may.supervise && <CaseSupervise found={found} onDone={handled} onError={setError} />}
      {done && <p role="status">{done}</p>}
      {error && <p role="alert">{error}</p>}
    </section>
  );
}
