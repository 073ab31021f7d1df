// A stand-in for the 'electron' module, for testing how the real main-process bundle wires the
// kiosk together on a machine without an Electron binary. It is NOT Electron: it records what
// main.cjs asks of Electron and lets the parent test (over the child-process IPC channel) play
// the part of Chromium: fetch kiosk:// URLs, send IPC from chosen frames, press keys, navigate.
// Loaded with `node --require fake-electron.cjs main.cjs …`; it redirects require('electron') here.
// Where platforms differ it behaves like Electron on Windows, the strictest: a window created
// with closable: false refuses close(), and app.quit() is cancelled with it.
// FAKE_ELECTRON_FAIL=window makes creating a window throw (as a bad option or a GPU failure can);
// FAKE_ELECTRON_FAIL=sandbox makes app.enableSandbox() throw (as it does once the app is ready).
// An uncaught exception is handled as Electron's main process does: a dialog, and the process
// lives on (reported as 'error-dialog').
'use strict';
const Module = require('node:module');
const { EventEmitter } = require('node:events');

const originalResolve = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  if (request === 'electron') return __filename;
  return originalResolve.call(this, request, ...rest);
};

const report = (message) => process.send && process.send(message);
process.on('uncaughtException', (err) => {
  console.error(`[fake-electron] uncaught exception dialog: ${err && err.message}`);
  report({ kind: 'error-dialog', message: String(err && err.message) });
});
const recorded = { switches: [], privileged: null, sandbox: false, menu: undefined, powerSave: [] };
let protocolHandler = null;
const windows = [];

function makeEvent(fields = {}) {
  const event = { defaultPrevented: false, preventDefault() { event.defaultPrevented = true; }, ...fields };
  return event;
}

class FakeWebContents extends EventEmitter {
  constructor(id) {
    super();
    this.id = id;
    this.url = '';
    this.destroyed = false;
    this.windowOpenHandler = null;
    this.mainFrame = { url: '', parent: null };
  }
  send(channel, message) { report({ kind: 'sent', channel, message }); }
  isDestroyed() { return this.destroyed; }
  getURL() { return this.url; }
  setWindowOpenHandler(handler) { this.windowOpenHandler = handler; }
  setVisualZoomLevelLimits() { return Promise.resolve(); }
  /** Chromium's capture of the page, played by a small drawn PNG (4×3, a colour per pixel). */
  async capturePage() {
    const { PNG } = require('pngjs');
    const png = new PNG({ width: 4, height: 3 });
    for (let i = 0; i < 12; i++) png.data.set([i * 20, 255 - i * 20, (i * 70) % 256, 255], i * 4);
    const buffer = PNG.sync.write(png);
    report({ kind: 'captured' });
    return { toPNG: () => buffer, isEmpty: () => false };
  }
  forcefullyCrashRenderer() { this.emit('render-process-gone', makeEvent(), { reason: 'killed', exitCode: 0 }); }
  async loadURL(url) {
    const response = await protocolHandler(new Request(url));
    if (response.status !== 200) throw new Error(`ERR_FILE_NOT_FOUND (${response.status}) loading '${url}'`);
    this.url = url;
    this.mainFrame.url = url;
    report({ kind: 'loaded', url });
    this.emit('did-finish-load');
  }
}

class BrowserWindow extends EventEmitter {
  constructor(options) {
    super();
    if (process.env.FAKE_ELECTRON_FAIL === 'window') throw new Error('Failed to create the window (FAKE_ELECTRON_FAIL=window)');
    this.options = options;
    this.closable = options.closable !== false;
    this.webContents = new FakeWebContents(100 + windows.length);
    this.destroyed = false;
    windows.push(this);
    app.emit('web-contents-created', makeEvent(), this.webContents);
    report({ kind: 'window', options });
    setImmediate(() => this.emit('ready-to-show'));
  }
  isDestroyed() { return this.destroyed; }
  setClosable(closable) { this.closable = closable; }
  isClosable() { return this.closable; }
  /** Returns false when the close was cancelled: by Windows for a non-closable window, or by a 'close' handler. */
  close() {
    if (!this.closable) return false;
    const event = makeEvent();
    this.emit('close', event);
    if (event.defaultPrevented) return false;
    this.destroyed = true;
    this.webContents.destroyed = true;
    this.emit('closed');
    return true;
  }
  loadURL(url) { return this.webContents.loadURL(url); }
  isMinimized() { return false; }
  restore() {}
  focus() {}
  show() { this.shown = true; }
  static getAllWindows() { return windows.filter((w) => !w.destroyed); }
}

