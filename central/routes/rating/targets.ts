// What a rating rates, resolved at the hub to one item, so that one item has one rating however it
// was named: a case (by number, or by the application/demand transaction that made it), a
// transaction of the rating terminal (a ticket rated right after taking it), or a ticket number on
// a day at the rater's site (the queue-ticket transaction when found, else a counter visit).
import type { RatingTarget } from '../../../shared/contract/cases.ts';
import { lineageOf } from '../cases/lineage.ts';
import type { Queryable } from '../../storage/database.ts';
import { shiftDay, zonedDayStart } from '../../../config/zoned-time.ts';
import { ItemRefused } from '../transactions.ts';

export interface ResolvedTarget {
  /** Unique per rated item: the second rating of the same key is refused. */
  key: string;
  itemKind: string;
  itemLabel: string;
}

/**
 * A kiosk's date is a day on its site's clock; the hub's zone (CENTRAL_TIME_ZONE, Beijing time by
 * default) is the county's, which its kiosks' `site.timeZone` names too (issue 21).
 */
function dayBounds(date: string, timeZone: string): [string, string] {
  return [zonedDayStart(date, timeZone).toISOString(), zonedDayStart(shiftDay(date, 1), timeZone).toISOString()];
}

interface RatedTransaction {
  terminal_id: string;
  kind: string;
  case_number: unknown;
  ticket_number: unknown;
}

/**
 * Per id, the transaction it names among this terminal's and those it replaced (the first received
 * when several): one query for all the ids of a batch. The kiosk's outbox is in order, so what a
 * rating rates was delivered before (or in the same batch), perhaps under the id it had before
 * enrolling again.
 */
async function ratedTransactions(tx: Queryable, terminalId: string, ids: string[]): Promise<Map<string, RatedTransaction>> {
  if (ids.length === 0) return new Map();
  const lineage = (await lineageOf(tx, terminalId)).map((t) => t.terminalId);
  const rows = await tx.query<RatedTransaction & { id: string }>(
    `SELECT DISTINCT ON (id) terminal_id, id, kind, payload->'data'->'caseNumber' AS case_number, payload->'data'->'ticketNumber' AS ticket_number
       FROM transactions WHERE terminal_id = ANY($1::text[]) AND id = ANY($2::text[]) ORDER BY id, receipt_seq`,
    [lineage, [...new Set(ids)]],
  );
  return new Map(rows.map((row) => [row.id, row]));
}

/** Per case number, its kind and title: one query for all the numbers of a batch. */
async function casesByNumber(tx: Queryable, numbers: string[]): Promise<Map<string, { kind: string; title: string }>> {
  if (numbers.length === 0) return new Map();
  const rows = await tx.query<{ case_number: string; kind: string; title: string }>('SELECT case_number, kind, title FROM cases WHERE case_number = ANY($1::text[])', [[...new Set(numbers)]]);
  return new Map(rows.map((row) => [row.case_number, row]));
}

async function ticketTarget(tx: Queryable, siteCode: string, ticketNumber: string, date: string, timeZone: string): Promise<ResolvedTarget> {
  const [from, to] = dayBounds(date, timeZone);
  const rows = await tx.query<{ terminal_id: string; id: string }>(
    `SELECT t.terminal_id, t.id FROM transactions t JOIN terminals k ON k.terminal_id = t.terminal_id
      WHERE t.kind = 'queue-ticket' AND t.payload->'data'->>'ticketNumber' = $1 AND k.site_code = $2
        AND t.occurred_at >= $3::timestamptz AND t.occurred_at < $4::timestamptz
      ORDER BY t.occurred_at LIMIT 1`,
    [ticketNumber, siteCode, from, to],
  );
  if (rows[0]) return { key: `transaction:${rows[0].terminal_id}:${rows[0].id}`, itemKind: 'queue-ticket', itemLabel: `${ticketNumber} (${date})` };
  // A ticket from the hall's own dispenser, or one whose kiosk has not synced: the visit still counts.
  return { key: `counter:${siteCode}:${date}:${ticketNumber}`, itemKind: 'counter-visit', itemLabel: `${ticketNumber} (${date})` };
}

/** One rating's target as sent; `legacy`: a rating from before targets (`ratesTransactionId`). */
export interface TargetRequest {
  target: RatingTarget;
  legacy: boolean;
}

/**
 * The targets of a batch's ratings, in order: each resolved, or the refusal of its item. Ratings
 * of transactions and cases are resolved together (a query for all of them, not one per rating);
 * a ticket's day at the site is looked up per rating (rare: a counter visit rated by its number).
 */
export async function resolveTargets(tx: Queryable, requests: readonly TargetRequest[], terminalId: string, siteCode: string, timeZone: string): Promise<(ResolvedTarget | ItemRefused)[]> {
  const transactionIds = requests.flatMap((r) => (r.target.type === 'transaction' ? [r.target.transactionId] : []));
  const transactions = await ratedTransactions(tx, terminalId, transactionIds);
  const caseNumberOf = (rated: RatedTransaction | undefined) =>
    (rated?.kind === 'application' || rated?.kind === 'demand') && typeof rated.case_number === 'string' ? rated.case_number : null;
  const caseNumbers = requests.flatMap(({ target }) => {
    const caseNumber = target.type === 'case' ? target.caseNumber : target.type === 'transaction' ? caseNumberOf(transactions.get(target.transactionId)) : null;
    return caseNumber === null ? [] : [caseNumber];
  });
  const cases = await casesByNumber(tx, caseNumbers);

  // Cases are rated from the progress screen, which lists them live from here: an unknown one is a
  // kiosk's mistake or a forgery, refused rather than kept as a rating of nothing.
  const caseTarget = (caseNumber: string): ResolvedTarget | ItemRefused => {
    const found = cases.get(caseNumber);
    if (!found) return new ItemRefused('unknown-case', `no case ${caseNumber} at the hub to rate`, 'payload.data.target.caseNumber');
    return { key: `case:${caseNumber}`, itemKind: found.kind, itemLabel: `${caseNumber} ${found.title}` };
  };
  const transactionTarget = (transactionId: string, legacy: boolean): ResolvedTarget | ItemRefused => {
    const rated = transactions.get(transactionId);
    const path = legacy ? 'payload.data.ratesTransactionId' : 'payload.data.target.transactionId';
    if (!rated) return new ItemRefused('unknown-item', `this terminal sent no transaction ${transactionId} to rate`, path);
    const caseNumber = caseNumberOf(rated);
    if (caseNumber !== null) return caseTarget(caseNumber);
    const ticket = rated.ticket_number;
    return { key: `transaction:${rated.terminal_id}:${transactionId}`, itemKind: rated.kind, itemLabel: typeof ticket === 'string' ? ticket : transactionId };
  };

  const resolved: (ResolvedTarget | ItemRefused)[] = [];
  for (const { target, legacy } of requests) {
    if (target.type === 'case') resolved.push(caseTarget(target.caseNumber));
    else if (target.type === 'ticket') resolved.push(await ticketTarget(tx, siteCode, target.ticketNumber, target.date, timeZone));
    else {
      const found = transactionTarget(target.transactionId, legacy);
      // A legacy rating is accepted as before its contract, even when what it rates is not here.
      const fallback = { key: `transaction:${terminalId}:${target.transactionId}`, itemKind: 'unknown', itemLabel: target.transactionId };
      resolved.push(legacy && found instanceof ItemRefused ? fallback : found);
    }
  }
  return resolved;
}
