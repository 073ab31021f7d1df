// The log bundle a technician exports or a remote admin collects: what a person needs to find a
// fault (devices, sync, versions, disk, the kiosk's own audit trail) and nothing about residents.
// The audit trail is written by code, never copied from a resident's input (store/audit-log.ts);
// sessions, transactions and print jobs are deliberately left out.
import { arch, platform, release } from 'node:os';
import type { KioskStatus } from '../core-contract.ts';
import type { Db } from '../store/open-store.ts';
import { recentAudit } from '../store/audit-log.ts';
import { softwareVersion } from '../sync/software-version.ts';
import type { ScreenReport } from '../../shared/contract/schemas.ts';

export interface LogBundleInput {
  db: Db;
  status: KioskStatus;
  screen: ScreenReport;
  freeDiskBytes: number | null;
  terminalId: string | null;
  now: Date;
}

export function buildLogBundle(input: LogBundleInput) {
  const { status } = input;
  return {
    kind: 'kiosk-log-bundle',
    createdAt: input.now.toISOString(),
    terminalId: input.terminalId,
    site: status.site.code,
    versions: { software: softwareVersion(), node: process.versions.node, os: `${platform()} ${release()} ${arch()}` },
    uptimeSeconds: input.screen.uptimeSeconds,
    screen: input.screen,
    freeDiskBytes: input.freeDiskBytes,
    devices: status.devices,
    sync: status.sync,
    outOfService: status.outOfService,
    audit: recentAudit(input.db, 500),
  };
}
