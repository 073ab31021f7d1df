// One 整改: the resident's rating as given (level, every reason, their words; never editable), the
// case or ticket it rates, the steps so far with who took each, and the form for the steps this
// user may take now — the clerk's 核实, 整改 and 回访 (with the resident's view of the fix), the
// supervisor's 办结 or 退回. The hub says which steps are allowed; an auditor gets none.
import { useEffect, useState } from 'preact/hooks';
import { getRectification, takeRectificationStep } from './api.ts';
import type { RectificationDetail } from '../routes/rectification/rectification-types.ts';
import type { FollowUpResult, RectificationAction } from '../routes/rectification/rules.ts';
import { when } from './format.ts';
import { roleNames } from './workbench-words.ts';
import { nameOf, say } from './rectification-words.ts';
import { rectificationClock } from './rectification-list.tsx';

function RatingFacts({ found }: { found: RectificationDetail }) {
  const { rating } = found;
  const ticket = rating.itemKind === 'queue-ticket' || rating.itemKind === 'counter-visit';
  return (
    <dl class="details rating">
      <div>
        <dt>{say('ratingLevel')}</dt>
        <dd data-level={rating.level}>{rating.label}</dd>
      </div>
      <div>
        <dt>{say('ratingReasons')}</dt>
        <dd class="reasons">{rating.reasons.join('、') || say('wordsEmpty')}</dd>
      </div>
      <div>
        <dt>{say('ratingWords')}</dt>
        <dd>{rating.reasonText ?? say('wordsEmpty')}</dd>
      </div>
      <div>
        <dt>{say('ratingAt')}</dt>
        <dd>{when(rating.ratedAt)}</dd>
      </div>
      {found.case ? (
        <div>
          <dt>{say('linkedCase')}</dt>
          <dd>
            <a href={`#/case/${found.case.caseNumber}`}>{say('linkedCaseText', { number: found.case.caseNumberText, title: found.case.title, status: found.case.status })}</a>
          </dd>
        </div>
      ) : (
        <div>
          <dt>{ticket ? say('linkedTicket') : say('ratingItem')}</dt>
          <dd>{rating.item}</dd>
        </div>
      )}
    </dl>
  );
}

function StepForm({ found, onDone }: { found: RectificationDetail; onDone: (next: RectificationDetail, action: RectificationAction) => void }) {
  const [note, setNote] = useState('');
  const [result, setResult] = useState<FollowUpResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const act = async (action: RectificationAction) => {
    setError(null);
    try {
      const next = await takeRectificationStep(found.id, { action, note, result: action === '回访' ? result : null });
      setNote('');
      setResult(null);
      onDone(next, action);
    } catch (err) {
      setError((err as Error).message);
    }
  };
  const needing = found.allowed.filter((a) => found.needsNote.includes(a)).map((a) => nameOf('stepNames', a));
  return (
    <div class="case-actions rectification-actions">
      <h2>{say('formHeading')}</h2>
      <label>
        {say('noteLabel', { actions: needing.join('、') || '—' })}
        <textarea value={note} onInput={(e) => setNote(e.currentTarget.value)} />
      </label>
      {found.allowed.includes('回访') && (
        <fieldset class="results">
          <legend>{say('resultLegend')}</legend>
          {found.results.map((r) => (
            <label key={r} class="check">
              <input type="radio" name="follow-up-result" value={r} checked={result === r} onChange={() => setResult(r)} /> {nameOf('results', r)}
            </label>
          ))}
        </fieldset>
      )}
      <div class="buttons">
        {found.allowed.map((action) => (
          <button key={action} type="button" onClick={() => void act(action)}>
            {nameOf('actions', action)}
          </button>
        ))}
      </div>
      {error && <p role="alert">{error}</p>}
    </div>
  );
}

export function RectificationPage({ id }: { id: string }) {
  const [found, setFound] = useState<RectificationDetail | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  useEffect(() => {
    getRectification(id).then(setFound, (err: Error) => setError(err.message));
  }, [id]);
  if (!found) return error ? <p role="alert">{error}</p> : <p>{say('loading')}</p>;
  const clock = rectificationClock(found);
  return (
    <section class="workbench rectification-page">
      <p>
        <a href="#/rectifications">{say('back')}</a>
      </p>
      <h1>{say('pageTitle', { id: found.id })}</h1>
      <p class="case-facts">
        {say('facts', { site: found.siteCode, service: found.service, opened: when(found.openedAt), due: found.dueDay })} · <strong data-state>{nameOf('states', found.state)}</strong>
        {found.remainingWorkingDays !== null && <span class={clock.className}> · {clock.text}</span>}
      </p>
      <h2>{say('ratingHeading')}</h2>
      <RatingFacts found={found} />
      <h2>{say('stepsHeading')}</h2>
      {found.steps.length === 0 ? (
        <p>{say('noSteps')}</p>
      ) : (
        <ol class="steps">
          {found.steps.map((s, i) => (
            <li key={i}>
              <strong>{nameOf('stepNames', s.action)}</strong> → {nameOf('states', s.state)} {when(s.at)} · {say('stepBy', { who: s.by.username, role: roleNames[s.by.role as keyof typeof roleNames] ?? s.by.role })}
              {s.result && <p class="reply">{say('stepResult', { result: nameOf('results', s.result) })}</p>}
              {s.note && <p class="reply">{s.note}</p>}
            </li>
          ))}
        </ol>
      )}
      {found.allowed.length > 0 && (
        <StepForm
          found={found}
          onDone={(next, action) => {
            setFound(next);
            setDone(say('done', { action: nameOf('stepNames', action), state: nameOf('states', next.state) }));
          }}
        />
      )}
      {done && <p role="status">{done}</p>}
    </section>
  );
}
