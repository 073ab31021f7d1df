// The hall queue's SQL: tickets, calls and counters (migration 9). Plain reads and writes; the
// rules and the transactions around them are in hall-queue.ts.
import type { PriorityClass } from '../../../config/hall-schema.ts';
import type { Db } from '../../store/open-store.ts';
import type { WaitingTicket } from './ticket-order.ts';

export type TicketState = 'waiting' | 'called' | 'serving' | 'done' | 'skipped';

export interface TicketRow {
  id: string;
  day: string;
  number: string;
  queue_id: string;
  priority: PriorityClass | null;
  state: TicketState;
  issued_at: string;
  transferred_from: string | null;
  counter_id: string | null;
  called_at: string | null;
  started_at: string | null;
  finished_at: string | null;
  recalls: number;
  /** SQLite's rowid: the order the ticket was put in line. */
  seq: number;
}

export interface CallRow {
  id: number;
  ticket_id: string;
  counter_id: string;
  kind: 'call' | 'repeat' | 'recall';
  at: string;
  number: string;
}

export const waitingOf = (row: TicketRow): WaitingTicket => ({
  id: row.id,
  queueId: row.queue_id,
  priority: row.priority,
  issuedAt: row.issued_at,
  seq: row.seq,
  transferredFrom: row.transferred_from,
});

export function insertTicket(db: Db, t: { id: string; day: string; number: string; queueId: string; priority: PriorityClass | null; issuedAt: string }): void {
  db.prepare(`INSERT INTO hall_tickets (id, day, number, queue_id, priority, state, issued_at) VALUES (?, ?, ?, ?, ?, 'waiting', ?)`).run(
    t.id,
    t.day,
    t.number,
    t.queueId,
    t.priority,
    t.issuedAt,
  );
}

export function ticketById(db: Db, id: string): TicketRow | undefined {
  return db.prepare('SELECT rowid AS seq, * FROM hall_tickets WHERE id = ?').get(id) as TicketRow | undefined;
}

export function ticketByNumber(db: Db, day: string, number: string): TicketRow | undefined {
  return db.prepare('SELECT rowid AS seq, * FROM hall_tickets WHERE day = ? AND number = ?').get(day, number) as TicketRow | undefined;
}

export function waitingTickets(db: Db, day: string): TicketRow[] {
  return db.prepare(`SELECT rowid AS seq, * FROM hall_tickets WHERE day = ? AND state = 'waiting'`).all(day) as TicketRow[];
}

/** The ticket a counter holds (called or being served); at most one by the rules of hall-queue.ts. */
export function heldTicket(db: Db, day: string, counterId: string): TicketRow | undefined {
  return db.prepare(`SELECT rowid AS seq, * FROM hall_tickets WHERE day = ? AND counter_id = ? AND state IN ('called', 'serving')`).get(day, counterId) as TicketRow | undefined;
}

export function heldTickets(db: Db, day: string): TicketRow[] {
  return db.prepare(`SELECT rowid AS seq, * FROM hall_tickets WHERE day = ? AND state IN ('called', 'serving')`).all(day) as TicketRow[];
}

export function skippedTickets(db: Db, day: string): TicketRow[] {
  return db.prepare(`SELECT rowid AS seq, * FROM hall_tickets WHERE day = ? AND state = 'skipped' ORDER BY called_at`).all(day) as TicketRow[];
}

export function updateTicket(db: Db, id: string, set: Partial<Omit<TicketRow, 'id' | 'day' | 'number'>>): void {
  const keys = Object.keys(set) as (keyof typeof set)[];
  db.prepare(`UPDATE hall_tickets SET ${keys.map((k) => `${k} = @${k}`).join(', ')} WHERE id = @id`).run({ ...set, id });
}

export function insertCall(db: Db, ticketId: string, counterId: string, kind: CallRow['kind'], at: string): number {
  return Number(db.prepare('INSERT INTO hall_calls (ticket_id, counter_id, kind, at) VALUES (?, ?, ?, ?)').run(ticketId, counterId, kind, at).lastInsertRowid);
}

export function recentCalls(db: Db, day: string, limit: number): CallRow[] {
  return db
    .prepare(
      `SELECT c.id, c.ticket_id, c.counter_id, c.kind, c.at, t.number FROM hall_calls c JOIN hall_tickets t ON t.id = c.ticket_id
       WHERE t.day = ? ORDER BY c.id DESC LIMIT ?`,
    )
    .all(day, limit) as CallRow[];
}

export function callById(db: Db, id: number): CallRow | undefined {
  return db.prepare('SELECT c.id, c.ticket_id, c.counter_id, c.kind, c.at, t.number FROM hall_calls c JOIN hall_tickets t ON t.id = c.ticket_id WHERE c.id = ?').get(id) as CallRow | undefined;
}

export function finishedCount(db: Db, day: string): number {
  return (db.prepare(`SELECT COUNT(*) AS n FROM hall_tickets WHERE day = ? AND state = 'done'`).get(day) as { n: number }).n;
}

export function counterState(db: Db, counterId: string): { paused: boolean; streak: number } {
  const row = db.prepare('SELECT paused, priority_streak FROM hall_counters WHERE counter_id = ?').get(counterId) as { paused: number; priority_streak: number } | undefined;
  return { paused: row?.paused === 1, streak: row?.priority_streak ?? 0 };
}

export function writeCounterState(db: Db, counterId: string, state: { paused: boolean; streak: number }): void {
  db.prepare(
    `INSERT INTO hall_counters (counter_id, paused, priority_streak) VALUES (?, ?, ?)
     ON CONFLICT (counter_id) DO UPDATE SET paused = excluded.paused, priority_streak = excluded.priority_streak`,
  ).run(counterId, state.paused ? 1 : 0, state.streak);
}

/** Minutes from 开始办理 to 完成 of a queue's latest finished tickets today. */
export function recentServiceMinutes(db: Db, day: string, queueId: string, limit = 20): number[] {
  const rows = db
    .prepare(
      `SELECT started_at, finished_at FROM hall_tickets WHERE day = ? AND queue_id = ? AND state = 'done' AND started_at IS NOT NULL
       ORDER BY finished_at DESC LIMIT ?`,
    )
    .all(day, queueId, limit) as { started_at: string; finished_at: string }[];
  return rows.map((r) => (Date.parse(r.finished_at) - Date.parse(r.started_at)) / 60_000);
}
