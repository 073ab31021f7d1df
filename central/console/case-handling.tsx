// 转办 and 督办 on the case page: small forms, each shown only to the roles the hub lets do it
// (found.may), each refusal shown as the hub words it.
import { useState } from 'preact/hooks';
import { superviseCase, transferCase } from './api.ts';
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
  return { form, field, send };
}

export function CaseTransfer({ found, onDone, onError }: Props) {
  const { form, field, send } = useCaseForm({ site: '', clerk: '', reason: '' }, onError, async (f) => {
    const answer = await transferCase(found.caseNumber, { ...(f.site.trim() && { site: f.site.trim() }), ...(f.clerk.trim() && { clerk: f.clerk.trim() }), reason: f.reason });
    onDone(answer.case, word(answer.stillYours ? 'transferDone' : 'transferGone', { site: answer.siteCode }));
  });
  return (
    <form class="case-transfer actions" onSubmit={send}>
      <h2>{word('transferTitle')}</h2>
      <label>
        {word('transferSite')} <input value={form.site} placeholder={found.siteCode} onInput={field('site')} />
      </label>
      <label>
        {word('transferClerk')} <input value={form.clerk} onInput={field('clerk')} />
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
