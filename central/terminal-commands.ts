// kioskctl's `terminals` command: the fleet table (or JSON), and `terminals ack-rollback ID`, by
// which an admin clears a rolled-back terminal's warning once they have seen it.
import { userInfo } from 'node:os';
import type { AdminClient } from './admin-client.ts';
import { formatTerminalTable } from './terminal-table.ts';

export const TERMINALS_USAGE = `terminals [--json]                            list terminals, last heartbeat, sync state and health
  terminals ack-rollback TERMINAL_ID [--by NAME]   acknowledge that a terminal rolled back by itself
                                                (clears its warning; who and when are kept; --by
                                                defaults to your user name)`;

export class TerminalsArgsError extends Error {}

function defaultName(): string | undefined {
  try {
    return userInfo().username || undefined;
  } catch {
    return undefined;
  }
}

export async function runTerminalsCommand(
  client: AdminClient,
  words: string[],
  flags: { json?: boolean; by?: string },
  print: (text: string) => void,
): Promise<void> {
  const [sub, terminalId] = words;
  if (sub === undefined) {
    const terminals = await client.listTerminals();
    print(flags.json ? JSON.stringify(terminals, null, 2) : formatTerminalTable(terminals));
    return;
  }
  if (sub !== 'ack-rollback') throw new TerminalsArgsError(`terminals takes no "${sub}"; did you mean: terminals ack-rollback TERMINAL_ID`);
  if (!terminalId) throw new TerminalsArgsError('terminals ack-rollback needs a terminal id (see: kioskctl terminals)');
  const { acknowledged } = await client.acknowledgeRollbacks(terminalId, flags.by ?? defaultName());
  if (flags.json) return print(JSON.stringify(acknowledged, null, 2));
  if (acknowledged.length === 0) return print(`${terminalId} has no rollback waiting to be acknowledged`);
  for (const r of acknowledged) {
    print(`acknowledged: ${terminalId} rolled back from ${r.version} to ${r.backOn} at ${r.at} (${r.why}); by ${r.acknowledgedBy} at ${r.acknowledgedAt}`);
  }
}
