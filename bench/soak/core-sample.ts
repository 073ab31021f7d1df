// What the soak measures of the kiosk core, in its own process: the heap after a forced
// collection (what is still referenced, not garbage waiting), RSS, open descriptors, how late the
// event loop ran timers since the last sample (p99), and the SQLite database and its WAL on disk.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';

export interface CoreSample {
  heapMb: number;
  rssMb: number;
  fds: number;
  loopP99Ms: number;
  dbKb: number;
  walKb: number;
}

const MB = 1024 * 1024;
const sizeKb = (path: string) => {
  try {
    return statSync(path).size / 1024;
  } catch {
    return 0; // no WAL between checkpoints that truncate it
  }
};

export function forcedGc(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('the soak measures the heap after a forced collection: run node with --expose-gc (npm run soak does)');
  // Twice: objects freed by the first collection's finalizers go in the second.
  gc();
  gc();
}

export function startCoreSampler(dataDir: string) {
  const loop = monitorEventLoopDelay({ resolution: 10 });
  loop.enable();
  return {
    sample(): CoreSample {
      forcedGc();
      const sample = {
        heapMb: process.memoryUsage().heapUsed / MB,
        rssMb: process.memoryUsage().rss / MB,
        fds: readdirSync('/proc/self/fd').length,
        loopP99Ms: loop.percentile(99) / 1e6,
        dbKb: sizeKb(join(dataDir, 'kiosk.db')),
        walKb: sizeKb(join(dataDir, 'kiosk.db-wal')),
      };
      loop.reset();
      return sample;
    },
    stop: () => loop.disable(),
  };
}
