// The Electron main process's own command line: `--config FILE`, `--data-dir DIR`, `--windowed`,
// `--supervised`, and from `npm start` the central hub to use and a one-time enrollment code.
// Electron and Chromium add switches of their own (and Playwright adds --inspect, --remote-
// debugging-port), so unknown arguments are ignored rather than refused.
import { z } from 'zod';

export interface ShellArgs {
  configPath?: string;
  dataDir?: string;
  /** Overrides config.central.url (the demo's local hub). */
  centralUrl?: string;
  /** One-time enrollment code: the kiosk enrolls before it starts syncing. */
  enrollCode?: string;
  /** A normal window instead of kiosk mode: for development on a desktop, never in a hall. */
  windowed: boolean;
  /**
   * A service manager restarts the kiosk when it exits (systemd `Restart=always`): to restart, the
   * kiosk exits with a status saying so instead of relaunching itself (policy/restart.ts).
   * A flag rather than guessing from the environment: a desktop session's systemd variables are
   * inherited by everything it starts, and a wrong guess leaves a hall with no kiosk.
   */
  supervised: boolean;
}

const valueSchema = z.string().min(1).refine((v) => !v.startsWith('--'));
const examples = {
  configPath: '/etc/kiosk/config.json',
  dataDir: '/var/lib/kiosk',
  centralUrl: 'http://127.0.0.1:8700',
  enrollCode: 'ABCD-EFGH-JKMN',
} as const;

export class ShellArgsError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ShellArgsError';
  }
}

/** Parses argv (process.argv as-is). Throws ShellArgsError naming the option when a value is missing. */
export function parseShellArgs(argv: readonly string[]): ShellArgs {
  const result: ShellArgs = { windowed: false, supervised: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--windowed' || arg === '--supervised') {
      result[arg === '--windowed' ? 'windowed' : 'supervised'] = true;
      continue;
    }
    for (const [option, field] of [
      ['--config', 'configPath'],
      ['--data-dir', 'dataDir'],
      ['--central-url', 'centralUrl'],
      ['--enroll', 'enrollCode'],
    ] as const) {
      let value: string | undefined;
      if (arg === option) value = argv[++i];
      else if (arg.startsWith(`${option}=`)) value = arg.slice(option.length + 1);
      else continue;
      const parsed = valueSchema.safeParse(value);
      if (!parsed.success) throw new ShellArgsError(`${option} needs a value (for example ${option} ${examples[field]})`);
      result[field] = parsed.data;
    }
  }
  return result;
}
