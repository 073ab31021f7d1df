// 办件进度查询: choose how (the card read already, a typed 办件编号, or a scanned receipt) → the
// cases → one case with its steps. A typed number is checked at each key; an anonymous case asks
// for its 查询码. Offline, the last-known state shows with its time.
import { useEffect, useState } from 'preact/hooks';
import type { ProgressAnswer, ProgressCase, ResidentView } from '../../../terminal/api.ts';
import type { RatingTarget } from '../../../shared/contract/cases.ts';
import { useApi } from '../../api-context.ts';
import { BigButton } from '../../components/big-button.tsx';
import { ScreenHeader } from '../../components/screen-header.tsx';
import { CheckIcon, ServiceIcon } from '../../components/icons.tsx';
import { t } from '../../i18n/index.ts';
import { saidText } from '../../i18n/said.ts';
import type { Say } from '../../../terminal/says/say.ts';
import { useScreenPrompt } from '../../voice/use-screen-prompt.ts';
import { CaseDetail } from './case-detail.tsx';
import { CaseList } from './case-list.tsx';
import { DigitField } from './digit-field.tsx';
import { checkTyped, codeComplete, groupTyped, typeDigit } from './number-entry.ts';
import type { PendingScan } from './use-scan.ts';
import { spellOut } from '../../voice/spell.ts';
import { caseTitle } from '../../components/case-title.ts';
import './progress.css';

type Found = Extract<ProgressAnswer, { ok: true }>;
/** Each stage's spoken prompt: where the resident is and what to do (the case: its number digit by digit and its status). */
const prompts: { [N in Stage['name']]: (s: typeof t, stage: Extract<Stage, { name: N }>) => string } = {
  home: (s) => s.promptProgressHome,
  number: (s) => s.promptProgressNumber,
  code: (s) => s.promptProgressCode,
  list: (s, { answer }) => (answer.cases.length ? s.promptProgressList(answer.cases.length) : s.progressNone),
  case: (s, { item }) => s.promptProgressCase(spellOut(item.caseNumber), caseTitle(item), s.progressStatuses[item.status] ?? item.status),
};

type Stage = { name: 'home' } | { name: 'number' } | { name: 'code'; caseNumber: string } | { name: 'list'; answer: Found } | { name: 'case'; answer: Found; item: ProgressCase };

export interface ProgressScreenProps {
  resident: ResidentView | null;
  /** A receipt's QR the scanner just read: that case opens at once. */
  scan: PendingScan | null;
  onRate(target: RatingTarget): void;
  onBack(): void;
}

