// What the heartbeat does for updates (issue 12), kept out of routes/heartbeat.ts: record a
// terminal's failed updates (and a health alarm on the rollout's version) toward the rollout's
// self-halt, and keep its rollbacks for the fleet list (issue 21). The release it should run is
// read with the beat's own statement (rollout-store.ts offerFor), after these are recorded.
import type { HeartbeatRequest } from '../../shared/contract/schemas.ts';
import { classifyHealth } from '../health.ts';
import type { Database } from '../storage/database.ts';
import { recordUpdateFailures } from './rollout-store.ts';
import { recordRollbacks } from './rollback-store.ts';

/**
 * Writes nothing (and asks the database nothing) for the usual beat, which reports no failure.
 * True when the beat reported a failure, which may have halted the rollout.
 */
export async function recordUpdateReports(db: Database, terminalId: string, beat: HeartbeatRequest, now: Date): Promise<boolean> {
  const failures = [...(beat.update?.failures ?? [])];
  // Device alerts (paper out, a reader unplugged) are the hall's, not the software's: only what a
  // version can cause (a dead screen, a full disk) counts against it.
  const health = classifyHealth({ heartbeatAgeSeconds: 0, replacedBy: null, screen: beat.screen ?? null, alerts: [], freeDiskBytes: beat.freeDiskBytes ?? null, sync: beat.sync });
  if (health.state === 'alarm') failures.push({ version: beat.softwareVersion, reason: `health alarm while running it: ${health.reasons[0] ?? 'unknown'}`, at: now.toISOString() });
  await recordUpdateFailures(db, terminalId, failures, now);
  // Whether or not a rollout is active: a rollback after a rollout halted is still the admin's to see.
  await recordRollbacks(db, terminalId, beat.update?.failures ?? [], now);
  return failures.length > 0;
}
