// Staged rollouts: which release a terminal should run (a stable hash of its id below the current
// stage's percent), the admin's pause / resume / abort / advance, and the halt a rollout puts on
// itself once enough terminals failed on its version.
import { ulid } from 'ulid';
import type { Database, Queryable } from '../storage/database.ts';
import { isoOf } from '../storage/database.ts';
import { HttpError } from '../http-errors.ts';
import { rolloutBucket, type CreateRolloutRequest, type ReleaseOffer, type RolloutView, type SignedRelease } from '../../shared/contract/releases.ts';
import { createRolloutRequestSchema, rolloutActionSchema } from '../../shared/contract/releases.ts';
import { readSignedRelease } from './release-store.ts';
import type { z } from 'zod';

type RolloutRow = {
  rollout_id: string;
  version: string;
  stages: number[] | string;
  stage_index: number;
  state: RolloutView['state'];
  reason: string | null;
  halt_after_failures: number;
  created_at: Date | string;
  updated_at: Date | string;
};

const COLUMNS = 'rollout_id, version, stages, stage_index, state, reason, halt_after_failures, created_at, updated_at';

function stagesOf(row: { stages: number[] | string }): number[] {
  return typeof row.stages === 'string' ? (JSON.parse(row.stages) as number[]) : row.stages;
}

async function viewOf(db: Queryable, row: RolloutRow): Promise<RolloutView> {
  const stages = stagesOf(row);
  const [count] = await db.query<{ n: number | string }>('SELECT count(*) AS n FROM terminals WHERE software_version = $1 AND replaced_by IS NULL', [row.version]);
  const failures = await db.query<{ terminal_id: string; reason: string; at: Date | string }>('SELECT terminal_id, reason, at FROM rollout_failures WHERE rollout_id = $1 ORDER BY at', [row.rollout_id]);
  return {
    rolloutId: row.rollout_id,
    version: row.version,
    stages,
    stageIndex: row.stage_index,
    percent: stages[row.stage_index] ?? 0,
    state: row.state,
    reason: row.reason,
    haltAfterFailures: row.halt_after_failures,
    createdAt: isoOf(row.created_at),
    updatedAt: isoOf(row.updated_at),
    terminalsOnVersion: Number(count?.n ?? 0),
    failures: failures.map((f) => ({ terminalId: f.terminal_id, reason: f.reason, at: isoOf(f.at) })),
  };
}

export async function createRollout(db: Database, request: CreateRolloutRequest, now: Date): Promise<RolloutView> {
  const body = createRolloutRequestSchema.parse(request);
  if (!(await readSignedRelease(db, body.version))) throw new HttpError(404, 'unknown-release', `no release ${body.version} is published here (kioskctl release publish DIR first)`);
  const id = ulid(now.getTime());
  try {
    await db.query(
      `INSERT INTO rollouts (${COLUMNS}) VALUES ($1, $2, $3::jsonb, 0, 'running', NULL, $4, $5, $5)`,
      [id, body.version, JSON.stringify(body.stages), body.haltAfterFailures, now.toISOString()],
    );
  } catch (err) {
    if (/rollouts_one_active|duplicate key/i.test((err as Error).message)) {
      throw new HttpError(409, 'rollout-active', 'another rollout is running or paused: abort it or let it complete first (kioskctl rollout status)');
    }
    throw err;
  }
  return (await readRollout(db, id))!;
}

export async function readRollout(db: Queryable, id: string): Promise<RolloutView | null> {
  const rows = await db.query<RolloutRow>(`SELECT ${COLUMNS} FROM rollouts WHERE rollout_id = $1`, [id]);
  return rows[0] ? viewOf(db, rows[0]) : null;
}

export async function listRollouts(db: Database): Promise<RolloutView[]> {
  const rows = await db.query<RolloutRow>(`SELECT ${COLUMNS} FROM rollouts ORDER BY created_at DESC LIMIT 50`);
  return Promise.all(rows.map((row) => viewOf(db, row)));
}

type Action = z.infer<typeof rolloutActionSchema>;

/** Which states each action may start from, and where it leads. */
const TRANSITIONS: Record<Action, { from: RolloutView['state'][]; to: (row: RolloutRow) => { state: RolloutView['state']; stageIndex: number } }> = {
  pause: { from: ['running'], to: (row) => ({ state: 'paused', stageIndex: row.stage_index }) },
  // A halted rollout resumes only by the admin's decision, after reading why it halted.
  resume: { from: ['paused', 'halted'], to: (row) => ({ state: 'running', stageIndex: row.stage_index }) },
  abort: { from: ['running', 'paused', 'halted'], to: (row) => ({ state: 'aborted', stageIndex: row.stage_index }) },
  advance: {
    from: ['running', 'paused'],
    to: (row) => {
      const next = row.stage_index + 1;
      return next >= stagesOf(row).length ? { state: 'completed', stageIndex: row.stage_index } : { state: row.state, stageIndex: next };
    },
  },
};

