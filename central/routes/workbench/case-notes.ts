// 转办 and 督办 notes on cases (case_notes): read for a page of cases at once, and what they say
// about each case now: whom it was last handed to, and whether a supervisor is pressing for it.
import { isoOf, type Queryable } from '../../storage/database.ts';
import type { CaseNote } from './workbench-types.ts';

interface NoteRow {
  case_number: string;
  kind: CaseNote['kind'];
  at: unknown;
  username: string;
  role: string;
  text: string;
  from_site: string | null;
  to_site: string | null;
  to_clerk: string | null;
  due_day: string | Date | null;
}

const dayText = (value: string | Date | null): string | null => (value === null ? null : value instanceof Date ? value.toISOString().slice(0, 10) : String(value).slice(0, 10));

export async function notesOf(q: Queryable, caseNumbers: string[]): Promise<Map<string, CaseNote[]>> {
  const notes = new Map<string, CaseNote[]>(caseNumbers.map((n) => [n, []]));
  if (!caseNumbers.length) return notes;
  const rows = await q.query<NoteRow>(
    `SELECT case_number, kind, at, username, role, text, from_site, to_site, to_clerk, due_day::text AS due_day
       FROM case_notes WHERE case_number = ANY($1::text[]) ORDER BY case_number, id`,
    [caseNumbers],
  );
  for (const r of rows) {
    notes.get(r.case_number)?.push({ kind: r.kind, at: isoOf(r.at), by: { username: r.username, role: r.role }, text: r.text, fromSite: r.from_site, toSite: r.to_site, toClerk: r.to_clerk, dueDay: dayText(r.due_day) });
  }
  return notes;
}

export async function addNote(tx: Queryable, caseNumber: string, note: CaseNote): Promise<void> {
  await tx.query(
    `INSERT INTO case_notes (case_number, kind, at, username, role, text, from_site, to_site, to_clerk, due_day)
     VALUES ($1, $2, $3::timestamptz, $4, $5, $6, $7, $8, $9, $10::date)`,
    [caseNumber, note.kind, note.at, note.by.username, note.by.role, note.text, note.fromSite, note.toSite, note.toClerk, note.dueDay],
  );
}

/** The clerk the last 转办 named, while the case is still at that 转办's site. */
export function assigneeOf(notes: CaseNote[], siteCode: string): string | null {
  const last = [...notes].reverse().find((n) => n.kind === '转办');
  return last?.toClerk && last.toSite === siteCode ? last.toClerk : null;
}

/** The latest 督办: what the queue marks and lifts (for cases still open); overdue once `today` (the
 * county's day) is past the day it set. */
export function supervisionOf(notes: CaseNote[], today: string): { at: string; dueDay: string | null; overdue: boolean } | null {
  const last = [...notes].reverse().find((n) => n.kind === '督办');
  return last ? { at: last.at, dueDay: last.dueDay, overdue: last.dueDay !== null && today > last.dueDay } : null;
}
