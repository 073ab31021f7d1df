// What a rating rates, resolved at the hub to one item, so that one item has one rating however it
// was named: a case (by number, or by the application/demand transaction that made it), a
// transaction of the rating terminal (a ticket rated right after taking it), or a ticket number on
// a day at the rater's site (the queue-ticket transaction when found, else a counter visit).
import type { RatingTarget } from '../../../shared/contract/cases.ts';
import { findCase } from '../../cases/case-store.ts';
import { lineageOf } from '../../cases/lineage.ts';
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

async function caseTarget(tx: Queryable, caseNumber: string): Promise<ResolvedTarget> {
  const found = await findCase(tx, caseNumber);
  // Cases are rated from the progress screen, which lists them live from here: an unknown one is a
  // kiosk's mistake or a forgery, refused rather than kept as a rating of nothing.
  if (!found) throw new ItemRefused('unknown-case', `no case ${caseNumber} at the hub to rate`, 'payload.data.target.caseNumber');
  return { key: `case:${caseNumber}`, itemKind: found.kind, itemLabel: `${caseNumber} ${found.title}` };
}

async function transactionTarget(tx: Queryable, terminalId: string, transactionId: string, path: string): Promise<ResolvedTarget> {
  const lineage = (await lineageOf(tx, terminalId)).map((t) => t.terminalId);
  const rows = await tx.query<{ terminal_id: string; kind: string; payload: { data?: Record<string, unknown> } }>(
    'SELECT terminal_id, kind, payload FROM transactions WHERE terminal_id = ANY($1::text[]) AND id = $2 ORDER BY receipt_seq LIMIT 1',
    [lineage, transactionId],
  );
  const rated = rows[0];
  // The kiosk's outbox is in order: what it rates was delivered before (or in the same batch),
  // perhaps under the id it had before enrolling again.
  if (!rated) throw new ItemRefused('unknown-item', `this terminal sent no transaction ${transactionId} to rate`, path);
  const caseNumber = rated.payload.data?.caseNumber;
  if ((rated.kind === 'application' || rated.kind === 'demand') && typeof caseNumber === 'string') return caseTarget(tx, caseNumber);
  const ticket = rated.payload.data?.ticketNumber;
  return { key: `transaction:${rated.terminal_id}:${transactionId}`, itemKind: rated.kind, itemLabel: typeof ticket === 'string' ? ticket : transactionId };
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

export function resolveTarget(tx: Queryable, target: RatingTarget, terminalId: string, siteCode: string, timeZone: string): Promise<ResolvedTarget> {
  switch (target.type) {
    case 'case':
      return caseTarget(tx, target.caseNumber);
    case 'transaction':
      return transactionTarget(tx, terminalId, target.transactionId, 'payload.data.target.transactionId');
    case 'ticket':
      return ticketTarget(tx, siteCode, target.ticketNumber, target.date, timeZone);
  }
}

export function resolveLegacyTarget(tx: Queryable, terminalId: string, transactionId: string): Promise<ResolvedTarget> {
  return transactionTarget(tx, terminalId, transactionId, 'payload.data.ratesTransactionId');
}
