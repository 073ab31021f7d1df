// What a test of remote commands does as the admin, whichever kiosk answers (the core booted in
// process, the browser shell, the Electron shell): send a command to the terminal, wait for its
// answer, wait for the terminal's row in the fleet list to show something.
import type { RunningCentral } from '../../central/server.ts';
import type { CommandView, TerminalSummary } from '../../shared/contract/schemas.ts';
import { adminRequest } from './hub-admin.ts';

export interface Patience {
  timeoutMs: number;
  /** How often to ask again. */
  everyMs?: number;
  /** What to print with a timeout (the kiosk's stderr), since it is all a hung test leaves. */
  log?: () => string;
}

/** The probe's first truthy answer; fails naming `what` after `timeoutMs`. */
export async function eventually<T>(what: string, probe: () => Promise<T | null | undefined | false>, patience: Patience): Promise<T> {
  const deadline = Date.now() + patience.timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}${patience.log ? `\n${patience.log()}` : ''}`);
    await new Promise((r) => setTimeout(r, patience.everyMs ?? 200));
  }
}

/** The first terminal in the fleet list that `matches` (the terminal is known only once it reported). */
export function fleetRowWhen(hub: RunningCentral, what: string, matches: (row: TerminalSummary) => boolean, patience: Patience): Promise<TerminalSummary> {
  return eventually(what, async () => ((await adminRequest(hub, 'GET', '/v1/admin/terminals')) as TerminalSummary[]).find(matches), patience);
}

/** An admin's commands to one terminal; `terminalId` is read at each call (set in beforeAll). */
export function remoteCommands(hub: () => RunningCentral, terminalId: () => string, patience: Patience) {
  const commandsPath = () => `/v1/admin/terminals/${terminalId()}/commands`;
  return {
    send: async (command: unknown, reason?: string) => (await adminRequest(hub(), 'POST', commandsPath(), { command, ...(reason ? { reason } : {}) })) as CommandView,
    answered: (commandId: string) =>
      eventually(`command ${commandId} answered`, async () => {
        const view = ((await adminRequest(hub(), 'GET', commandsPath())) as CommandView[]).find((c) => c.commandId === commandId);
        return view && view.completedAt ? view : null;
      }, patience),
  };
}
