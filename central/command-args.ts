// Turns `kioskctl command TERMINAL WHAT …` words into a command request, with a usage sentence for
// each mistake. Separate from kioskctl.ts so the parsing is tested without a hub.
import { MAX_OUT_OF_SERVICE_MESSAGE, type CommandRequest } from '../shared/contract/schemas.ts';

export class CommandArgsError extends Error {}

export const COMMAND_USAGE = `command TERMINAL_ID WHAT [--wait SECONDS] [--out FILE] [--ttl MINUTES], WHAT one of:
    restart | reload-ui | collect-logs
    out-of-service on [--message TEXT] | out-of-service off
    set-volume PERCENT
    screenshot --reason TEXT       (may show a resident's data: the reason goes to the admin log)`;

export function parseCommandWords(words: string[], options: { message?: string; reason?: string }): { command: CommandRequest; reason?: string } {
  const [what, arg] = words;
  switch (what) {
    case 'restart':
    case 'reload-ui':
    case 'collect-logs':
      return { command: { type: what } };
    case 'out-of-service': {
      if (arg !== 'on' && arg !== 'off') throw new CommandArgsError('out-of-service needs "on" or "off"');
      if (arg === 'off') return { command: { type: 'out-of-service', on: false } };
      const message = options.message?.trim();
      if (message !== undefined && (message.length === 0 || message.length > MAX_OUT_OF_SERVICE_MESSAGE)) {
        throw new CommandArgsError(`--message must be 1 to ${MAX_OUT_OF_SERVICE_MESSAGE} characters (it is shown to residents)`);
      }
      return { command: { type: 'out-of-service', on: true, ...(message ? { message } : {}) } };
    }
    case 'set-volume': {
      const percent = Number(arg);
      if (!arg || !Number.isInteger(percent) || percent < 0 || percent > 100) throw new CommandArgsError(`set-volume needs a whole percent from 0 to 100, not "${arg ?? ''}"`);
      return { command: { type: 'set-volume', percent } };
    }
    case 'screenshot':
      if (!options.reason || options.reason.trim().length < 3) {
        throw new CommandArgsError("screenshot needs --reason TEXT: the screen may show a resident's data, and the reason is kept in the admin log");
      }
      return { command: { type: 'screenshot' }, reason: options.reason.trim() };
    default:
      throw new CommandArgsError(what ? `unknown command "${what}"` : 'command needs what to do after the terminal id');
  }
}
