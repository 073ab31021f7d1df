// How the kiosk restarts itself when the page keeps dying (policy/recovery.ts says 'restart-app').
// app.relaunch() alone re-runs process.execPath, which is wrong in two deployments:
// - AppImage: execPath lies inside the image's FUSE mount ($APPDIR), which disappears when the old
//   process exits, so the relaunch finds no executable and the kiosk never comes back
//   (electron-builder issues 1727 and 4650). The image itself is $APPIMAGE: relaunch that.
// - Under a service manager (systemd `Restart=always`, started with --supervised): a relaunched
//   process would be a stray outside the manager's control (and killed with the old process's
//   cgroup). Exit with a status the manager restarts on instead.

/** sysexits.h EX_TEMPFAIL: "temporary failure, try again" — in the journal, a requested restart, not a crash. */
export const restartExitCode = 75;

export interface RestartInput {
  /** The --supervised flag: a service manager restarts the kiosk when it exits. */
  supervised: boolean;
  /** process.env: APPIMAGE and APPDIR are set by the AppImage runtime. */
  env: Readonly<Record<string, string | undefined>>;
  execPath: string;
  /** process.argv as-is. */
  argv: readonly string[];
}

export type RestartPlan =
  /** app.relaunch(options) then app.quit(); no options: Electron's defaults (execPath, argv) are right. */
  | { action: 'relaunch'; options?: { execPath: string; args: string[] } }
  /** Close down cleanly and exit with this status; the service manager starts the kiosk again. */
  | { action: 'exit'; exitCode: number };

export function restartPlan(input: RestartInput): RestartPlan {
  if (input.supervised) return { action: 'exit', exitCode: restartExitCode };
  const { APPIMAGE: appImage, APPDIR: appDir } = input.env;
  // Only when this process really runs from the mount: a child started by some other AppImage
  // (a terminal, a file manager) inherits APPIMAGE too.
  if (appImage && appDir && input.execPath.startsWith(appDir.endsWith('/') ? appDir : `${appDir}/`)) {
    return { action: 'relaunch', options: { execPath: appImage, args: input.argv.slice(1) } };
  }
  return { action: 'relaunch' };
}
