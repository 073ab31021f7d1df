// POST /v1/heartbeat: a terminal reports it is alive, its devices, screen, alerts, free disk and
// sync backlog; central keeps the latest report per terminal for the fleet view and answers with
// its clock and the terminal's open remote commands (pull-based: works behind NAT and weak links).
import type { FastifyInstance } from 'fastify';
import { heartbeatRequestSchema, type HeartbeatResponse } from '../../shared/contract/schemas.ts';
import { openCommandsOf } from '../commands/command-store.ts';
import { recordUpdateReports } from '../releases/heartbeat-hook.ts';
import { cachedSignedReleases } from '../releases/release-store.ts';
import { offerFor } from '../releases/rollout-store.ts';
import { parseOr400 } from '../http-errors.ts';
import type { Database } from '../storage/database.ts';
import { recordBeat } from './heartbeat-statement.ts';
import { servesResidents } from './statistics/availability.ts';
import type { TerminalAuthenticator } from './terminal-auth.ts';

export function registerHeartbeatRoute(app: FastifyInstance, db: Database, authenticate: TerminalAuthenticator, now: () => number): void {
  const releases = cachedSignedReleases(db);
  app.post('/v1/heartbeat', async (request) => {
    const terminalId = await authenticate(request);
    const beat = parseOr400(heartbeatRequestSchema, request.body, 'heartbeat');
    const at = new Date(now());
    // Before the offer is read: a failure reported in this beat may halt the rollout (issue 12).
    await recordUpdateReports(db, terminalId, beat, at);
    const recorded = await recordBeat(db, terminalId, beat, at, servesResidents(beat));
    const response: HeartbeatResponse = {
      serverTime: at.toISOString(),
      commands: openCommandsOf(recorded.commands),
      release: await offerFor(recorded.rollout, terminalId, releases),
      ...(recorded.terminalNumber ? { terminalNumber: recorded.terminalNumber } : {}),
    };
    return response;
  });
}
