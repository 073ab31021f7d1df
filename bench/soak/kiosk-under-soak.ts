// Starts the kiosk child (kiosk-child.ts) with --expose-gc and a soak configuration, and asks it
// for samples. The hub, when there is one, runs in the driver's process: it is not the kiosk.
import { fork, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startDemoHub, type DemoHub } from '../../cli/demo-hub.ts';
import type { CoreSample } from './core-sample.ts';
import type { FromChild, KioskChildArgs, ToChild } from './kiosk-child.ts';

/**
 * A resident who walks away is wiped after this long. Short, so the soak can afford idle wipes;
 * long enough that no step of a journey (a hub answer, a screen on a loaded machine) trips it.
 */
export const SOAK_IDLE_SECONDS = 6;

export interface KioskUnderSoak {
  url: string;
  dataDir: string;
  sample(): Promise<CoreSample>;
  /** Writes the kiosk's heap to `path` (a .heapsnapshot for Chrome DevTools' Memory tab). */
  heapSnapshot(path: string): Promise<string>;
  close(): Promise<void>;
}

export async function startKioskUnderSoak(opts: { standalone: boolean }): Promise<KioskUnderSoak> {
  const dir = mkdtempSync(join(tmpdir(), 'kiosk-soak-'));
  const dataDir = join(dir, 'data');
  const configPath = join(dir, 'config.json');
  writeFileSync(configPath, JSON.stringify({ session: { idleTimeoutSeconds: SOAK_IDLE_SECONDS, warningSeconds: 2 } }));
  let hub: DemoHub | null = null;
  let child: ChildProcess | undefined;
  try {
    hub = opts.standalone ? null : await startDemoHub(dataDir);
    const args: KioskChildArgs = { dataDir, configPath, centralUrl: hub?.url, enrollCode: hub?.enrollCode ?? undefined };
    const running = fork(fileURLToPath(new URL('./kiosk-child.ts', import.meta.url)), [JSON.stringify(args)], {
      execArgv: ['--expose-gc', '--import', 'tsx'],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    child = running;
    const next = (type: FromChild['type']) =>
      new Promise<FromChild>((resolve, reject) => {
        const onMessage = (message: FromChild) => {
          if (message.type === 'failed') return done(() => reject(new Error(`the kiosk could not start: ${message.message}`)));
          if (message.type === type) done(() => resolve(message));
        };
        const onExit = (code: number | null) => done(() => reject(new Error(`the kiosk exited (${code})`)));
        const done = (then: () => void) => {
          running.off('message', onMessage);
          running.off('exit', onExit);
          then();
        };
        running.on('message', onMessage);
        running.on('exit', onExit);
      });
    const ready = (await next('ready')) as Extract<FromChild, { type: 'ready' }>;
    const ask = (message: ToChild) => running.send(message);
    return {
      url: ready.url,
      dataDir,
      async sample() {
        const answer = next('sample');
        ask({ type: 'sample' });
        return ((await answer) as Extract<FromChild, { type: 'sample' }>).sample;
      },
      async heapSnapshot(path) {
        const answer = next('snapshot');
        ask({ type: 'snapshot', path });
        return ((await answer) as Extract<FromChild, { type: 'snapshot' }>).path;
      },
      async close() {
        const exited = new Promise((resolve) => running.once('exit', resolve));
        ask({ type: 'stop' });
        await exited;
        await hub?.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  } catch (err) {
    child?.kill();
    await hub?.close();
    rmSync(dir, { recursive: true, force: true });
    throw err;
  }
}