const app = new EventEmitter();
Object.assign(app, {
  isPackaged: false,
  paths: { userData: require('node:path').join(require('node:os').tmpdir(), 'fake-electron-user-data') },
  commandLine: { appendSwitch: (name, value) => recorded.switches.push(value === undefined ? name : `${name}=${value}`) },
  setPath(name, value) { app.paths[name] = value; },
  getPath(name) { return app.paths[name]; },
  requestSingleInstanceLock: () => true,
  enableSandbox() {
    if (process.env.FAKE_ELECTRON_FAIL === 'sandbox') throw new Error('app.enableSandbox() can only be called before app is ready');
    recorded.sandbox = true;
  },
  whenReady: () => new Promise((resolve) => setImmediate(resolve)),
  relaunch(options) { report({ kind: 'relaunch', options: options ?? null }); },
  exit(code) { process.exit(code); },
  quit() {
    const before = makeEvent();
    app.emit('before-quit', before);
    if (before.defaultPrevented) return;
    for (const w of windows) {
      if (w.destroyed) continue;
      if (!w.close()) {
        report({ kind: 'quit-cancelled' });
        return;
      }
    }
    const willQuit = makeEvent();
    app.emit('will-quit', willQuit);
    if (!willQuit.defaultPrevented) process.exit(0);
  },
});

const session = {
  defaultSession: Object.assign(new EventEmitter(), {
    handlers: {},
    setPermissionRequestHandler(h) { this.handlers.request = h; },
    setPermissionCheckHandler(h) { this.handlers.check = h; },
    setDevicePermissionHandler(h) { this.handlers.device = h; },
    webRequest: { onBeforeRequest(h) { session.defaultSession.handlers.beforeRequest = h; } },
  }),
};

const electron = {
  app,
  BrowserWindow,
  ipcMain: new EventEmitter(),
  Menu: { setApplicationMenu: (menu) => { recorded.menu = menu; } },
  powerSaveBlocker: { start: (type) => { recorded.powerSave.push(type); return 1; } },
  screen: { getPrimaryDisplay: () => ({ size: { width: 1080, height: 1920 } }) },
  protocol: {
    registerSchemesAsPrivileged: (schemes) => { recorded.privileged = schemes; },
    handle: (scheme, handler) => { if (scheme === 'kiosk') protocolHandler = handler; },
  },
  session,
};
module.exports = electron;

/** Commands from the test, each answered with { kind: 'result', id, value }. */
const commands = {
  recorded: () => ({ ...recorded, windowShown: windows[0]?.shown === true }),
  async fetch({ url }) {
    const response = await protocolHandler(new Request(url));
    return { status: response.status, headers: Object.fromEntries(response.headers), body: await response.text() };
  },
  ipc({ payload, frameUrl, isMainFrame, webContentsId }) {
    const contents = windows[0].webContents;
    const sender = webContentsId === undefined ? contents : Object.assign(new FakeWebContents(webContentsId), { send: contents.send });
    const senderFrame = frameUrl === null ? null : { url: frameUrl ?? contents.url, parent: isMainFrame === false ? {} : null };
    electron.ipcMain.emit('kiosk:request', { sender, senderFrame }, payload);
    return true;
  },
  navigate({ url }) {
    const event = makeEvent({ url });
    windows[0].webContents.emit('will-navigate', event);
    return event.defaultPrevented;
  },
  key({ input }) {
    const event = makeEvent();
    windows[0].webContents.emit('before-input-event', event, input);
    return event.defaultPrevented;
  },
  openWindow({ url }) { return windows[0].webContents.windowOpenHandler({ url }); },
  permission({ name }) {
    return new Promise((resolve) => session.defaultSession.handlers.request(windows[0].webContents, name, resolve, { requestingUrl: windows[0].webContents.url }));
  },
  request({ url }) {
    return new Promise((resolve) => session.defaultSession.handlers.beforeRequest({ url, resourceType: 'xhr' }, (r) => resolve(r.cancel)));
  },
  crashRenderer() {
    windows[0].webContents.emit('render-process-gone', makeEvent(), { reason: 'crashed', exitCode: 1 });
    return true;
  },
  closeWindow() {
    const event = makeEvent();
    windows[0].emit('close', event);
    return event.defaultPrevented;
  },
};

process.on('message', async ({ id, command, args }) => {
  try {
    report({ kind: 'result', id, value: await commands[command](args ?? {}) });
  } catch (err) {
    report({ kind: 'result', id, error: String(err && err.message) });
  }
});
