// Free bytes on the disk holding the kiosk's data, for the heartbeat: a full disk stops the store
// from taking transactions, so central warns well before.
import { statfsSync } from 'node:fs';

export function freeDiskBytes(path: string): number | null {
  try {
    const stats = statfsSync(path);
    return Number(stats.bavail) * Number(stats.bsize);
  } catch {
    return null; // unreadable (odd filesystem): reported as unknown rather than as full
  }
}
