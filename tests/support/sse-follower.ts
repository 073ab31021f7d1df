// Follows a Server-Sent Events stream as a browser's EventSource does: when the stream ends or the
// server cannot be reached, it waits the stream's `retry:` time and connects again with the same
// URL. The hall's counter and display pages rely on exactly that after a host restart (issue 25).
export interface SseEvent {
  name: string;
  data: unknown;
  /** Which connection brought it: 1 for the first, 2 after the first reconnect… */
  connection: number;
}

export function followEvents(url: string) {
  const events: SseEvent[] = [];
  const wakers = new Set<() => void>();
  let connection = 0;
  let retryMs = 3000;
  let stopped = false;
  let current: AbortController | null = null;

  const run = async () => {
    while (!stopped) {
      current = new AbortController();
      try {
        const res = await fetch(url, { signal: current.signal });
        if (res.ok && res.body) {
          connection++;
          const reader = res.body.getReader();
          let text = '';
          for (;;) {
            const { value, done } = await reader.read();
            if (done) break;
            text += new TextDecoder().decode(value);
            let end: number;
            while ((end = text.indexOf('\n\n')) >= 0) {
              const block = text.slice(0, end);
              text = text.slice(end + 2);
              const field = (name: string) => block.split('\n').find((l) => l.startsWith(`${name}: `))?.slice(name.length + 2);
              if (field('retry')) retryMs = Number(field('retry'));
              const data = field('data');
              if (data !== undefined) events.push({ name: field('event') ?? 'message', data: JSON.parse(data), connection });
              for (const wake of wakers) wake();
            }
          }
        }
      } catch {
        // refused or cut: as EventSource, try again after the retry time
      }
      if (!stopped) await new Promise((r) => setTimeout(r, retryMs));
    }
  };
  void run();

  return {
    events,
    connections: () => connection,
    /** The first event (from now on or already received) that `match` accepts; fails after `ms`. */
    when(match: (e: SseEvent) => boolean, what: string, ms = 60_000): Promise<SseEvent> {
      return new Promise((resolve, reject) => {
        const check = () => {
          const found = events.find(match);
          if (!found) return false;
          wakers.delete(check);
          clearTimeout(timer);
          resolve(found);
          return true;
        };
        const timer = setTimeout(() => {
          wakers.delete(check);
          reject(new Error(`no event: ${what} (after ${events.length} events, ${connection} connections)`));
        }, ms);
        if (!check()) wakers.add(check);
      });
    },
    stop() {
      stopped = true;
      current?.abort();
    },
  };
}
