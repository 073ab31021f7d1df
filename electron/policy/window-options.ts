// The kiosk window's options. Every web preference that widens what the page can do is set
// explicitly, even where Electron's default is already safe, so a future Electron default change
// or a careless edit shows up in a test instead of in a township hall.

export interface KioskWindowInput {
  preloadPath: string;
  /** Full-screen kiosk mode; false only for development on a desktop. */
  kiosk: boolean;
  /** Size of the target display; used for the window size (kiosk mode covers it anyway). */
  display?: { width: number; height: number };
  /** DevTools for a developer build only; a kiosk in a hall never has them. */
  devTools?: boolean;
}

/** A structural subset of Electron's BrowserWindowConstructorOptions (no Electron import here). */
export interface KioskWindowOptions {
  width: number;
  height: number;
  show: boolean;
  kiosk: boolean;
  fullscreen: boolean;
  frame: boolean;
  resizable: boolean;
  movable: boolean;
  minimizable: boolean;
  maximizable: boolean;
  closable: boolean;
  alwaysOnTop: boolean;
  skipTaskbar: boolean;
  autoHideMenuBar: boolean;
  backgroundColor: string;
  title: string;
  webPreferences: {
    preload: string;
    contextIsolation: true;
    sandbox: true;
    nodeIntegration: false;
    nodeIntegrationInWorker: false;
    nodeIntegrationInSubFrames: false;
    webSecurity: true;
    allowRunningInsecureContent: false;
    webviewTag: false;
    experimentalFeatures: false;
    navigateOnDragDrop: false;
    spellcheck: false;
    devTools: boolean;
    /** window.alert/confirm/prompt would block the page with a dialog nobody may dismiss. */
    disableDialogs: true;
    /** The idle timer must keep its pace even if the OS thinks the window is hidden. */
    backgroundThrottling: false;
    /** Voice guidance starts when a card is placed, which is not a click on the page. */
    autoplayPolicy: 'no-user-gesture-required';
    enableWebSQL: false;
  };
}

/** Matches the app's background so a reload never flashes white on a dark theme, or vice versa. */
export const kioskBackgroundColor = '#f4f1ea';

const developmentSize = { width: 1280, height: 800 };

export function kioskWindowOptions(input: KioskWindowInput): KioskWindowOptions {
  const size = input.display ?? developmentSize;
  return {
    width: size.width,
    height: size.height,
    // Shown on 'ready-to-show', so the resident never sees an empty frame.
    show: false,
    kiosk: input.kiosk,
    fullscreen: input.kiosk,
    frame: false,
    resizable: !input.kiosk,
    movable: !input.kiosk,
    minimizable: false,
    maximizable: false,
    // Not closable by residents; main.ts makes it closable in 'before-quit', since on Windows a
    // non-closable window cancels app.quit() itself.
    closable: !input.kiosk,
    alwaysOnTop: input.kiosk,
    skipTaskbar: input.kiosk,
    autoHideMenuBar: true,
    backgroundColor: kioskBackgroundColor,
    title: '自助服务终端',
    webPreferences: {
      preload: input.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      devTools: input.devTools === true,
      disableDialogs: true,
      backgroundThrottling: false,
      autoplayPolicy: 'no-user-gesture-required',
      enableWebSQL: false,
    },
  };
}
