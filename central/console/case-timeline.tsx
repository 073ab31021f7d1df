// A case's 办理过程: its status steps (who set each, the reply the resident reads) and, among them
// by time, the 转办 and 督办 notes only the workbench sees.
import type { CaseNote, WorkbenchStep } from '../routes/workbench/workbench-types.ts';
import { when } from './format.ts';
import { roleName, statusName } from './workbench-words.ts';
import { tCase as t } from './case-words.ts';
import { word } from './audit-words.ts';

const byWhom = (by: { username: string; role: string }) => t('by', { username: by.username, role: roleName(by.role) });

function NoteItem({ note }: { note: CaseNote }) {
  const title =
    note.kind === '转办' ? word('noteTransfer', { from: note.fromSite ?? '', to: note.toSite ?? '', clerk: note.toClerk ?? 'none' }) : word('noteSupervise', { day: note.dueDay ?? 'none' });
  return (
    <li class={note.kind === '督办' ? 'note supervised' : 'note'} data-note={note.kind}>
      <strong>{title}</strong> {when(note.at)} {byWhom(note.by)}
      <p class="reply">{word(note.kind === '转办' ? 'noteReason' : 'noteText', { text: note.text })}</p>
    </li>
  );
}

export function CaseTimeline({ steps, notes }: { steps: WorkbenchStep[]; notes: CaseNote[] }) {
  const items = [...steps.map((step, i) => ({ at: step.at, step, i })), ...notes.map((note) => ({ at: note.at, note }))].sort((a, b) => a.at.localeCompare(b.at));
  return (
    <ol class="steps">
      {items.map((item) =>
        'note' in item ? (
          <NoteItem key={`n${item.at}`} note={item.note} />
        ) : (
          <li key={`s${item.i}`}>
            <strong>{statusName(item.step.status)}</strong> {when(item.step.at)} {item.step.by ? byWhom(item.step.by) : item.i === 0 ? t('byKiosk') : ''}
            {item.step.reply && <p class="reply">{t('reply', { reply: item.step.reply })}</p>}
          </li>
        ),
      )}
    </ol>
  );
}
