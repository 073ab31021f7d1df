// Runs the remote commands a heartbeat brought: each is checked (check-command.ts), recorded with
// its result in the store as it runs, and its result posted to central — again after a restart or
// a lost answer until central has it. A restart is recorded and reported before it happens, so the
// kiosk that comes back does not run it a second time.
import type { CommandRequest, CommandResultRequest } from '../../shared/contract/schemas.ts';
import type { CentralClient } from '../sync/central-client.ts';
import { appendAudit } from '../store/audit-log.ts';
import type { Db } from '../store/open-store.ts';
import { findCommand, markReported, recordCommand, unreportedCommands, type CommandAttachment } from '../store/remote-commands.ts';
import { checkCommand } from './check-command.ts';

/** What the kiosk around the runner can do; null where this kiosk cannot (answered 'failed'). */
export interface CommandHandlers {
  setOutOfService(message: string | null): void;
  setVolume(percent: number): void;
  reloadUi(): void;
  collectLogs(): Promise<CommandAttachment>;
  /** Null when nothing would start the kiosk again (no supervisor): a restart would leave it down. */
  restart: (() => void) | null;
  screenshot: (() => Promise<Buffer>) | null;
}

export interface CommandRunnerOptions {
  db: Db;
  client: CentralClient;
  terminalId: string;
  centralPublicKey: string;
  handlers: () => CommandHandlers;
  now: () => Date;
  defaultOutOfServiceMessage: string;
}

type Outcome = { status: 'done' | 'failed'; detail: string; attachment?: CommandAttachment; after?: () => void };

export function createCommandRunner(opts: CommandRunnerOptions) {
  async function execute(command: CommandRequest): Promise<Outcome> {
    const handlers = opts.handlers();
    switch (command.type) {
      case 'out-of-service':
        handlers.setOutOfService(command.on ? (command.message ?? opts.defaultOutOfServiceMessage) : null);
        return { status: 'done', detail: command.on ? 'out of service: residents see the notice' : 'back in service' };
      case 'set-volume':
        handlers.setVolume(command.percent);
        return { status: 'done', detail: `volume set to ${command.percent}%` };
      case 'reload-ui':
        handlers.reloadUi();
        return { status: 'done', detail: 'the UI was asked to reload' };
      case 'collect-logs':
        return { status: 'done', detail: 'log bundle attached (no personal data)', attachment: await handlers.collectLogs() };
      case 'screenshot': {
        if (!handlers.screenshot) return { status: 'failed', detail: 'this kiosk shell cannot capture its screen' };
        const png = await handlers.screenshot();
        return { status: 'done', detail: 'screenshot attached', attachment: { contentType: 'image/png', base64: png.toString('base64') } };
      }
      case 'restart': {
        const restart = handlers.restart;
        if (!restart) return { status: 'failed', detail: 'not run under a supervisor (systemd unit or supervisor/): a restart would leave the kiosk stopped' };
        return { status: 'done', detail: `restarting at ${opts.now().toISOString()}`, after: restart };
      }
    }
  }

  async function report(): Promise<void> {
    for (const record of unreportedCommands(opts.db)) {
      const body: CommandResultRequest = { status: record.status, detail: record.detail, ...(record.attachment ? { attachment: record.attachment } : {}) };
      const response = await opts.client.request('POST', `/v1/commands/${record.id}/result`, body);
      // 404/409: central no longer wants this answer (re-enrolled, or answered already): stop.
      if (response.status === 200 || response.status === 404 || response.status === 409) markReported(opts.db, record.id, opts.now());
      else throw new Error(`central refused the result of command ${record.id}: HTTP ${response.status}`);
    }
  }

  return {
    /** Checks and runs the commands of one heartbeat answer, then posts every pending result. */
    async receive(commands: unknown[]): Promise<void> {
      const afterReport: (() => void)[] = [];
      for (const raw of commands) {
        const check = checkCommand(raw, {
          terminalId: opts.terminalId,
          centralPublicKey: opts.centralPublicKey,
          now: opts.now(),
          alreadyRun: (id) => findCommand(opts.db, id) !== null,
        });
        if (check.verdict === 'ignore') {
          appendAudit(opts.db, 'command-ignored', check.reason, opts.now());
          continue;
        }
        if (check.verdict === 'repeat') continue; // its result is among the unreported, or central has it
        if (check.verdict === 'refuse') {
          recordCommand(opts.db, { id: check.id, type: check.type, status: 'refused', detail: check.reason, attachment: null }, opts.now());
          appendAudit(opts.db, 'command-refused', `${check.id} ${check.type}: ${check.reason}`, opts.now());
          continue;
        }
        const { id, command } = check.command.envelope;
        let outcome: Outcome;
        try {
          outcome = await execute(command);
        } catch (err) {
          outcome = { status: 'failed', detail: `${command.type} failed: ${(err as Error).message}` };
        }
        recordCommand(opts.db, { id, type: command.type, status: outcome.status, detail: outcome.detail, attachment: outcome.attachment ?? null }, opts.now());
        appendAudit(opts.db, 'command', `${id} ${command.type}: ${outcome.status}, ${outcome.detail}`, opts.now());
        if (outcome.after) afterReport.push(outcome.after);
      }
      try {
        await report();
      } finally {
        // A restart goes ahead even when central could not be told: the stored result follows it.
        for (const action of afterReport) action();
      }
    },
    report,
  };
}

export type CommandRunner = ReturnType<typeof createCommandRunner>;
