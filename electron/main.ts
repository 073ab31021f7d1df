// The Electron main process: a thin shell around the kiosk core. It boots the core
// (terminal/boot.ts), shows the renderer in one locked-down kiosk window, and carries KioskApi
// messages over IPC. Every rule it applies is a plain function in policy/, unit-tested there.
import { app, BrowserWindow, ipcMain, Menu, powerSaveBlocker, screen, session } from 'electron';
import { join } from 'node:path';
import { bootKiosk, type RunningKiosk } from '../terminal/boot.ts';
import { dispatchMessage, forwardEvents } from '../terminal/dispatch.ts';
import { registerAppScheme, serveAppFiles } from './app-protocol.ts';
import { messageChannel, requestChannel } from './kiosk-bridge.ts';
import { lockDownSession, lockDownWebContents } from './lockdown.ts';
import { appEntryUrl, appOrigin } from './policy/app-origin.ts';
import { isTrustedIpcSender, parseIpcRequest } from './policy/ipc.ts';
import { restartPlan } from './policy/restart.ts';
import { electronShellControls } from './policy/shell-controls.ts';
import { parseShellArgs, type ShellArgs } from './policy/shell-args.ts';
import { kioskWindowOptions } from './policy/window-options.ts';
import { watchRenderer } from './renderer-watchdog.ts';
import { createRendererCrashTally } from './policy/renderer-crash-tally.ts';

/** How long the core may take to close (flush the store, release ports) before the app exits anyway. */
const closeTimeoutMs = 10_000;

let core: RunningKiosk | null = null;
let kioskWindow: BrowserWindow | null = null;
let quitting = false;
let coreClosed = false;
/** Renderer crashes since start, reported in every heartbeat. */
const rendererCrashes = createRendererCrashTally();
/** Non-zero once a restart is left to the service manager (policy/restart.ts). */
let exitCode = 0;

function fail(message: string): never {
  console.error(`kiosk: ${message}`);
  app.exit(1);
  process.exit(1);
}

/** A start-up failure whose message already says what to do next. */
class StartError extends Error {}

/**
 * Every start-up error ends here, whichever step threw: the core (if it started) is closed so its
 * simulators and ports do not outlive the app, the reason is printed, and the exit status is
 * non-zero, so a service manager restarts the kiosk instead of keeping a process with no window.
 */
async function failStart(err: unknown): Promise<never> {
  const reason = err instanceof StartError ? err.message : `could not start: ${(err as Error)?.message ?? String(err)}`;
  if (core && !coreClosed) {
    const closing = core.close().catch(() => undefined);
    await Promise.race([closing, new Promise((resolve) => setTimeout(resolve, closeTimeoutMs))]);
    coreClosed = true;
  }
  fail(reason);
}

function readArgs(): ShellArgs {
  try {
    return parseShellArgs(process.argv);
  } catch (err) {
    fail((err as Error).message);
  }
}

const args = readArgs();
// Chromium's profile and the single-instance lock live beside the kiosk's data, so one data
// directory means one running kiosk, and nothing is left in a home directory.
if (args.dataDir) app.setPath('userData', join(args.dataDir, 'electron'));
const dataDir = args.dataDir ?? join(app.getPath('userData'), 'data');

if (!app.requestSingleInstanceLock()) {
  // Another kiosk is already running on this data: it gets focus (below), this one leaves.
  console.error('kiosk: already running; focusing the running kiosk');
  app.exit(0);
} else {
  // A synchronous throw here would reach Electron's uncaught-exception dialog, which nobody at a
  // kiosk can dismiss: it takes the same failure path as the rest of the start.
  try {
    start();
  } catch (err) {
    void failStart(err);
  }
}

