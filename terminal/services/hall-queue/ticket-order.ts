// Who a counter calls next, by the hall's rules: a ticket moved here by 转窗口 first (the resident
// has queued once already), then priority tickets (长辈, 残疾人, 军人, appointments, as the hall
// lists them) — but never more than `maxInRow` of them in a row while ordinary tickets wait, so
// the ordinary queue always moves — then everyone else by the time they took their number.
import type { PriorityClass } from '../../../config/hall-schema.ts';

export interface WaitingTicket {
  id: string;
  queueId: string;
  priority: PriorityClass | null;
  issuedAt: string;
  /** The order the host put tickets in line (the host's and other kiosks' alike): ties of issuedAt. */
  seq: number;
  transferredFrom: string | null;
}

export interface OrderRules {
  classes: readonly PriorityClass[];
  maxInRow: number;
}

const byIssue = (a: WaitingTicket, b: WaitingTicket) => a.issuedAt.localeCompare(b.issuedAt) || a.seq - b.seq;

function isPriority(ticket: WaitingTicket, rules: OrderRules): boolean {
  return ticket.priority !== null && rules.classes.includes(ticket.priority);
}

/** The next ticket for a counter whose last `streak` calls were priority tickets; null when nobody waits. */
export function nextTicket(waiting: readonly WaitingTicket[], rules: OrderRules, streak: number): WaitingTicket | null {
  const sorted = [...waiting].sort(byIssue);
  const transferred = sorted.find((t) => t.transferredFrom !== null);
  if (transferred) return transferred;
  const priority = sorted.find((t) => isPriority(t, rules));
  const ordinary = sorted.find((t) => !isPriority(t, rules));
  if (priority && (!ordinary || streak < rules.maxInRow)) return priority;
  return ordinary ?? null;
}

/**
 * How many tickets of its queue go before this one: an estimate for the resident (the interleaving
 * of priority tickets is left out, so it errs on the short side only for ordinary tickets when
 * priority ones arrive later).
 */
export function aheadOf(ticket: WaitingTicket, waiting: readonly WaitingTicket[], rules: OrderRules): number {
  const rank = (t: WaitingTicket) => (t.transferredFrom !== null ? 0 : isPriority(t, rules) ? 1 : 2);
  const mine = rank(ticket);
  return waiting.filter((t) => t.id !== ticket.id && t.queueId === ticket.queueId && (rank(t) < mine || (rank(t) === mine && byIssue(t, ticket) < 0))).length;
}
