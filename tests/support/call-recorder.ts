// Every call the UI makes to a fake kiosk, in order: a test reads them back or waits for one.
import type { KioskMethod } from '../../terminal/api.ts';

export interface RecordedCall {
  method: KioskMethod;
  params: unknown;
}

type Methods = Record<string, (params: never) => Promise<unknown>>;

export function createCallRecorder() {
  const calls: RecordedCall[] = [];
  const waiters: { method: KioskMethod; count: number; resolve(call: RecordedCall): void }[] = [];

  const record = (method: KioskMethod, params: unknown) => {
    const call = { method, params };
    calls.push(call);
    const total = calls.filter((c) => c.method === method).length;
    for (const waiter of [...waiters]) {
      if (waiter.method === method && total >= waiter.count) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve(call);
      }
    }
  };

  return {
    calls,
    callsOf: (method: KioskMethod) => calls.filter((c) => c.method === method),
    /** Resolves once the UI has called `method` (at least `count` times in all). */
    waitForCall(method: KioskMethod, count = 1, timeoutMs = 5000): Promise<RecordedCall> {
      const done = calls.filter((c) => c.method === method);
      if (done.length >= count) return Promise.resolve(done[count - 1]!);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`the UI did not call ${method} (×${count}) within ${timeoutMs} ms`)), timeoutMs);
        waiters.push({ method, count, resolve: (call) => (clearTimeout(timer), resolve(call)) });
      });
    },
    /** The same methods, each recording its call before it answers. */
    recording<A extends Methods>(api: A): A {
      const wrapped = Object.entries(api).map(([method, answer]) => [
        method,
        (params: never) => {
          record(method as KioskMethod, params);
          return answer(params);
        },
      ]);
      return Object.fromEntries(wrapped) as A;
    },
  };
}
