// A `rating` transaction at the hub (服务评价). Stored without its personal part (the resident's own
// words go to the ratings row, for the follow-up). One rating per item: the first counts; a second
// one — from another kiosk, which could not know — is accepted as a transaction (the resident has
// left; parking it would only raise a false alarm at the kiosk) and recorded in rating_refusals.
// A payload off the contract (a bad level without a reason, an unknown target) is refused with the
// batch: a kiosk that follows the contract never sends one.
import { z } from 'zod';
import { levelsNeedingReason, ratingDataSchema, ratingPersonalSchema, ratingReasonsOf, RATING_KIND } from '../../../shared/contract/cases.ts';
import type { TransactionItem } from '../../../shared/contract/schemas.ts';
import { parseOrRefuse } from '../cases/ingest-case.ts';
import type { Queryable } from '../../storage/database.ts';
import type { PreparedItem } from '../transaction-kinds.ts';
import { ItemRefused } from '../transactions.ts';
import { resolveTargets, type ResolvedTarget, type TargetRequest } from './targets.ts';
import { openRectifications, type RectificationSettings } from '../rectification/open-on-ingest.ts';
import { recordEvents } from '../../notify/outbox.ts';
import { isoOf } from '../../storage/database.ts';

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

const RATING_COLUMNS = 14;

/** A rating ready to store: what the kiosk sent, checked, without its personal part. */
class PreparedRating implements PreparedItem {
  constructor(
    readonly item: TransactionItem,
    readonly stored: TransactionItem,
    readonly parsed: Parsed,
    readonly reasonText: string | null,
    readonly settings: RectificationSettings,
  ) {}

  apply(tx: Queryable, terminalId: string): Promise<void> {
    return applyRatings(tx, terminalId, [this]);
  }

  readonly applyTogether = applyRatings;

  get target(): TargetRequest {
    return this.parsed.legacy
      ? { target: { type: 'transaction', transactionId: this.parsed.data.ratesTransactionId }, legacy: true }
      : { target: this.parsed.data.target, legacy: false };
  }
}

/**
 * Stores a run of ratings from one batch: their targets resolved together, one INSERT for the
 * ratings and one for the refusals. Within the run, as across batches, the first rating of an item
 * counts (rows of one INSERT … ON CONFLICT DO NOTHING are taken in order).
 */
async function applyRatings(tx: Queryable, terminalId: string, run: readonly PreparedItem[]): Promise<void> {
  const ratings = run.filter((p): p is PreparedRating => p instanceof PreparedRating);
  if (ratings.length === 0) return;
  const site = await tx.query<{ site_code: string }>('SELECT site_code FROM terminals WHERE terminal_id = $1', [terminalId]);
  const siteCode = site[0]?.site_code ?? '';
  const targets = await resolveTargets(tx, ratings.map((r) => r.target), terminalId, siteCode, ratings[0]!.settings.timeZone);
  const params: unknown[] = [];
  const rows = ratings.map((rating, i) => {
    const target = targets[i]!;
    if (target instanceof ItemRefused) throw new ItemRefused(target.code, target.message, target.path, rating.item);
    const { parsed, item } = rating;
    const reasons = parsed.legacy ? [] : ratingReasonsOf(parsed.data);
    const bad = (levelsNeedingReason as readonly number[]).includes(parsed.data.level);
    params.push(target.key, JSON.stringify(rating.target.target), target.itemKind, target.itemLabel, parsed.data.level, parsed.data.label, parsed.legacy ? null : parsed.data.reason,
      reasons.length > 0 ? JSON.stringify(reasons) : null, rating.reasonText, siteCode, terminalId, item.id, item.occurredAt, bad ? '待整改' : null);
    const p = (n: number) => `$${i * RATING_COLUMNS + n}`;
    return `(${p(1)}, ${p(2)}::jsonb, ${p(3)}, ${p(4)}, ${p(5)}::integer, ${p(6)}, ${p(7)}, ${p(8)}::jsonb, ${p(9)}, ${p(10)}, ${p(11)}, ${p(12)}, ${p(13)}::timestamptz, ${p(14)})`;
  });
  const inserted = await tx.query<{ id: string; transaction_id: string; target_key: string; level: number; rated_at: unknown }>(
    `INSERT INTO ratings (target_key, target, item_kind, item_label, level, label, reason, reasons, reason_text, site_code, terminal_id, transaction_id, rated_at, follow_up_state)
     VALUES ${rows.join(', ')}
     ON CONFLICT (target_key) DO NOTHING RETURNING id::text AS id, transaction_id, target_key, level, rated_at`,
    params,
  );
  // 好差评 整改 (issue 23): each bad rating stored here opens its rectification, in this
  // transaction; a batch of good ratings (most of them) costs no statement more.
  const badIds = new Set(ratings.filter((r) => (levelsNeedingReason as readonly number[]).includes(r.parsed.data.level)).map((r) => r.item.id));
  await openRectifications(tx, inserted.filter((row) => badIds.has(row.transaction_id)).map((row) => row.id), ratings[0]!.settings);
  // Webhooks (issue 26): the 好差评 system hears of each counted rating; the resident's words stay here.
  await recordEvents(
    tx,
    inserted.map((row) => {
      const ratedAt = isoOf(row.rated_at);
      return { type: 'rating.given' as const, at: ratedAt, data: { ratingId: row.id, target: row.target_key, level: row.level, siteCode, ratedAt } };
    }),
  );
  const counted = new Set(inserted.map((row) => row.transaction_id));
  const refused = ratings.flatMap((rating, i) => (counted.has(rating.item.id) ? [] : [[terminalId, rating.item.id, (targets[i] as ResolvedTarget).key, 'already-rated']]));
  if (refused.length === 0) return;
  await tx.query(
    `INSERT INTO rating_refusals (terminal_id, transaction_id, target_key, reason) VALUES ${refused.map((_, i) => `($${i * 4 + 1}, $${i * 4 + 2}, $${i * 4 + 3}, $${i * 4 + 4})`).join(', ')}
     ON CONFLICT DO NOTHING`,
    refused.flat(),
  );
}

/**
 * `settings.timeZone`: the hub's (CENTRAL_TIME_ZONE), in which a rated ticket's date is a day;
 * the rest: how a bad rating's 整改 is opened.
 */
export function prepareRating(item: TransactionItem, settings: RectificationSettings): PreparedItem | null {
  if (item.kind !== RATING_KIND) return null;
  const payload = item.payload as { data?: unknown; personal?: unknown };
  const parsed = parseData(payload.data);
  // A kiosk leaves `personal` out when there is none (terminal/store/outbox.ts); null means the same.
  const personal = payload.personal == null ? null : parseOrRefuse(ratingPersonalSchema, payload.personal, 'payload.personal');
  const { personal: _dropped, ...rest } = payload;
  return new PreparedRating(item, { ...item, payload: rest }, parsed, personal?.reasonText?.trim() || null, settings);
}
