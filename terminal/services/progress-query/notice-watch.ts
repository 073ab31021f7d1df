// Fetching the greeting's count for the visit under way (issue 21): asked at once, and again with
// back-off after no answer (a hub busy or failing, the link down) until the hub answers or the
// visit ends. The old single ask with 4 s to answer let the count silently go missing under load.
import type { Clock } from '../../clock.ts';
import { backoffDelay, type BackoffPolicy } from '../../sync/backoff.ts';

/** Between asks: a few seconds at first, never more than half a minute (a visit lasts minutes). */
export const NOTICE_BACKOFF: BackoffPolicy = { baseMs: 2_000, capMs: 30_000 };

export interface NoticeWatchOptions<Visit> {
  clock: Pick<Clock, 'setTimeout' | 'clearTimeout'>;
  /** One ask; null when there was no answer (ask again later). */
  ask(visit: Visit): Promise<number | null>;
  onCount(visit: Visit, count: number): void;
  /** For the log only: never personal data. */
  log(line: string): void;
}

export function createNoticeWatch<Visit>(opts: NoticeWatchOptions<Visit>) {
  let watched: Visit | null = null;
  let timer: unknown = null;

  const stop = () => {
    if (timer !== null) opts.clock.clearTimeout(timer);
    timer = null;
    watched = null;
  };
  const attempt = async (visit: Visit, retry: number): Promise<void> => {
    let count: number | null = null;
    try {
      count = await opts.ask(visit);
    } catch (err) {
      opts.log(`progress notice: ask failed: ${(err as Error).name}`);
    }
    if (watched !== visit) return; // the visit ended (or another began) while the hub was asked
    if (count !== null) {
      watched = null;
      opts.onCount(visit, count);
      return;
    }
    timer = opts.clock.setTimeout(() => {
      timer = null;
      if (watched === visit) void attempt(visit, retry + 1);
    }, backoffDelay(retry, NOTICE_BACKOFF));
  };

  return {
    /** Starts fetching for this visit (any earlier visit's fetching stops). */
    start(visit: Visit): void {
      stop();
      watched = visit;
      void attempt(visit, 1);
    },
    /** The visit under way changed or ended: stop unless it is still the one being fetched for. */
    visitChanged(current: Visit | null): void {
      if (watched !== null && watched !== current) stop();
    },
  };
}
