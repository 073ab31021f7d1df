// kioskctl's text for 好差评: one line per rating, the bad ones with their reasons and follow-up.
import type { AdminRating } from '../../../shared/contract/case-admin.ts';
import { table, tableTime } from '../../text-table.ts';

export function formatRatings(ratings: AdminRating[], badOnly: boolean): string {
  if (ratings.length === 0) return badOnly ? 'no bad ratings' : 'no ratings';
  const rows = ratings.map((r) => [
    r.id,
    tableTime(r.ratedAt),
    r.label,
    r.siteCode,
    `${r.itemKind} ${r.item}`,
    r.reasons.length > 0 ? r.reasons.join('、') : '-',
    r.followUp ? `${r.followUp.state}${r.followUp.note ? `: ${r.followUp.note}` : ''}` : '-',
  ]);
  const lines = table(['ID', 'RATED', 'LEVEL', 'SITE', 'ITEM', 'REASON', 'FOLLOW-UP'], rows).split('\n');
  // The resident's own words under their rating: too long for a column.
  return [lines[0], ...ratings.flatMap((r, i) => [lines[i + 1]!, ...(r.reasonText ? [`    “${r.reasonText}”`] : [])])].join('\n');
}
