// Wrong technician PINs: after five in a row the gesture is locked, one minute the first time and
// twice as long each time after (at most a day), so a PIN of four digits cannot be walked through.
// The count lives in the store: restarting the kiosk does not reset it. A right PIN clears it.
import type { Db } from '../store/open-store.ts';

export const FAILURES_BEFORE_LOCK = 5;
const FIRST_LOCK_MS = 60_000;
const LONGEST_LOCK_MS = 24 * 3_600_000;

interface Row {
  failures: number;
  lockouts: number;
  locked_until: string | null;
}

function read(db: Db): Row {
  return (db.prepare('SELECT failures, lockouts, locked_until FROM technician_lockout WHERE id = 1').get() as Row | undefined) ?? { failures: 0, lockouts: 0, locked_until: null };
}

function write(db: Db, row: Row): void {
  db.prepare(
    `INSERT INTO technician_lockout (id, failures, lockouts, locked_until) VALUES (1, ?, ?, ?)
     ON CONFLICT (id) DO UPDATE SET failures = excluded.failures, lockouts = excluded.lockouts, locked_until = excluded.locked_until`,
  ).run(row.failures, row.lockouts, row.locked_until);
}

/** Milliseconds the gesture stays locked, or 0. */
export function lockedForMs(db: Db, now: number): number {
  const until = read(db).locked_until;
  return until ? Math.max(0, Date.parse(until) - now) : 0;
}

/** Counts a wrong PIN; returns how long the gesture is now locked (0 while under the limit). */
export function recordWrongPin(db: Db, now: number): number {
  const row = read(db);
  const failures = row.failures + 1;
  if (failures < FAILURES_BEFORE_LOCK) {
    write(db, { ...row, failures });
    return 0;
  }
  const lockMs = Math.min(LONGEST_LOCK_MS, FIRST_LOCK_MS * 2 ** row.lockouts);
  write(db, { failures: 0, lockouts: row.lockouts + 1, locked_until: new Date(now + lockMs).toISOString() });
  return lockMs;
}

export function recordRightPin(db: Db): void {
  write(db, { failures: 0, lockouts: 0, locked_until: null });
}
