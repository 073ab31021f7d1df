// A `rating` transaction at the hub (服务评价). Stored without its personal part (the resident's own
// words go to the ratings row, for the follow-up). One rating per item: the first counts; a second
// one — from another kiosk, which could not know — is accepted as a transaction (the resident has
// left; parking it would only raise a false alarm at the kiosk) and recorded in rating_refusals.
// A payload off the contract (a bad level without a reason, an unknown target) is refused with the
// batch: a kiosk that follows the contract never sends one.
import { z } from 'zod';
import { levelsNeedingReason, ratingDataSchema, ratingPersonalSchema, ratingReasonsOf, RATING_KIND } from '../../../shared/contract/cases.ts';
import type { TransactionItem } from '../../../shared/contract/schemas.ts';
import { parseOrRefuse } from '../../cases/ingest-case.ts';
import type { Queryable } from '../../storage/database.ts';
import type { PreparedItem } from '../transaction-kinds.ts';
import { ItemRefused } from '../transactions.ts';
import { resolveLegacyTarget, resolveTarget, type ResolvedTarget } from './targets.ts';

/** Ratings made before targets and reasons (a ticket rated right after taking it). */
const legacyRatingSchema = z.strictObject({ ratesTransactionId: z.string().min(1).max(100), level: z.number().int().min(1).max(5), label: z.string() });

type Parsed =
  | { legacy: false; data: z.infer<typeof ratingDataSchema> }
  | { legacy: true; data: z.infer<typeof legacyRatingSchema> };

function parseData(data: unknown): Parsed {
  const legacy = legacyRatingSchema.safeParse(data);
  if (legacy.success) return { legacy: true, data: legacy.data };
  return { legacy: false, data: parseOrRefuse(ratingDataSchema, data, 'payload.data') };
}

async function legacyTarget(tx: Queryable, terminalId: string, transactionId: string): Promise<ResolvedTarget> {
  try {
    return await resolveLegacyTarget(tx, terminalId, transactionId);
  } catch (err) {
    // Accepted as before this contract, even when what it rates is not here.
    if (err instanceof ItemRefused) return { key: `transaction:${terminalId}:${transactionId}`, itemKind: 'unknown', itemLabel: transactionId };
    throw err;
  }
}

/** `timeZone`: the hub's (CENTRAL_TIME_ZONE), in which a rated ticket's date is a day. */
export function prepareRating(item: TransactionItem, timeZone: string): PreparedItem | null {
  if (item.kind !== RATING_KIND) return null;
  const payload = item.payload as { data?: unknown; personal?: unknown };
  const parsed = parseData(payload.data);
  // A kiosk leaves `personal` out when there is none (terminal/store/outbox.ts); null means the same.
  const personal = payload.personal == null ? null : parseOrRefuse(ratingPersonalSchema, payload.personal, 'payload.personal');
  const { personal: _dropped, ...rest } = payload;
  return {
    stored: { ...item, payload: rest },
    async apply(tx, terminalId) {
      const site = await tx.query<{ site_code: string }>('SELECT site_code FROM terminals WHERE terminal_id = $1', [terminalId]);
      const siteCode = site[0]?.site_code ?? '';
      const target = parsed.legacy ? await legacyTarget(tx, terminalId, parsed.data.ratesTransactionId) : await resolveTarget(tx, parsed.data.target, terminalId, siteCode, timeZone);
      const reason = parsed.legacy ? null : parsed.data.reason;
      const reasons = parsed.legacy ? [] : ratingReasonsOf(parsed.data);
      const bad = (levelsNeedingReason as readonly number[]).includes(parsed.data.level);
      const targetJson = parsed.legacy ? { type: 'transaction', transactionId: parsed.data.ratesTransactionId } : parsed.data.target;
      const inserted = await tx.query(
        `INSERT INTO ratings (target_key, target, item_kind, item_label, level, label, reason, reasons, reason_text, site_code, terminal_id, transaction_id, rated_at, follow_up_state)
         VALUES ($1, $2::jsonb, $3, $4, $5, $6, $7, $8::jsonb, $9, $10, $11, $12, $13::timestamptz, $14)
         ON CONFLICT (target_key) DO NOTHING RETURNING 1`,
        [target.key, JSON.stringify(targetJson), target.itemKind, target.itemLabel, parsed.data.level, parsed.data.label, reason, reasons.length > 0 ? JSON.stringify(reasons) : null,
          personal?.reasonText?.trim() || null, siteCode, terminalId, item.id, item.occurredAt, bad ? '待整改' : null],
      );
      if (inserted.length === 0) {
        await tx.query('INSERT INTO rating_refusals (terminal_id, transaction_id, target_key, reason) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING', [
          terminalId,
          item.id,
          target.key,
          'already-rated',
        ]);
      }
    },
  };
}
