// The kinds of transaction that need more at the hub than being stored: each service registers a
// handler for its kind here (server.ts), and the batch route asks the one for an item's kind.
import type { TransactionItem } from '../../shared/contract/schemas.ts';
import type { PrepareItem } from './transactions.ts';

export type PreparedItem = NonNullable<ReturnType<PrepareItem>>;
export type KindHandler = (item: TransactionItem) => PreparedItem | null;

/** One PrepareItem over per-kind handlers; a kind without one is stored as sent. */
export function preparerFor(handlers: Record<string, KindHandler>): PrepareItem {
  const byKind = new Map(Object.entries(handlers));
  return (item) => byKind.get(item.kind)?.(item) ?? null;
}
