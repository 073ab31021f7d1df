// `npm start`: starts the kiosk. Electron when its binary is present, otherwise the browser shell
// (the core serves the UI and KioskApi on 127.0.0.1 and opens Chromium in kiosk mode).
// Prints exactly one line `kiosk ready: <url>` once the UI can be used.
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ConfigError } from '../config/load.ts';
import { bootKiosk } from '../terminal/boot.ts';
import { startBrowserShell } from '../browser-shell/server.ts';
import { loadOrCreateAccessToken } from '../browser-shell/access-token.ts';
import { startKioskBrowser, type KioskBrowser } from '../browser-shell/kiosk-browser.ts';
import { locateElectronBinary } from '../electron/locate-binary.ts';
import { nativeModulesProblemUnderElectron } from '../electron/native-abi.ts';
import { loadConfig } from '../config/load.ts';
import { startDemoHub, type DemoHub } from './demo-hub.ts';

const usage = `usage: npm start -- [--config FILE] [--data-dir DIR] [--shell electron|browser|none] [--port N]
  --config FILE    terminal configuration (JSON); without it: defaults and simulated devices
  --data-dir DIR   where the kiosk keeps its database and keys (default ./.kiosk-data)
  --shell KIND     electron (default when its binary is installed), browser (Chromium kiosk), none (serve only)
  --port N         browser shell port on 127.0.0.1 (0 = any free port; default 0)
  --enroll CODE    enroll with central (central.url in the config) using a one-time code, then start
  --standalone     no central.url configured: run without the demo hub (nothing is synced)`;

const SHUTDOWN_LIMIT_MS = 10_000;
/** EX_TEMPFAIL: "stopped on purpose, start me again"; a supervisor restarts on any non-zero code. */
const RESTART_EXIT_CODE = 75;

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

function parseCli() {
  try {
    const { values } = parseArgs({
      options: {
        config: { type: 'string' },
        'data-dir': { type: 'string', default: '.kiosk-data' },
        shell: { type: 'string' },
        port: { type: 'string', default: '0' },
        help: { type: 'boolean', short: 'h' },
        enroll: { type: 'string' },
        standalone: { type: 'boolean', default: false },
      },
      strict: true,
    });
    if (values.help) {
      console.log(usage);
      process.exit(0);
    }
    const port = Number(values.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535) fail(`--port must be a number from 0 to 65535, got "${values.port}"\n${usage}`);
    const shell = values.shell ?? 'auto';
    if (!['auto', 'electron', 'browser', 'none'].includes(shell)) fail(`--shell must be electron, browser or none, got "${shell}"\n${usage}`);
    return {
      configPath: values.config ? resolve(values.config) : undefined,
      dataDir: resolve(values['data-dir']!),
      shell: shell as 'auto' | 'electron' | 'browser' | 'none',
      port,
      enrollCode: values.enroll,
      standalone: values.standalone === true,
    };
  } catch (err) {
    fail(`${(err as Error).message}\n${usage}`);
  }
}

/**
 * Sync (issue 4): with no central configured, the demo runs a local hub and enrolls with it, so a
 * fresh `npm start` shows sync working end to end. Shared by both shells.
 */
async function prepareCentral(args: ReturnType<typeof parseCli>): Promise<{ centralUrl?: string; enrollCode?: string; hub: DemoHub | null }> {
  const centralConfigured = Boolean(loadConfig(args.configPath).central.url);
  if (centralConfigured || args.enrollCode || args.standalone) return { enrollCode: args.enrollCode, hub: null };
  const hub = await startDemoHub(args.dataDir);
  console.error(`kiosk: no central.url configured: demo hub at ${hub.url} (data in ${args.dataDir}/central; --standalone to run without it).`);
  return { centralUrl: hub.url, enrollCode: hub.enrollCode ?? undefined, hub };
}

async function runElectron(binary: string, args: ReturnType<typeof parseCli>): Promise<void> {
  let central: Awaited<ReturnType<typeof prepareCentral>>;
  try {
    central = await prepareCentral(args);
  } catch (err) {
    if (err instanceof ConfigError) fail(err.message);
    fail(`kiosk could not start: ${(err as Error).message}`);
  }
  const electronArgs = [resolve('dist/electron/main.cjs'), '--data-dir', args.dataDir];
  if (args.configPath) electronArgs.push('--config', args.configPath);
  if (central.centralUrl) electronArgs.push('--central-url', central.centralUrl);
  if (central.enrollCode) electronArgs.push('--enroll', central.enrollCode);
  // Under the supervisor, Electron's own restart (remote command, a renderer that keeps dying)
  // exits 75 for it instead of relaunching a stray process outside its control.
  if (process.env.KIOSK_SUPERVISED === '1') electronArgs.push('--supervised');
  // ELECTRON_RUN_AS_NODE would make Electron a plain Node and skip the window entirely.
  const { ELECTRON_RUN_AS_NODE: _ignored, ...env } = process.env;
  const child = spawn(binary, electronArgs, { stdio: 'inherit', env });
  const forward = (signal: NodeJS.Signals) => child.kill(signal);
  process.on('SIGINT', forward);
  process.on('SIGTERM', forward);
  child.on('exit', async (code) => {
    await central.hub?.close();
    process.exit(code ?? 0);
  });
}

