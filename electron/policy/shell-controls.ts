// What the Electron shell offers the remote commands (terminal/sync/kiosk-sync.ts ShellControls):
// a screenshot of the kiosk window, and a restart. Unlike the browser shell, Electron can start
// itself again (app.relaunch, policy/restart.ts), so a remote restart is offered supervised or
// not: under a service manager it exits with the restart status, otherwise it relaunches.
// The Electron calls themselves stay in main.ts, passed in here as plain functions.
import type { ShellControls } from '../../terminal/sync/kiosk-sync.ts';
import type { RestartPlan } from './restart.ts';

export interface ElectronShellEffects {
  /** The kiosk window's page as a PNG (webContents.capturePage().toPNG()); null once the window is gone. */
  capturePng: (() => Promise<Buffer>) | null;
  /** How this deployment restarts (restartPlan of policy/restart.ts). */
  plan: RestartPlan;
  /** app.relaunch(options): registers the new start, taken when the app quits. */
  relaunch: (options?: { execPath: string; args: string[] }) => void;
  /** Leaves the app through its orderly quit (the core closes), with this exit status. */
  quitWith: (exitCode: number) => void;
}

export function electronShellControls(effects: ElectronShellEffects): ShellControls {
  const capture = effects.capturePng;
  return {
    restart: () => {
      if (effects.plan.action === 'exit') return effects.quitWith(effects.plan.exitCode);
      effects.relaunch(effects.plan.options);
      effects.quitWith(0);
    },
    ...(capture
      ? {
          screenshot: async () => {
            const png = await capture();
            // An empty image (the page not painted yet, or hidden) is no answer to the admin.
            if (png.length === 0) throw new Error('the kiosk window has nothing painted to capture');
            return png;
          },
        }
      : {}),
  };
}
