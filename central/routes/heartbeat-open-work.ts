// "Is anything open for this terminal?" answered from memory, so a heartbeat with nothing to carry
// (nearly all of them) asks the database nothing about commands or releases (issue 27). Each hub
// process remembers the terminals with open commands and the offering rollout; hub migration 21's
// triggers announce every new command and rollout change on the `hub_open_work` channel to every
// process on the database (PostgreSQL LISTEN/NOTIFY; PGlite's one connection hears its own). While
// a process cannot listen (no listen in the store, the connection lost) it trusts nothing it
// remembers and asks the database on every beat, as before.
import { takeOpenCommandsSql } from '../commands/command-store.ts';
import type { OfferingRollout } from '../releases/rollout-store.ts';
import type { Database } from '../storage/database.ts';

const CHANNEL = 'hub_open_work';
/** How long an admin request waits for its own announcement before answering anyway. */
const CATCH_UP_TIMEOUT_MS = 2_000;

interface Offering {
  rollout: Omit<OfferingRollout, 'failed_here'> | null;
  failed: Set<string>;
}

export interface OpenWork {
  /** The terminal's open commands (signed envelopes), marked delivered; none without a query when none can be open. */
  takeCommands(terminalId: string, now: Date): Promise<string[]>;
  /** The offering rollout as this terminal sees it (null: none). */
  offeringRollout(terminalId: string): Promise<OfferingRollout | null>;
  /** Forget the remembered rollout: this process just changed it (a beat's failure report). */
  forgetRollouts(): void;
  /** Resolves once every change this process committed so far has been heard, so its next beat sees it. */
  caughtUp(): Promise<void>;
  close(): Promise<void>;
}

export async function createOpenWork(db: Database, now: () => number): Promise<OpenWork> {
  let trusted = false;
  // Per terminal, the number of the announcement that put it here: a take that found nothing
  // forgets the terminal only if no command was announced for it meanwhile.
  const open = new Map<string, number>();
  let announced = 0;
  let offering: Offering | null = null;
  let rolloutChanges = 0;
  const waiters = new Map<string, () => void>();

  async function loadOpen(): Promise<void> {
    const rows = await db.query<{ terminal_id: string }>(
      'SELECT DISTINCT terminal_id FROM terminal_commands WHERE completed_at IS NULL AND expires_at >= $1::timestamptz',
      [new Date(now()).toISOString()],
    );
    for (const row of rows) open.set(row.terminal_id, ++announced);
  }

  const unlisten = db.listen
    ? await db.listen(CHANNEL, {
        onNotify(payload) {
          if (payload.startsWith('command:')) open.set(payload.slice('command:'.length), ++announced);
          else if (payload === 'rollouts') (offering = null), rolloutChanges++;
          else waiters.get(payload)?.();
        },
        onLost() {
          trusted = false;
          offering = null;
          rolloutChanges++;
        },
        onResync() {
          loadOpen().then(() => (trusted = true), () => undefined);
        },
      })
    : null;
  if (unlisten) {
    await loadOpen();
    trusted = true;
  }

  async function readOffering(): Promise<Offering> {
    if (trusted && offering) return offering;
    const changesBefore = rolloutChanges;
    const [rollout] = await db.query<Omit<OfferingRollout, 'failed_here'> & { rollout_id: string }>(
      `SELECT rollout_id, version, stages, stage_index FROM rollouts WHERE state IN ('running', 'paused', 'completed') ORDER BY created_at DESC LIMIT 1`,
    );
    const failed = rollout ? await db.query<{ terminal_id: string }>('SELECT terminal_id FROM rollout_failures WHERE rollout_id = $1', [rollout.rollout_id]) : [];
    const read: Offering = { rollout: rollout ? { version: rollout.version, stages: rollout.stages, stage_index: rollout.stage_index } : null, failed: new Set(failed.map((f) => f.terminal_id)) };
    // A change announced while reading may not be in what was read: remember nothing then.
    if (trusted && changesBefore === rolloutChanges) offering = read;
    return read;
  }

  return {
    async takeCommands(terminalId, at) {
      const mark = open.get(terminalId);
      if (trusted && mark === undefined) return [];
      const rows = await db.query<{ signed: string }>(takeOpenCommandsSql('$2'), [terminalId, at.toISOString()]);
      if (rows.length === 0 && mark !== undefined && open.get(terminalId) === mark) open.delete(terminalId);
      return rows.map((row) => row.signed);
    },
    async offeringRollout(terminalId) {
      const { rollout, failed } = await readOffering();
      return rollout ? { ...rollout, failed_here: failed.has(terminalId) } : null;
    },
    forgetRollouts() {
      offering = null;
      rolloutChanges++;
    },
    async caughtUp() {
      if (!unlisten || !trusted) return;
      // Announcements reach a listener in commit order: once this one is heard, so were the earlier ones.
      const token = `caught-up:${process.pid}:${++announced}`;
      let timer: NodeJS.Timeout | undefined;
      const heard = new Promise<void>((resolve) => {
        waiters.set(token, resolve);
        timer = setTimeout(resolve, CATCH_UP_TIMEOUT_MS);
      });
      try {
        await db.query('SELECT pg_notify($1, $2)', [CHANNEL, token]);
        await heard;
      } finally {
        clearTimeout(timer);
        waiters.delete(token);
      }
    },
    async close() {
      trusted = false;
      await unlisten?.();
    },
  };
}