export function ProgressScreen({ resident, scan, onRate, onBack }: ProgressScreenProps) {
  const api = useApi();
  const [stack, setStack] = useState<Stage[]>([{ name: 'home' }]);
  const [typed, setTyped] = useState('');
  const [code, setCode] = useState('');
  // Kept with its id, so it is drawn in the language of the moment (a failed call's ApiCallError fits too).
  const [error, setError] = useState<{ message: string; say?: Say } | null>(null);
  const errorShown = error && saidText(error.message, error.say);
  const [busy, setBusy] = useState(false);
  const stage = stack[stack.length - 1]!;
  useScreenPrompt(stage.name === 'home' ? 'screen.progress' : `screen.progress-${stage.name}`, (s) => (prompts[stage.name] as (s: typeof t, stage: Stage) => string)(s, stage));
  const push = (next: Stage) => {
    setError(null);
    setStack((s) => [...s, next]);
  };
  const back = () => {
    setError(null);
    if (stack.length > 1) setStack((s) => s.slice(0, -1));
    else onBack();
  };

  const show = (answer: ProgressAnswer, caseNumber: string) => {
    if (!answer.ok && answer.reason === 'needs-query-code') {
      setCode('');
      push({ name: 'code', caseNumber });
      setError(answer);
    } else if (!answer.ok) setError(answer);
    else if (answer.cases.length === 1) push({ name: 'case', answer, item: answer.cases[0]! });
    else push({ name: 'list', answer });
  };
  const run = async (work: () => Promise<void>) => {
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      await work();
    } catch (err) {
      setError(err as Error & { say?: Say });
    } finally {
      setBusy(false);
    }
  };
  const lookup = (caseNumber: string, queryCode: string | null) => run(async () => show(await api.call('lookupCase', { caseNumber, queryCode }), caseNumber));
  const mine = () => run(async () => show(await api.call('myCases', {}), ''));

  useEffect(() => {
    if (scan) void lookup(scan.caseNumber, scan.queryCode);
    else if (resident?.identifiedBy === 'id-card') void mine();
  }, []);

  const typedState = checkTyped(typed);
  const numberError = typedState.state === 'wrong' ? t.progressNumberWrong : null;

  return (
    <div class="screen progress">
      <ScreenHeader title={stage.name === 'case' ? caseTitle(stage.item) : t.progressTitle} onBack={back} />
      {stage.name === 'home' && (
        <div class="progress-home">
          {resident?.identifiedBy === 'id-card' ? (
            <BigButton main icon={<ServiceIcon kind="progress-query" />} disabled={busy} onClick={() => void mine()}>
              {t.progressMine}
            </BigButton>
          ) : (
            <p class="lead">{t.progressCardHint}</p>
          )}
          <BigButton variant="secondary" main={resident?.identifiedBy !== 'id-card'} onClick={() => push({ name: 'number' })}>
            {t.progressByNumber}
          </BigButton>
          <p class="service-description">{t.progressByNumberHint}</p>
          <p class="lead">{t.progressScanHint}</p>
        </div>
      )}
      {stage.name === 'number' && (
        <>
          <DigitField
            label={t.progressNumberField}
            shown={groupTyped(typed)}
            hint={t.progressNumberPrompt}
            error={numberError ?? errorShown}
            onKey={(k) => setTyped((v) => typeDigit(v, k))}
            onBackspace={() => setTyped((v) => v.slice(0, -1))}
          />
          <div class="actions">
            <BigButton main icon={<CheckIcon />} disabled={typedState.state !== 'ok' || busy} onClick={() => typedState.state === 'ok' && void lookup(typedState.caseNumber, null)}>
              {busy ? t.progressSearching : typedState.state === 'incomplete' ? t.progressNumberShort(typedState.left) : t.progressSearch}
            </BigButton>
          </div>
        </>
      )}
      {stage.name === 'code' && (
        <>
          <DigitField
            label={t.progressCodeField}
            shown={code}
            hint={t.progressCodePrompt}
            error={errorShown}
            onKey={(k) => setCode((v) => typeDigit(v, k, 8))}
            onBackspace={() => setCode((v) => v.slice(0, -1))}
          />
          <div class="actions">
            <BigButton main icon={<CheckIcon />} disabled={!codeComplete(code) || busy} onClick={() => void lookup(stage.caseNumber, code)}>
              {busy ? t.progressSearching : t.progressSearch}
            </BigButton>
          </div>
        </>
      )}
      {stage.name === 'list' && <CaseList answer={stage.answer} onOpen={(item) => push({ name: 'case', answer: stage.answer, item })} />}
      {stage.name === 'case' && (
        <CaseDetail
          item={stage.item}
          answer={stage.answer}
          onEnterCode={() => {
            setCode('');
            push({ name: 'code', caseNumber: stage.item.caseNumber });
          }}
          onRate={stage.item.repliesHidden || stage.item.pendingUpload ? undefined : () => onRate({ type: 'case', caseNumber: stage.item.caseNumber })}
        />
      )}
      {busy && stage.name !== 'number' && stage.name !== 'code' && (
        <p class="lead" role="status">
          {t.progressSearching}
        </p>
      )}
      {error && stage.name !== 'number' && stage.name !== 'code' && (
        <p class="inline-error" role="alert">
          {errorShown}
        </p>
      )}
    </div>
  );
}
