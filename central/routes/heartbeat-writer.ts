// The latest heartbeat of every terminal, written in batches: one statement every second (or
// sooner when many are waiting) for all the beats heard meanwhile, instead of an UPDATE per beat
// (issue 27). The statement does for the batch exactly what the per-beat statement
// (heartbeat-statement.ts) does beat by beat, in the order the beats arrived: the terminal's row
// ends as its newest beat left it, and each beat's gap since the one before it (the stored one for
// a terminal's first beat in the batch) goes to its hour's availability bucket, the buckets' caps
// applied to the sums (a cap of sums equals the sum of capped additions, all being positive).
// Readers in this process flush first (flushedBefore), so they see every beat answered so far;
// another hub process sees a beat at most FLUSH_EVERY_MS late, far inside ONLINE_WITHIN_SECONDS.
import type { HeartbeatRequest } from '../../shared/contract/schemas.ts';
import { ONLINE_WITHIN_SECONDS } from '../health.ts';
import type { Database } from '../storage/database.ts';

const FLUSH_EVERY_MS = 1_000;
/** A batch this large is written at once rather than at the next tick. */
const FLUSH_AT_BEATS = 2_000;
/** While the database refuses the writes, at most this many beats wait (the oldest go first). */
const MAX_WAITING_BEATS = 100_000;

interface PendingBeat {
  terminal_id: string;
  at: string;
  software_version: string;
  devices: unknown;
  sync: unknown;
  screen: unknown;
  alerts: unknown;
  free_disk_bytes: number | null;
  serving: boolean;
  ord: number;
}

// A terminal's row takes its newest beat only when no later one is already stored (another hub
// process may have written a later beat of the same terminal first): the fleet view never goes back.
const WRITE_BEATS_SQL = `WITH beats AS (
    SELECT * FROM json_to_recordset($1::json) AS b(terminal_id text, at timestamptz, software_version text, devices jsonb, sync jsonb,
      screen jsonb, alerts jsonb, free_disk_bytes bigint, serving boolean, ord integer)
  ), ordered AS (
    SELECT b.*, COALESCE(lag(b.at) OVER arrival, t.last_heartbeat_at) AS previous_at,
           row_number() OVER (PARTITION BY b.terminal_id ORDER BY b.ord DESC) AS newest_first
      FROM beats b JOIN terminals t USING (terminal_id)
    WINDOW arrival AS (PARTITION BY b.terminal_id ORDER BY b.ord)
  ), gaps AS (
    SELECT terminal_id, date_bin('1 hour', at, TIMESTAMPTZ '2000-01-01 00:00:00+00') AS hour, serving,
           LEAST(3600, EXTRACT(EPOCH FROM at - previous_at))::integer AS seconds
      FROM ordered WHERE previous_at < at AND previous_at >= at - make_interval(secs => ${ONLINE_WITHIN_SECONDS})
  ), health AS (
    INSERT INTO terminal_health_hours AS h (terminal_id, hour, heard_seconds, serving_seconds)
    SELECT terminal_id, hour, sum(seconds), sum(CASE WHEN serving THEN seconds ELSE 0 END) FROM gaps GROUP BY terminal_id, hour
    ON CONFLICT (terminal_id, hour) DO UPDATE
       SET heard_seconds = LEAST(3600, h.heard_seconds + EXCLUDED.heard_seconds), serving_seconds = LEAST(3600, h.serving_seconds + EXCLUDED.serving_seconds)
  )
  UPDATE terminals t
     SET last_heartbeat_at = o.at, software_version = o.software_version, devices = o.devices, sync = o.sync,
         screen = o.screen, alerts = o.alerts, free_disk_bytes = o.free_disk_bytes
    FROM ordered o
   WHERE o.terminal_id = t.terminal_id AND o.newest_first = 1 AND (t.last_heartbeat_at IS NULL OR t.last_heartbeat_at <= o.at)`;

export interface BeatWriter {
  /** `serving`: the beat's own report says residents can use the kiosk (servesResidents). */
  add(terminalId: string, beat: HeartbeatRequest, at: Date, serving: boolean): void;
  /** Resolves once every beat added so far is written (or, the database refusing, waits for the next try). */
  flush(): Promise<void>;
  /** Flushes and stops the timer. */
  close(): Promise<void>;
}

export function createBeatWriter(db: Database): BeatWriter {
  let pending: PendingBeat[] = [];
  let written: Promise<void> = Promise.resolve();
  let ord = 0;

  const write = async (batch: PendingBeat[]): Promise<void> => {
    try {
      await db.query(WRITE_BEATS_SQL, [JSON.stringify(batch)]);
    } catch {
      // The database is away (a restart, a cut): the beats wait for the next tick, oldest dropped past the cap.
      pending = [...batch, ...pending].slice(-MAX_WAITING_BEATS);
    }
  };

  function flush(): Promise<void> {
    if (pending.length === 0) return written;
    const batch = pending;
    pending = [];
    written = written.then(() => write(batch));
    return written;
  }

  const timer = setInterval(() => void flush(), FLUSH_EVERY_MS);
  timer.unref();

  return {
    add(terminalId, beat, at, serving) {
      pending.push({
        terminal_id: terminalId,
        at: at.toISOString(),
        software_version: beat.softwareVersion,
        devices: beat.devices,
        sync: beat.sync,
        // A kiosk too old to send screen/alerts/disk leaves the last known values (null) in place.
        screen: beat.screen ?? null,
        alerts: beat.alerts ?? [],
        free_disk_bytes: beat.freeDiskBytes ?? null,
        serving,
        ord: ord++,
      });
      if (pending.length >= FLUSH_AT_BEATS) void flush();
    },
    flush,
    async close() {
      clearInterval(timer);
      await flush();
    },
  };
}

/** `db` for readers of terminals' beats: every query first writes the beats this process has heard. */
export function flushedBefore(db: Database, beats: BeatWriter): Database {
  return {
    ...db,
    kind: db.kind,
    query: async (sql, params) => (await beats.flush(), db.query(sql, params)),
    transaction: async (work) => (await beats.flush(), db.transaction(work)),
    ...(db.backup ? { backup: async () => (await beats.flush(), db.backup!()) } : {}),
    close: () => db.close(),
  };
}
