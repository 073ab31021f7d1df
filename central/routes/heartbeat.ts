// POST /v1/heartbeat: a terminal reports it is alive, its devices and its sync backlog; central
// keeps the latest report per terminal for the fleet view and answers with its clock.
import type { FastifyInstance } from 'fastify';
import { heartbeatRequestSchema, type HeartbeatResponse } from '../contract/schemas.ts';
import { parseOr400 } from '../http-errors.ts';
import type { Database } from '../storage/database.ts';
import type { TerminalAuthenticator } from './terminal-auth.ts';

export function registerHeartbeatRoute(app: FastifyInstance, db: Database, authenticate: TerminalAuthenticator): void {
  app.post('/v1/heartbeat', async (request) => {
    const terminalId = await authenticate(request);
    const beat = parseOr400(heartbeatRequestSchema, request.body, 'heartbeat');
    // Central's clock, not the terminal's `at`, decides online/offline: kiosk clocks drift.
    await db.query(
      `UPDATE terminals
          SET last_heartbeat_at = now(), software_version = $2, devices = $3::jsonb, sync = $4::jsonb
        WHERE terminal_id = $1`,
      [terminalId, beat.softwareVersion, JSON.stringify(beat.devices), JSON.stringify(beat.sync)],
    );
    const response: HeartbeatResponse = { serverTime: new Date().toISOString(), commands: [] };
    return response;
  });
}
