// Rollbacks a terminal did by itself, kept per terminal until an admin acknowledges them: the
// fleet list shows a rolled-back terminal as a warning (the version it left and why), not as plain
// healthy, while `rollout status` only tells it to whoever looks at the rollout.
import type { Database, Queryable } from '../storage/database.ts';
import { isoOf } from '../storage/database.ts';
import { rollbackOf, type AcknowledgeRollbackResponse, type TerminalRollback, type UpdateFailure } from '../../shared/contract/releases.ts';

type Row = { terminal_id: string; version: string; back_on: string; why: string; at: Date | string; acknowledged_at: Date | string | null; acknowledged_by: string | null };

const viewOf = (row: Row): TerminalRollback => ({ version: row.version, backOn: row.back_on, why: row.why, at: isoOf(row.at) });

/**
 * Every heartbeat repeats the kiosk's last failures: each rollback is stored once (by terminal,
 * version and time), so an acknowledged one stays acknowledged, and a new one shows again.
 */
export async function recordRollbacks(db: Queryable, terminalId: string, failures: UpdateFailure[], now: Date): Promise<void> {
  for (const failure of failures) {
    const rollback = rollbackOf(failure);
    if (!rollback) continue;
    await db.query(
      `INSERT INTO terminal_rollbacks (terminal_id, version, back_on, why, at, reported_at) VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT DO NOTHING`,
      [terminalId, rollback.version, rollback.backOn, rollback.why.slice(0, 500), failure.at, now.toISOString()],
    );
  }
}

/** Per terminal, its rollbacks no admin has acknowledged, newest first. */
export async function openRollbacks(db: Queryable): Promise<Map<string, TerminalRollback[]>> {
  const rows = await db.query<Row>(
    'SELECT terminal_id, version, back_on, why, at, acknowledged_at, acknowledged_by FROM terminal_rollbacks WHERE acknowledged_at IS NULL ORDER BY at DESC',
  );
  const byTerminal = new Map<string, TerminalRollback[]>();
  for (const row of rows) byTerminal.set(row.terminal_id, [...(byTerminal.get(row.terminal_id) ?? []), viewOf(row)]);
  return byTerminal;
}

/** Marks all of a terminal's open rollbacks acknowledged, with who and when; returns them. */
export async function acknowledgeRollbacks(db: Database, terminalId: string, by: string, now: Date): Promise<AcknowledgeRollbackResponse> {
  const rows = await db.query<Row>(
    `UPDATE terminal_rollbacks SET acknowledged_at = $2, acknowledged_by = $3
      WHERE terminal_id = $1 AND acknowledged_at IS NULL
      RETURNING terminal_id, version, back_on, why, at, acknowledged_at, acknowledged_by`,
    [terminalId, now.toISOString(), by],
  );
  return {
    acknowledged: rows
      .map((row) => ({ ...viewOf(row), acknowledgedAt: isoOf(row.acknowledged_at), acknowledgedBy: row.acknowledged_by ?? by }))
      .sort((a, b) => b.at.localeCompare(a.at)),
  };
}