async function runBrowserShell(args: ReturnType<typeof parseCli>): Promise<void> {
  // Signal handlers come first: a SIGTERM that lands while the kiosk boots, or in the instant
  // after "kiosk ready" is printed, must still shut it down cleanly rather than kill it outright.
  let stopRequested = false;
  let stop: (exitCode?: number) => Promise<void> = async () => void (stopRequested = true);
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
  let kiosk;
  let demoHub: DemoHub | null = null;
  let browser: KioskBrowser | null = null;
  // Browser restarts go out with each heartbeat, as renderer crashes would under Electron.
  const shellHealth = () => ({ kind: 'browser', ...(browser?.health() ?? { state: 'not-started', crashes: 0 }) });
  try {
    const central = await prepareCentral(args);
    demoHub = central.hub;
    kiosk = await bootKiosk({ configPath: args.configPath, dataDir: args.dataDir, centralUrl: central.centralUrl, enrollCode: central.enrollCode, shellHealth });
  } catch (err) {
    await demoHub?.close();
    if (err instanceof ConfigError) fail(err.message);
    fail(`kiosk could not start: ${(err as Error).message}`);
  }
  const shell = await startBrowserShell({ api: kiosk.api, port: args.port, token: loadOrCreateAccessToken(args.dataDir) });
  const wantsBrowser = args.shell === 'browser' || (args.shell === 'auto' && Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY));
  if (wantsBrowser) {
    // Relaunched whenever it ends, within seconds (browser-shell/chromium-supervisor.ts).
    browser = startKioskBrowser({ url: shell.url });
    if (!browser) console.error('kiosk: no Chromium found (apt-get install chromium); open the URL below in a browser.');
  } else if (args.shell === 'auto') {
    console.error('kiosk: no display found; open the URL below in a browser.');
  }
  if (kiosk.simulated) console.error('kiosk: no device paths configured: using the simulated card reader and printer (see the 模拟设备 panel).');

  let stopping = false;
  stop = async (exitCode = 0) => {
    if (stopping) return;
    stopping = true;
    // A service manager waits for us; a stuck device or socket must not keep the kiosk from
    // exiting. Everything taken is already committed, so leaving late loses nothing.
    setTimeout(() => {
      console.error(`kiosk: shutdown took over ${SHUTDOWN_LIMIT_MS / 1000} s; exiting anyway`);
      process.exit(1);
    }, SHUTDOWN_LIMIT_MS).unref();
    await browser?.stop();
    await shell.close();
    await kiosk.close();
    await demoHub?.close();
    process.exit(exitCode);
  };
  // A remote `restart` stops the kiosk cleanly and leaves with RESTART_EXIT_CODE for whoever
  // supervises it to start it again. Offered only when something does (KIOSK_SUPERVISED=1, set by
  // the systemd unit): otherwise a remote restart would leave the hall with a dead kiosk.
  // A screenshot (of the kiosk page, through Chromium's DevTools pipe) only when this kiosk shows
  // one: with no browser there is no screen to capture, and the command is answered 'failed'.
  const kioskBrowser = browser;
  kiosk.setShellControls({
    ...(process.env.KIOSK_SUPERVISED === '1' ? { restart: () => void stop(RESTART_EXIT_CODE) } : {}),
    ...(kioskBrowser ? { screenshot: () => kioskBrowser.screenshot() } : {}),
  });
  if (stopRequested) return stop();
  console.log(`kiosk ready: ${shell.url}`);
}

const args = parseCli();
const electronBinary = args.shell === 'auto' || args.shell === 'electron' ? locateElectronBinary(process.cwd()) : null;
if (args.shell === 'electron' && !electronBinary) fail('--shell electron: no Electron binary is installed (npm install electron with its binary); use --shell browser.');
// A binary is not enough: better-sqlite3 must be built for Electron's ABI, not Node's.
const nativeProblem = electronBinary ? nativeModulesProblemUnderElectron(process.cwd()) : null;
if (args.shell === 'electron' && nativeProblem) fail(`--shell electron: ${nativeProblem}; or use --shell browser.`);
if (nativeProblem) console.error(`kiosk: Electron not used: ${nativeProblem}. Starting the browser shell.`);
if (electronBinary && !nativeProblem) await runElectron(electronBinary, args);
else await runBrowserShell(args);
