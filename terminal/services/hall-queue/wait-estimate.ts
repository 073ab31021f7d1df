// The wait a ticket shows: a range in minutes from how long this queue's recent residents took at
// a counter, shared by the counters open for it. A range, never a promise: the screen and the slip
// say "about".

export interface WaitRange {
  low: number;
  high: number;
}

function quantile(sorted: readonly number[], q: number): number {
  const at = (sorted.length - 1) * q;
  const lo = Math.floor(at);
  const hi = Math.ceil(at);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (at - lo);
}

/**
 * `recentMinutes`: service times (开始办理 → 完成) of the queue's latest residents; with fewer
 * than three the hall's default is used with ±50 %. `counters`: the open counters for the queue.
 */
export function estimateWait(ahead: number, recentMinutes: readonly number[], counters: number, defaultMinutes: number): WaitRange {
  if (ahead === 0) return { low: 0, high: 0 };
  const sorted = [...recentMinutes].sort((a, b) => a - b);
  const [fast, slow] = sorted.length >= 3 ? [quantile(sorted, 0.25), quantile(sorted, 0.75)] : [defaultMinutes * 0.5, defaultMinutes * 1.5];
  const sharing = Math.max(1, counters);
  const low = Math.floor((ahead * fast) / sharing);
  const high = Math.max(low + 1, Math.ceil((ahead * slow) / sharing));
  return { low, high };
}
