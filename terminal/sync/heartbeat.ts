// Heartbeat: tells central this kiosk is alive, how its devices are and how far behind its outbox
// is. The answer's commands are reserved for later work (central sends none yet).
import { heartbeatResponseSchema, type HeartbeatRequest } from '../../central/contract/schemas.ts';
import type { SyncStatus } from '../api.ts';
import { CentralUnreachableError, describeHttpFailure, type CentralClient } from './central-client.ts';
import { softwareVersion } from './software-version.ts';

export type HeartbeatOutcome = { ok: true; commands: number } | { ok: false; error: string; reachedCentral: boolean };

export async function sendHeartbeat(
  client: CentralClient,
  sync: SyncStatus,
  devices: Record<string, unknown>,
  now: Date = new Date(),
): Promise<HeartbeatOutcome> {
  const body: HeartbeatRequest = {
    at: now.toISOString(),
    softwareVersion: softwareVersion(),
    devices,
    sync: {
      pending: sync.pending,
      oldestPendingAgeSeconds: sync.oldestPendingAgeSeconds,
      lastSuccessAt: sync.lastSuccessAt,
      lastError: sync.lastError ? sync.lastError.slice(0, 500) : null,
    },
  };
  try {
    const res = await client.request('POST', '/v1/heartbeat', body);
    if (res.status !== 200) return { ok: false, error: describeHttpFailure(res), reachedCentral: true };
    const parsed = heartbeatResponseSchema.safeParse(res.json);
    return parsed.success ? { ok: true, commands: parsed.data.commands.length } : { ok: false, error: 'central answered the heartbeat with an unreadable body', reachedCentral: true };
  } catch (err) {
    if (err instanceof CentralUnreachableError) return { ok: false, error: err.message, reachedCentral: false };
    throw err;
  }
}
