// Heartbeat: tells central this kiosk is alive, how its devices and screen are, what it raises
// (alerts), its free disk and how far behind its outbox is. The answer carries the remote
// commands central holds for this kiosk, handed back unverified: the command runner checks them.
import { heartbeatRequestSchema, heartbeatResponseSchema, type HeartbeatRequest, type ScreenReport, type TerminalAlert } from '../../shared/contract/schemas.ts';
import type { SyncStatus } from '../core-contract.ts';
import { CentralUnreachableError, describeHttpFailure, type CentralClient } from './central-client.ts';
import { softwareVersion } from './software-version.ts';

export type HeartbeatOutcome = { ok: true; commands: unknown[]; terminalNumber?: number; release?: unknown } | { ok: false; error: string; reachedCentral: boolean };

export interface HeartbeatReport {
  sync: SyncStatus;
  devices: Record<string, unknown>;
  screen?: ScreenReport;
  alerts?: TerminalAlert[];
  freeDiskBytes?: number | null;
  /** Updates (issue 12): failed or refused releases. */
  update?: { failures: { version: string; reason: string; at: string }[] };
}

export async function sendHeartbeat(client: CentralClient, report: HeartbeatReport, now: Date = new Date()): Promise<HeartbeatOutcome> {
  const body: HeartbeatRequest = heartbeatRequestSchema.parse({
    at: now.toISOString(),
    softwareVersion: softwareVersion(),
    devices: report.devices,
    sync: {
      pending: report.sync.pending,
      oldestPendingAgeSeconds: report.sync.oldestPendingAgeSeconds,
      lastSuccessAt: report.sync.lastSuccessAt,
      lastError: report.sync.lastError ? report.sync.lastError.slice(0, 500) : null,
    },
    screen: report.screen,
    alerts: report.alerts,
    freeDiskBytes: report.freeDiskBytes,
    update: report.update ? { failures: report.update.failures.map((f) => ({ ...f, reason: f.reason.slice(0, 500) })) } : undefined,
  });
  try {
    const res = await client.request('POST', '/v1/heartbeat', body);
    if (res.status !== 200) return { ok: false, error: describeHttpFailure(res), reachedCentral: true };
    // Commands are checked one by one later: one malformed command must not hide the others.
    const parsed = heartbeatResponseSchema.pick({ serverTime: true, terminalNumber: true }).safeParse(res.json);
    const commands = (res.json as { commands?: unknown }).commands;
    if (!parsed.success || !Array.isArray(commands)) return { ok: false, error: 'central answered the heartbeat with an unreadable body', reachedCentral: true };
    // The offered release is checked by the updater (its signature against the pinned key).
    return {
      ok: true,
      commands,
      release: (res.json as { release?: unknown }).release,
      ...(parsed.data.terminalNumber ? { terminalNumber: parsed.data.terminalNumber } : {}),
    };
  } catch (err) {
    if (err instanceof CentralUnreachableError) return { ok: false, error: err.message, reachedCentral: false };
    throw err;
  }
}
