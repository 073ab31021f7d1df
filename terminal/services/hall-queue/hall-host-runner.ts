// The queue host's pages follow the configuration while the kiosk runs (issue 25): a pushed `hall`
// that makes this kiosk the host starts them, one that moves the port restarts them on it, one
// that turns the queue off (or makes this kiosk another kiosk's member) stops them. Counters,
// PINs, the display code and the rules are read live by the server, so those need nothing here.
import { hallRole, type HallConfig } from '../../../config/hall-schema.ts';
import type { HallServer } from './hall-server.ts';

export interface HallHostRunnerDeps {
  hall(): HallConfig;
  start(port: number): Promise<HallServer>;
  /** A start that failed after boot (the port taken): for the technician's diagnostics. */
  failed(detail: string): void;
}

export function createHallHostRunner(deps: HallHostRunnerDeps) {
  let running: { port: number; server: HallServer } | null = null;
  let chain: Promise<void> = Promise.resolve();

  async function reconcile(): Promise<void> {
    const hall = deps.hall();
    const wanted = hallRole(hall) === 'host' ? hall.port : null;
    if (wanted === (running?.port ?? null)) return;
    const stopping = running;
    running = null;
    await stopping?.server.close();
    if (wanted !== null) running = { port: wanted, server: await deps.start(wanted) };
  }

  return {
    /** At boot: a port already taken stops the kiosk with the reason, as before. */
    start: () => (chain = chain.then(reconcile)),
    /** After a configuration change; one at a time, in order. */
    apply(): Promise<void> {
      chain = chain.then(reconcile).catch((err) => deps.failed(`hall pages not started: ${(err as Error).message}`));
      return chain;
    },
    /** The port the pages answer on now (0 asked: the one given); null when not serving. */
    port: () => running?.server.port ?? null,
    async close() {
      await chain.catch(() => undefined);
      await running?.server.close();
      running = null;
    },
  };
}

export type HallHostRunner = ReturnType<typeof createHallHostRunner>;
