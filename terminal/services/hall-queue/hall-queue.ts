// The hall's queue (issue 25): tickets wait, counters call them, the display announces the calls.
// Every counter action reads and changes the store in one IMMEDIATE SQLite transaction, so two
// counters pressing 叫号 at once get two different tickets, a kill -9 mid-action loses nothing,
// and a ticket once called is never handed out again. A refused action changes nothing.
import type { HallConfig, PriorityClass } from '../../../config/hall-schema.ts';
import { zonedDay } from '../../../config/zoned-time.ts';
import type { Db } from '../../store/open-store.ts';
import { refusalText, type ActionOutcome, type CounterAction, type Refusal } from './counter-action.ts';
import * as rows from './hall-rows.ts';
import { aheadOf, nextTicket } from './ticket-order.ts';
import { estimateWait, type WaitRange } from './wait-estimate.ts';

export interface HallQueueDeps {
  db: Db;
  hall(): HallConfig;
  /** The catalog's 取号排队 queues. */
  queues(): readonly { id: string; name: string }[];
  now(): Date;
  timeZone(): string;
  /**
   * Records a finished ticket's service for the hub's statistics, inside the 完成's own SQLite
   * transaction (so with its outbox row: delivered exactly once). `seq` counts the day's finished
   * tickets on this host.
   */
  recordService?(service: FinishedService, seq: number): void;
}

/** What the hub gets for each finished ticket: times and places, nothing about the resident. */
export interface FinishedService {
  day: string;
  ticketNumber: string;
  queueId: string;
  counterId: string;
  counterNumber: number;
  priority: PriorityClass | null;
  transferredFrom: string | null;
  recalls: number;
  issuedAt: string;
  calledAt: string;
  startedAt: string;
  finishedAt: string;
}

export interface HallCall {
  id: number;
  number: string;
  counterId: string;
  counterNumber: number;
  kind: rows.CallRow['kind'];
  at: string;
}

export interface HallBoard {
  counters: { id: string; number: number; paused: boolean; ticket: { number: string; state: rows.TicketState } | null }[];
  lastCalls: HallCall[];
  waiting: { queueId: string; name: string; count: number }[];
}

export interface TicketPosition {
  ahead: number;
  wait: WaitRange;
}

const refuse = (reason: Refusal): ActionOutcome => ({ ok: false, reason, message: refusalText[reason] });
/** Thrown inside a transaction to roll it back and answer with the refusal. */
class Refused extends Error {
  constructor(readonly reason: Refusal) {
    super(reason);
  }
}

