// What every heartbeat ran before issue 27's batching, in one statement: the terminal's latest
// report written, its open commands taken (marked delivered), and the offering rollout read. The
// hub now writes reports in batches (heartbeat-writer.ts) and asks for commands and rollouts only
// when something is open (heartbeat-open-work.ts); this statement stays as the one-beat-at-a-time
// reference the batched writer is checked against (tests/central/suites/heartbeat-writes.ts).
import type { HeartbeatRequest } from '../../shared/contract/schemas.ts';
import { takeOpenCommandsSql } from '../commands/command-store.ts';
import { OFFERING_ROLLOUT_FOR_TERMINAL_SQL, type OfferingRollout } from '../releases/rollout-store.ts';
import type { Queryable } from '../storage/database.ts';
import { ONLINE_WITHIN_SECONDS } from '../health.ts';

export interface BeatRecorded {
  /** Null for a terminal enrolled before terminal numbers (hub migration 10). */
  terminalNumber: number | null;
  /** The taken commands' signed envelopes, as stored. */
  commands: string[];
  rollout: OfferingRollout | null;
}

// Availability statistics (issue 23): the time since this terminal's previous beat, when it was
// online meanwhile (at most ONLINE_WITHIN_SECONDS), added to this hour's bucket as heard, and as
// serving when this beat says it serves residents ($9). The whole gap goes to the hour of the
// beat that closes it (at most 3 minutes off at an hour's edge). \`previous\` reads the row before
// \`beat\` updates it: every part of one statement sees the same snapshot.
const HEALTH_HOUR_CTE = `previous AS (SELECT last_heartbeat_at AS at FROM terminals WHERE terminal_id = $1
  ), gap AS (SELECT LEAST(3600, EXTRACT(EPOCH FROM $6::timestamptz - at))::integer AS seconds FROM previous
              WHERE at < $6::timestamptz AND at >= $6::timestamptz - make_interval(secs => ${ONLINE_WITHIN_SECONDS})
  ), health AS (
    INSERT INTO terminal_health_hours AS h (terminal_id, hour, heard_seconds, serving_seconds)
    SELECT $1, date_bin('1 hour', $6::timestamptz, TIMESTAMPTZ '2000-01-01 00:00:00+00'), seconds, CASE WHEN $9::boolean THEN seconds ELSE 0 END FROM gap
    ON CONFLICT (terminal_id, hour) DO UPDATE
       SET heard_seconds = LEAST(3600, h.heard_seconds + EXCLUDED.heard_seconds), serving_seconds = LEAST(3600, h.serving_seconds + EXCLUDED.serving_seconds)
  )`;

// Central's clock ($6), not the terminal's `at`, decides online/offline: kiosk clocks drift. A
// kiosk too old to send screen/alerts/disk leaves the last known values (null) in place.
const BEAT_SQL = `WITH beat AS (
    UPDATE terminals
       SET last_heartbeat_at = $6::timestamptz, software_version = $2, devices = $3::jsonb, sync = $4::jsonb,
           screen = $5::jsonb, alerts = $7::jsonb, free_disk_bytes = $8
     WHERE terminal_id = $1
     RETURNING terminal_number
  ), taken AS (${takeOpenCommandsSql('$6')}
  ), offering AS (${OFFERING_ROLLOUT_FOR_TERMINAL_SQL}
  ), ${HEALTH_HOUR_CTE}
  SELECT (SELECT terminal_number FROM beat) AS terminal_number,
         (SELECT coalesce(json_agg(signed), '[]'::json) FROM taken) AS commands,
         (SELECT row_to_json(offering) FROM offering) AS rollout`;

/** `serving`: the beat's own report says residents can use the kiosk (servesResidents). */
export async function recordBeat(db: Queryable, terminalId: string, beat: HeartbeatRequest, now: Date, serving = true): Promise<BeatRecorded> {
  const [row] = await db.query<{ terminal_number: number | null; commands: string[] | string; rollout: OfferingRollout | string | null }>(BEAT_SQL, [
    terminalId,
    beat.softwareVersion,
    JSON.stringify(beat.devices),
    JSON.stringify(beat.sync),
    beat.screen ? JSON.stringify(beat.screen) : null,
    now.toISOString(),
    JSON.stringify(beat.alerts ?? []),
    beat.freeDiskBytes ?? null,
    serving,
  ]);
  // Drivers hand `json` back parsed (pg) or as text (PGlite, by type): either reads the same.
  const parsed = <T>(value: T | string): T => (typeof value === 'string' ? (JSON.parse(value) as T) : value);
  return { terminalNumber: row?.terminal_number ?? null, commands: parsed(row?.commands ?? []), rollout: row?.rollout == null ? null : parsed(row.rollout) };
}
