// 服务评价 (好差评) behind KioskApi: a rating of an item of this visit, of one of the resident's
// cases they were shown, or of a counter visit named by its ticket. One rating per item at this
// kiosk: the rating transaction and the "rated" mark commit in ONE SQLite transaction, so a double
// tap or a second attempt is refused and nothing is stored twice. The optional words are the
// resident's own and travel sealed, as personal data.
import { KioskError } from '../../kiosk-error.ts';
import { said } from '../../says/say.ts';
import { formatCaseNumber, ratingDataSchema, type RatingTarget } from '../../../shared/contract/cases.ts';
import type { Db } from '../../store/open-store.ts';
import { rethrowStorageError, type StoredTransaction, type TransactionStore } from '../../store/transactions.ts';
import type { Session } from '../../session.ts';
import type { RateResult, RatingItem } from './rating-contract.ts';
import type { SeenCase } from '../progress-query/progress-service.ts';
import { checkCaseTarget, checkRating, checkTicketTarget, targetKey } from './rating-rules.ts';

export interface RatingServiceDeps {
  db: Db;
  transactions: TransactionStore;
  now: () => Date;
  /** The site's zone: a ticket's day is the day on the hall's clock it was numbered in. */
  timeZone: () => string;
  /** Cases the resident was shown in full during this visit (办件进度查询). */
  seenCases: (session: Session) => SeenCase[];
  /** The catalog's name of a certificate type (居住证明…), for the list of items. */
  certificateName: (type: string) => string | null;
}

const RATEABLE_KINDS = new Set(['queue-ticket', 'certificate-print', 'application', 'demand']);

export const ALREADY_RATED = said('cases.alreadyRated');

/** A filed case's parts (its title is the item's name or the demand's category). */
function caseOf(tx: StoredTransaction): RatingItem['case'] {
  const d = tx.data as Record<string, unknown>;
  if ((tx.kind !== 'application' && tx.kind !== 'demand') || typeof d.caseNumber !== 'string') return undefined;
  const title = tx.kind === 'application' ? d.itemName : d.category;
  return typeof title === 'string' ? { kind: tx.kind, title, formattedCaseNumber: formatCaseNumber(d.caseNumber) } : undefined;
}

function titleOf(tx: StoredTransaction, certificateName: (type: string) => string | null): string {
  const d = tx.data as Record<string, unknown>;
  const text = (v: unknown) => (typeof v === 'string' ? v : '');
  switch (tx.kind) {
    case 'queue-ticket':
      return `${text(d.serviceName) || '取号排队'} ${text(d.ticketNumber)}`.trim();
    case 'certificate-print':
      return certificateName(text(d.certificateType)) ?? '证明打印';
    case 'application':
      return `${text(d.itemName)} ${d.caseNumber ? formatCaseNumber(text(d.caseNumber)) : ''}`.trim();
    default:
      return `${text(d.category)} ${d.caseNumber ? formatCaseNumber(text(d.caseNumber)) : ''}`.trim();
  }
}

export function createRatingService(deps: RatingServiceDeps) {
  const isRated = deps.db.prepare('SELECT 1 FROM ratings_local WHERE target_key = ?');
  const mark = deps.db.prepare('INSERT INTO ratings_local (target_key, transaction_id, rated_at) VALUES (?, ?, ?)');
  const rated = (key: string) => isRated.get(key) !== undefined;

  const visitItems = (session: Session) =>
    [...session.transactionIds]
      .map((id) => deps.transactions.get(id))
      .filter((tx): tx is StoredTransaction => tx !== null && RATEABLE_KINDS.has(tx.kind));

  /** The target as the contract wants it, the transaction it rates (if any), and its service. */
  const resolve = (session: Session, target: RatingTarget): { target: RatingTarget; rates: StoredTransaction | null } => {
    if (target.type === 'transaction') {
      const tx = session.transactionIds.has(target.transactionId) ? deps.transactions.get(target.transactionId) : null;
      if (!tx || !RATEABLE_KINDS.has(tx.kind)) throw new KioskError('not-found', said('cases.ratingTargetNotFound'));
      return { target, rates: tx };
    }
    if (target.type === 'case') {
      const caseNumber = checkCaseTarget(target.caseNumber);
      const ofVisit = visitItems(session).some((tx) => tx.data.caseNumber === caseNumber);
      if (!ofVisit && !deps.seenCases(session).some((c) => c.caseNumber === caseNumber)) {
        throw new KioskError('not-found', said('cases.ratingCaseNotSeen'));
      }
      return { target: { type: 'case', caseNumber }, rates: null };
    }
    return { target: { type: 'ticket', ...checkTicketTarget(target.ticketNumber, target.date, deps.now(), deps.timeZone()) }, rates: null };
  };

  return {
    targets(session: Session): RatingItem[] {
      const items: RatingItem[] = [];
      const keys = new Set<string>();
      for (const tx of visitItems(session)) {
        const target: RatingTarget = { type: 'transaction', transactionId: tx.id };
        const key = targetKey(target, tx, deps.timeZone());
        keys.add(key);
        const filed = caseOf(tx);
        items.push({ target, title: titleOf(tx, deps.certificateName), kind: 'visit', rated: rated(key), ...(filed ? { case: filed } : {}) });
      }
      for (const c of deps.seenCases(session)) {
        const target: RatingTarget = { type: 'case', caseNumber: c.caseNumber };
        const key = targetKey(target, null, deps.timeZone());
        if (keys.has(key)) continue; // recorded in this visit: already listed
        const formattedCaseNumber = formatCaseNumber(c.caseNumber);
        items.push({ target, title: `${c.title} ${formattedCaseNumber}`, kind: 'case', rated: rated(key), case: { kind: c.kind, title: c.title, formattedCaseNumber } });
      }
      return items;
    },

    rate(session: Session, nextSeq: () => number, ratingServiceId: string, asked: RatingTarget, level: number, reasons: readonly string[], reasonText: string | null): RateResult {
      const { target, rates } = resolve(session, asked);
      const rating = checkRating(level, reasons, reasonText);
      const key = targetKey(target, rates, deps.timeZone());
      if (rated(key)) return { ok: false, reason: 'already-rated', ...ALREADY_RATED };
      const at = deps.now();
      // `reason` (the first) too: a hub or report that reads one reason still finds one.
      const chosen = rating.reasons.length > 0 ? { reason: rating.reasons[0], reasons: rating.reasons } : { reason: null };
      const data = ratingDataSchema.parse({ target, level: rating.level, label: rating.label, ...chosen });
      const commit = deps.db.transaction(() => {
        const transactionId = deps.transactions.record({
          sessionId: session.id,
          seq: nextSeq(),
          kind: 'rating',
          serviceId: rates?.serviceId ?? ratingServiceId,
          occurredAt: at,
          data,
          ...(rating.reasonText !== null ? { personal: { reasonText: rating.reasonText } } : {}),
        });
        mark.run(key, transactionId, at.toISOString());
        return transactionId;
      });
      try {
        return { ok: true, transactionId: commit() };
      } catch (err) {
        if ((err as { code?: string }).code === 'SQLITE_CONSTRAINT_PRIMARYKEY') return { ok: false, reason: 'already-rated', ...ALREADY_RATED };
        rethrowStorageError(err);
      }
    },
  };
}

export type RatingService = ReturnType<typeof createRatingService>;