function start(): void {
  registerAppScheme();
  app.enableSandbox();
  // A finger must not zoom the page, nor swipe it "back".
  app.commandLine.appendSwitch('disable-pinch');
  app.commandLine.appendSwitch('overscroll-history-navigation', '0');
  Menu.setApplicationMenu(null); // the default menu's accelerators include reload, close and DevTools
  app.on('web-contents-created', (_event, contents) => lockDownWebContents(contents));
  app.on('second-instance', () => {
    if (!kioskWindow || kioskWindow.isDestroyed()) return;
    if (kioskWindow.isMinimized()) kioskWindow.restore();
    kioskWindow.focus();
  });
  app.on('before-quit', () => {
    quitting = true;
    // On Windows a window created with closable: false cancels close(), and app.quit() with it:
    // neither the restart nor the core's orderly shutdown would run. Only the app itself ever
    // gets here (residents have no quit), so the window may close now.
    if (kioskWindow && !kioskWindow.isDestroyed()) kioskWindow.setClosable(true);
  });
  app.on('will-quit', (event) => {
    if (!core || coreClosed) return;
    event.preventDefault();
    const timer = setTimeout(() => fail('the kiosk core did not close in time; exiting anyway'), closeTimeoutMs);
    core
      .close()
      .catch((err: Error) => console.error(`kiosk: closing the core failed: ${err.name}`))
      .finally(() => {
        clearTimeout(timer);
        coreClosed = true;
        if (exitCode !== 0) app.exit(exitCode);
        else app.quit();
      });
  });
  app.on('window-all-closed', () => app.quit());
  for (const signal of ['SIGTERM', 'SIGINT'] as const) process.on(signal, () => app.quit());
  // One catch for the whole start: an error thrown in run() (creating the window, say) must not
  // become an unhandled rejection, which Electron only logs, leaving a process with no window.
  app
    .whenReady()
    .then(run)
    .catch((err: unknown) => failStart(err));
}

async function run(): Promise<void> {
  lockDownSession(session.defaultSession);
  serveAppFiles(join(__dirname, '..', 'renderer'));
  powerSaveBlocker.start('prevent-display-sleep');
  // ConfigError names the file and the field; boot errors carry no resident data.
  core = await bootKiosk({ configPath: args.configPath, dataDir, centralUrl: args.centralUrl, enrollCode: args.enrollCode, shellHealth: rendererCrashes.health });
  const win = createKioskWindow();
  const api = core.api;
  // Remote commands (screenshot on an admin's stated reason, restart): the decisions are in
  // policy/shell-controls.ts; here only the Electron calls.
  core.setShellControls(
    electronShellControls({
      capturePng: async () => {
        if (win.isDestroyed()) throw new Error('the kiosk window is closed');
        return (await win.webContents.capturePage()).toPNG();
      },
      plan: currentRestartPlan(),
      relaunch: (options) => app.relaunch(options),
      quitWith: (code) => {
        exitCode = code;
        app.quit();
      },
    }),
  );
  ipcMain.on(requestChannel, (event, payload: unknown) => {
    const frame = event.senderFrame;
    const sender = { senderUrl: frame?.url ?? null, senderFrameIsMain: frame !== null && frame.parent === null, webContentsId: event.sender.id };
    if (!isTrustedIpcSender(sender, { webContentsId: win.webContents.id, appOrigin })) {
      console.warn('kiosk: refused an IPC message from a sender other than the kiosk page');
      return;
    }
    const request = parseIpcRequest(payload);
    if (!request.ok) {
      console.warn(`kiosk: refused an IPC message: ${request.reason}`);
      return;
    }
    void dispatchMessage(api, request.message).then((response) => {
      if (response && !event.sender.isDestroyed()) event.sender.send(messageChannel, response);
    });
  });
  forwardEvents(api, (message) => {
    if (!win.isDestroyed()) win.webContents.send(messageChannel, message);
  });
  try {
    await win.loadURL(appEntryUrl);
  } catch (err) {
    throw new StartError(`the kiosk page did not load (${(err as Error).message}); was the renderer built (npm run build)?`);
  }
  console.log(`kiosk ready: ${win.webContents.getURL()}`);
}

function currentRestartPlan() {
  return restartPlan({ supervised: args.supervised, env: process.env, execPath: process.execPath, argv: process.argv });
}

function createKioskWindow(): BrowserWindow {
  const devTools = !app.isPackaged && process.env.KIOSK_DEVTOOLS === '1';
  const options = kioskWindowOptions({
    preloadPath: join(__dirname, 'preload.cjs'),
    kiosk: !args.windowed,
    display: screen.getPrimaryDisplay().size,
    devTools,
  });
  const win = new BrowserWindow(options);
  kioskWindow = win;
  win.once('ready-to-show', () => win.show());
  // In kiosk mode only quitting closes the window (Alt+F4 reaches here through the window manager).
  win.on('close', (event) => {
    if (!quitting && !args.windowed) event.preventDefault();
  });
  watchRenderer(win, {
    reloadPage: () => void win.loadURL(appEntryUrl).catch((err: Error) => console.error(`kiosk: reloading the page failed: ${err.message}`)),
    restartApp: () => {
      const plan = currentRestartPlan();
      if (plan.action === 'exit') exitCode = plan.exitCode;
      else app.relaunch(plan.options);
      app.quit();
    },
    isQuitting: () => quitting,
    onRendererGone: (reason) => rendererCrashes.record(reason, new Date()),
  });
  return win;
}
