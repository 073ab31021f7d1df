// 转办 and 督办 on the case page: small forms, each shown only to the roles the hub lets do it
// (found.may), each refusal shown as the hub words it.
import { useEffect, useState } from 'preact/hooks';
import { listTransferTargets, superviseCase, transferCase, type TransferTarget } from './api.ts';
import type { WorkbenchCaseDetail } from '../routes/workbench/workbench-types.ts';
import { word } from './audit-words.ts';

interface Props {
  found: WorkbenchCaseDetail;
  /** The case as it is now; null when it left the user's sites. */
  onDone: (changed: WorkbenchCaseDetail | null, message: string) => void;
  onError: (message: string) => void;
}

/** A small form's fields, and its submit: `work` sends them; the form empties when it succeeds. */
function useCaseForm<F extends Record<string, string>>(blank: F, onError: (message: string) => void, work: (form: F) => Promise<void>) {
  const [form, setForm] = useState(blank);
  const field = (key: keyof F) => (e: Event) => setForm({ ...form, [key]: (e.currentTarget as HTMLInputElement).value });
  const send = (event: Event) => {
    event.preventDefault();
    work(form).then(() => setForm(blank), (err: Error) => onError(err.message));
  };
  return { form, setForm, field, send };
}

export function CaseTransfer({ found, onDone, onError }: Props) {
  const [targets, setTargets] = useState<TransferTarget[]>([]);
  useEffect(() => void listTransferTargets().then((t) => setTargets(t.sites), (err: Error) => onError(err.message)), []);
  const { form, setForm, field, send } = useCaseForm({ site: '', clerk: '', reason: '' }, onError, async (f) => {
    const answer = await transferCase(found.caseNumber, { ...(f.site && { site: f.site }), ...(f.clerk && { clerk: f.clerk }), reason: f.reason });
    onDone(answer.case, word(answer.stillYours ? 'transferDone' : 'transferGone', { site: answer.siteCode }));
  });
  // The clerks of the receiving site: the chosen one, or the case's own when only a clerk changes.
  const clerks = targets.find((t) => t.site === (form.site || found.siteCode))?.clerks ?? [];
  // A clerk chosen for the old site may not work at the new one.
  const chooseSite = (e: Event) => setForm({ ...form, site: (e.currentTarget as HTMLSelectElement).value, clerk: '' });
  return (
    <form class="case-transfer actions" onSubmit={send}>
      <h2>{word('transferTitle')}</h2>
      <label>
        {word('transferSite')}
        <select value={form.site} onChange={chooseSite}>
          <option value="">{word('transferSameSite', { site: found.siteCode })}</option>
          {targets
            .filter((t) => t.site !== found.siteCode)
            .map((t) => (
              <option key={t.site} value={t.site}>
                {t.site}
              </option>
            ))}
        </select>
      </label>
      <label>
        {word('transferClerk')}
        <select value={form.clerk} onChange={field('clerk')}>
          <option value="">{word('transferAnyClerk')}</option>
          {clerks.map((c) => (
            <option key={c.username} value={c.username}>
              {c.displayName}（{c.username}）
            </option>
          ))}
        </select>
      </label>
      <label>
        {word('transferReason')} <textarea value={form.reason} onInput={field('reason')} />
      </label>
      <button type="submit">{word('transferButton')}</button>
    </form>
  );
}

export function CaseSupervise({ found, onDone, onError }: Props) {
  const { form, field, send } = useCaseForm({ note: '', dueDay: '' }, onError, async (f) => {
    onDone(await superviseCase(found.caseNumber, { note: f.note, ...(f.dueDay && { dueDay: f.dueDay }) }), word('superviseDone'));
  });
  return (
    <form class="case-supervise actions" onSubmit={send}>
      <h2>{word('superviseTitle')}</h2>
      <label>
        {word('superviseNote')} <textarea value={form.note} onInput={field('note')} />
      </label>
      <label>
        {word('superviseDue')} <input type="date" value={form.dueDay} onInput={field('dueDay')} />
      </label>
      <button type="submit">{word('superviseButton')}</button>
    </form>
  );
}