export async function actOnRollout(db: Database, id: string, action: Action, reason: string | null, now: Date): Promise<RolloutView> {
  return db.transaction(async (tx) => {
    const rows = await tx.query<RolloutRow>(`SELECT ${COLUMNS} FROM rollouts WHERE rollout_id = $1 FOR UPDATE`, [id]);
    const row = rows[0];
    if (!row) throw new HttpError(404, 'unknown-rollout', `no rollout ${id}`);
    const rule = TRANSITIONS[action];
    if (!rule.from.includes(row.state)) throw new HttpError(409, 'rollout-state', `cannot ${action} a rollout that is ${row.state}`);
    const next = rule.to(row);
    await tx.query('UPDATE rollouts SET state = $2, stage_index = $3, reason = COALESCE($4, reason), updated_at = $5 WHERE rollout_id = $1', [id, next.state, next.stageIndex, reason, now.toISOString()]);
    return (await readRollout(tx, id))!;
  });
}

/**
 * The rollout that offers a release: a paused one keeps offering to the terminals its stage already
 * took in (they may be mid-download) but takes no new percent; a halted or aborted one offers
 * nothing; a completed one offers its release to the whole stage it ended at. A heartbeat reads it
 * within its own statement (routes/heartbeat-statement.ts), with `$1` the terminal's id.
 */
export const OFFERING_ROLLOUT_FOR_TERMINAL_SQL = `SELECT r.version, r.stages, r.stage_index,
    EXISTS (SELECT 1 FROM rollout_failures f WHERE f.rollout_id = r.rollout_id AND f.terminal_id = $1) AS failed_here
  FROM rollouts r WHERE r.state IN ('running', 'paused', 'completed') ORDER BY r.created_at DESC LIMIT 1`;

/** What a heartbeat learns of the offering rollout (null: none). */
export interface OfferingRollout {
  version: string;
  stages: number[] | string;
  stage_index: number;
  /** This terminal already failed on the rollout's version: it is offered nothing more. */
  failed_here: boolean;
}

/** The release a terminal should run now, or null; `releases` reads a published release (immutable). */
export async function offerFor(rollout: OfferingRollout | null, terminalId: string, releases: (version: string) => Promise<SignedRelease | null>): Promise<ReleaseOffer | null> {
  if (!rollout || rollout.failed_here) return null;
  const percent = stagesOf(rollout)[rollout.stage_index] ?? 0;
  if (rolloutBucket(terminalId) >= percent) return null;
  const signed = await releases(rollout.version);
  return signed ? { ...signed, bundlePath: `/v1/releases/${encodeURIComponent(rollout.version)}/bundle` } : null;
}

/**
 * A terminal's heartbeat: its update failures for the active rollout's version are recorded once
 * each; past the rollout's limit it halts, naming how many failed and the first reason.
 */
export async function recordUpdateFailures(db: Database, terminalId: string, failures: { version: string; reason: string; at: string }[], now: Date): Promise<void> {
  if (failures.length === 0) return;
  // A cheap look first: most heartbeats (a dead screen on an old version, no rollout) lock nothing.
  const [active] = await db.query<{ version: string }>(`SELECT version FROM rollouts WHERE state IN ('running', 'paused')`);
  if (!active || !failures.some((f) => f.version === active.version)) return;
  await db.transaction(async (tx) => {
    const rows = await tx.query<RolloutRow>(`SELECT ${COLUMNS} FROM rollouts WHERE state IN ('running', 'paused') FOR UPDATE`);
    const row = rows[0];
    if (!row) return;
    const failure = failures.find((f) => f.version === row.version);
    if (!failure) return;
    await tx.query('INSERT INTO rollout_failures (rollout_id, terminal_id, reason, at) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING', [row.rollout_id, terminalId, failure.reason, failure.at]);
    const all = await tx.query<{ terminal_id: string; reason: string }>('SELECT terminal_id, reason FROM rollout_failures WHERE rollout_id = $1 ORDER BY at', [row.rollout_id]);
    if (all.length < row.halt_after_failures) return;
    const reason = `halted by itself: ${all.length} terminal${all.length === 1 ? '' : 's'} failed on ${row.version} (limit ${row.halt_after_failures}); first: ${all[0]!.terminal_id}: ${all[0]!.reason}`;
    await tx.query(`UPDATE rollouts SET state = 'halted', reason = $2, updated_at = $3 WHERE rollout_id = $1`, [row.rollout_id, reason.slice(0, 1000), now.toISOString()]);
  });
}
