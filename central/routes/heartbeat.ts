// POST /v1/heartbeat: a terminal reports it is alive, its devices, screen, alerts, free disk and
// sync backlog; central keeps the latest report per terminal for the fleet view and answers with
// its clock and the terminal's open remote commands (pull-based: works behind NAT and weak links).
// The usual beat costs one statement (the request's nonce, terminal-auth.ts): the report is
// written with others a second later (heartbeat-writer.ts), and commands and releases are asked
// of the database only when something is open (heartbeat-open-work.ts). Issue 27.
import type { FastifyInstance } from 'fastify';
import { heartbeatRequestSchema, type HeartbeatResponse } from '../../shared/contract/schemas.ts';
import { openCommandsOf } from '../commands/command-store.ts';
import { recordUpdateReports } from '../releases/heartbeat-hook.ts';
import { cachedSignedReleases } from '../releases/release-store.ts';
import { offerFor } from '../releases/rollout-store.ts';
import { parseOr400 } from '../http-errors.ts';
import type { Database } from '../storage/database.ts';
import type { OpenWork } from './heartbeat-open-work.ts';
import type { BeatWriter } from './heartbeat-writer.ts';
import { servesResidents } from './statistics/availability.ts';
import type { TerminalAuthenticator } from './terminal-auth.ts';

export interface HeartbeatDeps {
  beats: BeatWriter;
  openWork: OpenWork;
}

/** A terminal's number is fixed when it enrolls (null for one enrolled before numbers, hub migration 10). */
function terminalNumbers(db: Database) {
  const known = new Map<string, number | null>();
  return async (terminalId: string): Promise<number | null> => {
    if (known.has(terminalId)) return known.get(terminalId)!;
    const [row] = await db.query<{ terminal_number: number | null }>('SELECT terminal_number FROM terminals WHERE terminal_id = $1', [terminalId]);
    const number = row?.terminal_number ?? null;
    if (row) known.set(terminalId, number);
    return number;
  };
}

export function registerHeartbeatRoute(app: FastifyInstance, db: Database, authenticate: TerminalAuthenticator, now: () => number, { beats, openWork }: HeartbeatDeps): void {
  const releases = cachedSignedReleases(db);
  const numberOf = terminalNumbers(db);
  app.post('/v1/heartbeat', async (request) => {
    const terminalId = await authenticate(request);
    const beat = parseOr400(heartbeatRequestSchema, request.body, 'heartbeat');
    const at = new Date(now());
    // Before the offer is read: a failure reported in this beat may halt the rollout (issue 12).
    if (await recordUpdateReports(db, terminalId, beat, at)) openWork.forgetRollouts();
    beats.add(terminalId, beat, at, servesResidents(beat));
    const [commands, rollout, terminalNumber] = await Promise.all([openWork.takeCommands(terminalId, at), openWork.offeringRollout(terminalId), numberOf(terminalId)]);
    const response: HeartbeatResponse = {
      serverTime: at.toISOString(),
      commands: openCommandsOf(commands),
      release: await offerFor(rollout, terminalId, releases),
      ...(terminalNumber ? { terminalNumber } : {}),
    };
    return response;
  });
}
