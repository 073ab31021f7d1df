// Drives reader-sim-process.ts: one request at a time, each answered with the simulator's
// Date.now() (the system clock every process shares), its count of find commands so far, and its
// CPU time.
import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export type SimRequest = { op: 'place'; card: string } | { op: 'remove' } | { op: 'status' } | { op: 'stop' };
export interface SimReply {
  at: number;
  finds: number;
  cpuMicros: number;
}

export interface ReaderSimProcess {
  /** Puts the card down; resolves with the moment it lay on the reader (simulator's clock). */
  place(card: string): Promise<number>;
  /** Lifts the card and waits until the module has answered a find with "no card". */
  lift(): Promise<void>;
  status(): Promise<SimReply>;
  close(): Promise<void>;
}

const script = fileURLToPath(new URL('./reader-sim-process.ts', import.meta.url));

export async function startReaderSimProcess(simulatorPath: string, baudRate: number): Promise<ReaderSimProcess> {
  const child: ChildProcess = fork(script, [simulatorPath, String(baudRate)], { execArgv: ['--import', 'tsx'], stdio: 'inherit' });
  let chain: Promise<unknown> = Promise.resolve();
  const request = (r: SimRequest): Promise<SimReply> => {
    const next = chain.then(
      () =>
        new Promise<SimReply>((resolve) => {
          child.once('message', (m) => resolve(m as SimReply));
          child.send(r);
        }),
    );
    chain = next.catch(() => undefined);
    return next;
  };
  await new Promise<void>((resolve, reject) => {
    child.once('message', () => resolve());
    child.once('exit', (code) => reject(new Error(`card tap bench: the reader simulator process exited (${code}) before it was ready`)));
  });
  return {
    place: async (card) => (await request({ op: 'place', card })).at,
    async lift() {
      const removed = await request({ op: 'remove' });
      const until = Date.now() + 10_000;
      while ((await request({ op: 'status' })).finds <= removed.finds) {
        if (Date.now() > until) throw new Error('card tap bench: the reader sent no find within 10 s of a lift');
        await new Promise((r) => setTimeout(r, 5));
      }
    },
    status: () => request({ op: 'status' }),
    async close() {
      if (child.exitCode !== null) return;
      const exited = new Promise((r) => child.once('exit', r));
      child.send({ op: 'stop' } satisfies SimRequest);
      await exited;
    },
  };
}
