// Decides whether a command from a heartbeat answer may run here. Only central's signature (with
// the key pinned at enrollment), addressed to this terminal, not expired and never run before.
import { signedCommandSchema, type SignedCommand } from '../../shared/contract/schemas.ts';
import { verifyCommand } from '../../shared/contract/signing.ts';

export type CommandCheck =
  | { verdict: 'run'; command: SignedCommand }
  /** Already run (central had not heard back, or a replay): its stored result goes again. */
  | { verdict: 'repeat'; id: string }
  /** Signed by central for this terminal but not to be run: answered 'refused' with the reason. */
  | { verdict: 'refuse'; id: string; type: string; reason: string }
  /**
   * Not central's, or not for this terminal: not run and not answered (answering would let a
   * forger use a real command's id to have it refused). Written to the audit log only.
   */
  | { verdict: 'ignore'; reason: string };

export interface CheckContext {
  terminalId: string;
  centralPublicKey: string;
  now: Date;
  alreadyRun(id: string): boolean;
}

export function checkCommand(raw: unknown, ctx: CheckContext): CommandCheck {
  const parsed = signedCommandSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { verdict: 'ignore', reason: `malformed command (${issue?.path.join('.') || 'top level'}: ${issue?.message})` };
  }
  const signed = parsed.data;
  const { id, terminalId, expiresAt, command } = signed.envelope;
  if (!verifyCommand(ctx.centralPublicKey, signed)) return { verdict: 'ignore', reason: `command ${id} (${command.type}) is not signed by the pinned central key` };
  if (terminalId !== ctx.terminalId) return { verdict: 'ignore', reason: `command ${id} (${command.type}) is addressed to terminal ${terminalId}, not to this one` };
  if (ctx.alreadyRun(id)) return { verdict: 'repeat', id };
  if (Date.parse(expiresAt) < ctx.now.getTime()) {
    return { verdict: 'refuse', id, type: command.type, reason: `expired at ${expiresAt} before it reached the kiosk; not run` };
  }
  return { verdict: 'run', command: signed };
}