export function createHallQueue(deps: HallQueueDeps) {
  const { db } = deps;
  const listeners = new Set<(call: HallCall | null) => void>();
  const today = () => zonedDay(deps.now(), deps.timeZone());
  const stamp = () => deps.now().toISOString();
  const counter = (id: string) => deps.hall().counters.find((c) => c.id === id);
  const rules = () => deps.hall().priority;
  const callView = (row: rows.CallRow): HallCall => ({
    id: row.id,
    number: row.number,
    counterId: row.counter_id,
    counterNumber: counter(row.counter_id)?.number ?? 0,
    kind: row.kind,
    at: row.at,
  });

  function held(day: string, counterId: string): rows.TicketRow {
    const ticket = rows.heldTicket(db, day, counterId);
    if (!ticket) throw new Refused('no-ticket');
    return ticket;
  }

  /** One action's changes; returns the ticket it left the counter with and the call to announce. */
  function apply(counterId: string, action: CounterAction): { ticket: rows.TicketRow | null; callId: number | null } {
    const desk = counter(counterId);
    if (!desk) throw new Refused('unknown-counter');
    const day = today();
    const at = stamp();
    const state = rows.counterState(db, counterId);
    const known = (queueId: string) => deps.queues().some((q) => q.id === queueId);
    switch (action.kind) {
      case 'call': {
        if (state.paused) throw new Refused('paused');
        if (rows.heldTicket(db, day, counterId)) throw new Refused('busy');
        if (action.queueId && !desk.queues.includes(action.queueId)) throw new Refused('not-your-queue');
        const mine = action.queueId ? [action.queueId] : desk.queues;
        const waiting = rows.waitingTickets(db, day).filter((t) => mine.includes(t.queue_id));
        const next = nextTicket(waiting.map(rows.waitingOf), rules(), state.streak);
        if (!next) throw new Refused('nobody-waiting');
        const chosen = waiting.find((t) => t.id === next.id)!;
        const priority = chosen.priority !== null && rules().classes.includes(chosen.priority) && chosen.transferred_from === null;
        rows.updateTicket(db, chosen.id, { state: 'called', counter_id: counterId, called_at: at });
        rows.writeCounterState(db, counterId, { paused: false, streak: priority ? state.streak + 1 : 0 });
        return { ticket: rows.ticketById(db, chosen.id)!, callId: rows.insertCall(db, chosen.id, counterId, 'call', at) };
      }
      case 'repeat': {
        const ticket = held(day, counterId);
        if (ticket.state !== 'called') throw new Refused('wrong-state');
        return { ticket, callId: rows.insertCall(db, ticket.id, counterId, 'repeat', at) };
      }
      case 'skip': {
        const ticket = held(day, counterId);
        if (ticket.state !== 'called') throw new Refused('wrong-state');
        rows.updateTicket(db, ticket.id, { state: 'skipped' });
        return { ticket: null, callId: null };
      }
      case 'recall': {
        if (state.paused) throw new Refused('paused');
        if (rows.heldTicket(db, day, counterId)) throw new Refused('busy');
        const ticket = rows.ticketByNumber(db, day, action.number);
        if (!ticket) throw new Refused('no-such-ticket');
        if (!desk.queues.includes(ticket.queue_id)) throw new Refused('not-your-queue');
        if (ticket.state !== 'skipped') throw new Refused('wrong-state');
        if (ticket.recalls >= deps.hall().recallLimit) throw new Refused('recall-limit');
        rows.updateTicket(db, ticket.id, { state: 'called', counter_id: counterId, called_at: at, recalls: ticket.recalls + 1 });
        return { ticket: rows.ticketById(db, ticket.id)!, callId: rows.insertCall(db, ticket.id, counterId, 'recall', at) };
      }
      case 'start': {
        const ticket = held(day, counterId);
        if (ticket.state !== 'called') throw new Refused('wrong-state');
        rows.updateTicket(db, ticket.id, { state: 'serving', started_at: at });
        return { ticket: rows.ticketById(db, ticket.id)!, callId: null };
      }
      case 'finish': {
        // Held tickets only: a ticket already done is not held, so a second 完成 is refused.
        const ticket = held(day, counterId);
        // 完成 without 开始办理: the service is counted from the call.
        const startedAt = ticket.started_at ?? ticket.called_at!;
        rows.updateTicket(db, ticket.id, { state: 'done', finished_at: at, started_at: startedAt });
        deps.recordService?.(
          {
            day,
            ticketNumber: ticket.number,
            queueId: ticket.queue_id,
            counterId,
            counterNumber: desk.number,
            priority: ticket.priority,
            transferredFrom: ticket.transferred_from,
            recalls: ticket.recalls,
            issuedAt: ticket.issued_at,
            calledAt: ticket.called_at!,
            startedAt,
            finishedAt: at,
          },
          rows.finishedCount(db, day),
        );
        return { ticket: null, callId: null };
      }
      case 'transfer': {
        const ticket = held(day, counterId);
        if (!known(action.queueId)) throw new Refused('no-such-queue');
        if (action.queueId === ticket.queue_id) throw new Refused('wrong-state');
        rows.updateTicket(db, ticket.id, { state: 'waiting', queue_id: action.queueId, transferred_from: ticket.queue_id, counter_id: null });
        return { ticket: null, callId: null };
      }
      case 'pause':
      case 'resume': {
        // A counter pauses between residents: the one at the window is finished or sent on first.
        if (action.kind === 'pause' && rows.heldTicket(db, day, counterId)) throw new Refused('busy');
        rows.writeCounterState(db, counterId, { ...state, paused: action.kind === 'pause' });
        return { ticket: null, callId: null };
      }
    }
  }

  const run = db.transaction(apply);

  return {
    /** Puts a new ticket in line; must run inside the transaction that records the ticket. */
    enqueue(ticket: { id: string; number: string; queueId: string; priority: PriorityClass | null; issuedAt: Date }): void {
      rows.insertTicket(db, { ...ticket, day: zonedDay(ticket.issuedAt, deps.timeZone()), issuedAt: ticket.issuedAt.toISOString() });
    },
    /** After the enqueue's transaction committed: the display's waiting counts change. */
    announceTicket(): void {
      for (const listener of listeners) listener(null);
    },
    act(counterId: string, action: CounterAction): ActionOutcome {
      let result: ReturnType<typeof apply>;
      try {
        result = run.immediate(counterId, action);
      } catch (err) {
        if (err instanceof Refused) return refuse(err.reason);
        throw err;
      }
      const call = result.callId === null ? null : callView(rows.callById(db, result.callId)!);
      for (const listener of listeners) listener(call);
      return { ok: true, ticket: result.ticket && { number: result.ticket.number, state: result.ticket.state } };
    },
    /** One announced call, however far back (the display may fetch its clip late). */
    call(id: number): HallCall | null {
      const row = rows.callById(db, id);
      return row ? callView(row) : null;
    },
    /** What the hall display shows. */
    board(): HallBoard {
      const day = today();
      const heldByCounter = new Map(rows.heldTickets(db, day).map((t) => [t.counter_id, t]));
      const waiting = rows.waitingTickets(db, day);
      return {
        counters: deps.hall().counters.map((c) => {
          const t = heldByCounter.get(c.id);
          return { id: c.id, number: c.number, paused: rows.counterState(db, c.id).paused, ticket: t ? { number: t.number, state: t.state } : null };
        }),
        lastCalls: rows.recentCalls(db, day, 8).map(callView),
        waiting: deps.queues().map((q) => ({ queueId: q.id, name: q.name, count: waiting.filter((t) => t.queue_id === q.id).length })),
      };
    },
    /** A counter page's state: its ticket, whether it is paused, who waits for it, what it may recall. */
    counterView(counterId: string) {
      const desk = counter(counterId);
      if (!desk) return null;
      const day = today();
      const t = rows.heldTicket(db, day, counterId);
      return {
        id: desk.id,
        number: desk.number,
        queues: desk.queues,
        paused: rows.counterState(db, counterId).paused,
        ticket: t ? { number: t.number, state: t.state, queueId: t.queue_id, priority: t.priority } : null,
        waiting: rows.waitingTickets(db, day).filter((w) => desk.queues.includes(w.queue_id)).length,
        recallable: rows
          .skippedTickets(db, day)
          .filter((s) => desk.queues.includes(s.queue_id) && s.recalls < deps.hall().recallLimit)
          .map((s) => s.number),
      };
    },
    /** How many go before a waiting ticket, and the wait as a range; null once it is called. */
    position(ticketId: string): TicketPosition | null {
      const ticket = rows.ticketById(db, ticketId);
      if (!ticket || ticket.state !== 'waiting') return null;
      const waiting = rows.waitingTickets(db, ticket.day);
      const ahead = aheadOf(rows.waitingOf(ticket), waiting.map(rows.waitingOf), rules());
      const open = deps.hall().counters.filter((c) => c.queues.includes(ticket.queue_id) && !rows.counterState(db, c.id).paused).length;
      return { ahead, wait: estimateWait(ahead, rows.recentServiceMinutes(db, ticket.day, ticket.queue_id), open, deps.hall().defaultServiceMinutes) };
    },
    /** Tickets waiting now, per queue id (the 取号 screen's counts). */
    waitingCounts(): Record<string, number> {
      const counts: Record<string, number> = {};
      for (const t of rows.waitingTickets(db, today())) counts[t.queue_id] = (counts[t.queue_id] ?? 0) + 1;
      return counts;
    },
    /** Called with each announced call (null: only the counts changed). */
    onChange(listener: (call: HallCall | null) => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export type HallQueue = ReturnType<typeof createHallQueue>;
