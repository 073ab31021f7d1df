// POST /v1/heartbeat: a terminal reports it is alive, its devices, screen, alerts, free disk and
// sync backlog; central keeps the latest report per terminal for the fleet view and answers with
// its clock and the terminal's open remote commands (pull-based: works behind NAT and weak links).
import type { KeyObject } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { heartbeatRequestSchema, type HeartbeatResponse } from '../../shared/contract/schemas.ts';
import { takeOpenCommands } from '../commands/command-store.ts';
import { updatesForHeartbeat } from '../releases/heartbeat-hook.ts';
import { parseOr400 } from '../http-errors.ts';
import type { Database } from '../storage/database.ts';
import type { TerminalAuthenticator } from './terminal-auth.ts';

export function registerHeartbeatRoute(app: FastifyInstance, db: Database, authenticate: TerminalAuthenticator, now: () => number): void {
  app.post('/v1/heartbeat', async (request) => {
    const terminalId = await authenticate(request);
    const beat = parseOr400(heartbeatRequestSchema, request.body, 'heartbeat');
    // Central's clock, not the terminal's `at`, decides online/offline: kiosk clocks drift.
    // A kiosk too old to send screen/alerts/disk leaves the last known values (null) in place.
    const updated = await db.query<{ terminal_number: number | null }>(
      `UPDATE terminals
          SET last_heartbeat_at = $6::timestamptz, software_version = $2, devices = $3::jsonb, sync = $4::jsonb,
              screen = $5::jsonb, alerts = $7::jsonb, free_disk_bytes = $8
        WHERE terminal_id = $1
        RETURNING terminal_number`,
      [
        terminalId,
        beat.softwareVersion,
        JSON.stringify(beat.devices),
        JSON.stringify(beat.sync),
        beat.screen ? JSON.stringify(beat.screen) : null,
        new Date(now()).toISOString(),
        JSON.stringify(beat.alerts ?? []),
        beat.freeDiskBytes ?? null,
      ],
    );
    const release = await updatesForHeartbeat(db, terminalId, beat, new Date(now())); // issue 12
    const response: HeartbeatResponse = {
      serverTime: new Date(now()).toISOString(),
      commands: await takeOpenCommands(db, new Date(now()), terminalId),
      release,
      ...(updated[0]?.terminal_number ? { terminalNumber: updated[0].terminal_number } : {}),
    };
    return response;
  });
}
