// The kiosk's half of updates (issue 12): takes the release the heartbeat answer offers, checks
// it (offer-check.ts), downloads it in the background (resumable, paced), verifies and unpacks it
// beside the running version, and marks it ready. The switch, the health wait and any rollback
// are the supervisor's (supervisor/updater/): a kiosk that crashes must not take its rescuer down.
// It also gives the heartbeat the failures to report (rolled back by the supervisor, or refused here).
import { migrations } from '../store/migrations.ts';
import { softwareVersion } from '../sync/software-version.ts';
import type { TerminalIdentity } from '../sync/identity.ts';
import { addRefusal, layoutOf, readPending, readRefusals, readState, type Layout, type UpdateFailureRecord } from '../../supervisor/updater/layout.ts';
import { checkOffer } from './offer-check.ts';
import { downloadBundle } from './downloader.ts';
import { BundleRefused, installRelease } from './installer.ts';

export interface UpdaterOptions {
  installRoot: string;
  centralUrl: string;
  identity: TerminalIdentity;
  pinnedKey: string | null;
  maxBytesPerSecond: number;
  log?: (message: string) => void;
  now?: () => Date;
}

export interface Updater {
  /** The heartbeat answer's `release` (unverified). Returns at once; the work goes on in the background. */
  offer(raw: unknown): void;
  /** For the heartbeat: failed or refused versions, newest first. */
  report(): { failures: UpdateFailureRecord[] };
  close(): Promise<void>;
}

export const STORE_SCHEMA_VERSION = Math.max(...migrations.map((m) => m.version));

export function createUpdater(opts: UpdaterOptions): Updater {
  const layout: Layout = layoutOf(opts.installRoot);
  const log = opts.log ?? ((message: string) => console.error(`kiosk: updates: ${message}`));
  const now = opts.now ?? (() => new Date());
  const stop = new AbortController();
  let job: Promise<void> | null = null;
  let lastIgnored = '';

  const failures = (): UpdateFailureRecord[] =>
    [...readState(layout).failures, ...readRefusals(layout)].sort((a, b) => b.at.localeCompare(a.at)).slice(0, 10);

  const refuse = (version: string, reason: string) => {
    log(`refused ${version}: ${reason}`);
    addRefusal(layout, { version, reason, at: now().toISOString() });
  };

  return {
    offer(raw) {
      if (job || stop.signal.aborted) return;
      const decision = checkOffer(raw, {
        pinnedKey: opts.pinnedKey,
        runningVersion: softwareVersion(),
        runningStoreVersion: STORE_SCHEMA_VERSION,
        failedVersions: new Set(failures().map((f) => f.version)),
        pendingVersion: readPending(layout)?.version ?? null,
      });
      if (decision.action === 'ignore') {
        if (raw && decision.why !== lastIgnored) log(decision.why);
        lastIgnored = decision.why;
        return;
      }
      if (decision.action === 'refuse') return refuse(decision.version, decision.reason);
      const { offer } = decision;
      const version = offer.manifest.version;
      job = (async () => {
        try {
          log(`downloading ${version} (${offer.manifest.bundle.size} bytes, at most ${opts.maxBytesPerSecond} B/s)`);
          await downloadBundle({
            baseUrl: opts.centralUrl,
            identity: opts.identity,
            path: offer.bundlePath,
            dest: layout.part(version),
            size: offer.manifest.bundle.size,
            maxBytesPerSecond: opts.maxBytesPerSecond,
            signal: stop.signal,
          });
          await installRelease(layout, offer);
          log(`${version} verified and unpacked; the switch waits for no resident to be in a session`);
        } catch (err) {
          if (err instanceof BundleRefused) refuse(version, err.message);
          // Anything else (a cut link) resumes with the next heartbeat's offer, from the .part size.
          else if (!stop.signal.aborted) log(`download of ${version} interrupted, resumes later: ${(err as Error).message}`);
        } finally {
          job = null;
        }
      })();
    },
    report: () => ({ failures: failures() }),
    async close() {
      stop.abort();
      await job;
    },
  };
}
