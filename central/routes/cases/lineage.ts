// A kiosk that enrolled again (EnrollRequest.replaces) is still the same kiosk: its case numbers may
// carry an earlier number, and what it rates may have been delivered under an earlier id.
import type { Queryable } from '../../storage/database.ts';

/** How far back a chain of re-enrollments is followed (as transactions.ts does). */
const MAX_LINEAGE = 16;

/** This terminal and those it replaced, with their numbers (null for a terminal without one). */
export async function lineageOf(tx: Queryable, terminalId: string): Promise<{ terminalId: string; terminalNumber: number | null }[]> {
  const rows = await tx.query<{ terminal_id: string; terminal_number: number | null }>(
    `WITH RECURSIVE lineage (terminal_id, replaces, depth) AS (
       SELECT terminal_id, replaces, 0 FROM terminals WHERE terminal_id = $1
       UNION ALL
       SELECT t.terminal_id, t.replaces, l.depth + 1 FROM terminals t JOIN lineage l ON t.terminal_id = l.replaces WHERE l.depth < $2
     )
     SELECT terminal_id, terminal_number FROM terminals WHERE terminal_id IN (SELECT terminal_id FROM lineage)`,
    [terminalId, MAX_LINEAGE],
  );
  return rows.map((r) => ({ terminalId: r.terminal_id, terminalNumber: r.terminal_number }));
}
