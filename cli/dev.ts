// `npm run dev`: the kiosk core with simulated devices (no window of its own), and a Vite dev
// server for the touch UI with hot reload, so a change to a screen or a style shows at once
// without restarting the kiosk. The dev server proxies the UI's /api WebSocket to the core's
// loopback shell, which only takes its own origin: the proxy presents that origin.
// For development only: the dev page is not served with the kiosk's Content-Security-Policy;
// `npm start` serves the built UI as a hall runs it.
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { createServer } from 'vite';

const kioskArgs = process.argv.slice(2);
const hasDataDir = kioskArgs.some((a) => a === '--data-dir' || a.startsWith('--data-dir='));
const core = spawn(
  process.execPath,
  ['--import', 'tsx', 'cli/kiosk.ts', '--shell', 'none', '--port', '0', ...(hasDataDir ? [] : ['--data-dir', '.kiosk-dev-data']), ...kioskArgs],
  { stdio: ['ignore', 'pipe', 'inherit'] },
);

const coreUrl = await new Promise<URL>((resolveUrl, reject) => {
  let out = '';
  core.stdout!.on('data', (d) => {
    out += String(d);
    const match = /kiosk ready: (\S+)/.exec(out);
    if (match) resolveUrl(new URL(match[1]));
  });
  core.once('exit', (code) => reject(new Error(`the kiosk core exited with ${code} before it was ready`)));
}).catch((err: Error) => {
  console.error(`kiosk dev: ${err.message}`);
  process.exit(2);
});
const coreOrigin = coreUrl.origin;
const token = coreUrl.searchParams.get('token') ?? '';

const startVite = () => createServer({
  configFile: resolve('vite.config.ts'),
  // Tests point this at a copy of the renderer beside the original, to edit it safely.
  ...(process.env.KIOSK_DEV_RENDERER_ROOT ? { root: process.env.KIOSK_DEV_RENDERER_ROOT } : {}),
  server: {
    host: '127.0.0.1',
    port: Number(process.env.KIOSK_DEV_PORT ?? 0) || 5173,
    strictPort: false,
    proxy: {
      // Only the socket path itself: renderer modules such as /api-client.ts share its prefix.
      '^/api(\\?.*)?$': {
        target: coreOrigin,
        ws: true,
        changeOrigin: true,
        configure(proxy) {
          proxy.on('proxyReqWs', (proxyReq) => proxyReq.setHeader('origin', coreOrigin));
        },
      },
    },
  },
});
const vite = await startVite()
  .then((server) => server.listen())
  .catch((err: Error) => {
    // The core must not outlive a dev server that could not start.
    console.error(`kiosk dev: the Vite dev server could not start: ${err.message}`);
    core.kill('SIGTERM');
    process.exit(2);
  });
const address = vite.httpServer?.address();
const port = address && typeof address === 'object' ? address.port : 5173;

let stopping = false;
// The core first: a dev server that fails to close (or throws while closing) must never leave
// the core running as an orphan, holding its port and the simulated devices.
const stop = () => {
  if (stopping) return;
  stopping = true;
  core.kill('SIGTERM');
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
// Whatever ends this process (an exception, process.exit elsewhere), the core ends with it.
process.on('exit', () => {
  if (core.exitCode === null && core.signalCode === null) core.kill('SIGTERM');
});
core.once('exit', (code) => {
  if (!stopping) console.error(`kiosk dev: the kiosk core exited (${code}); stopping`);
  void vite
    .close()
    .catch((err: Error) => console.error(`kiosk dev: the Vite dev server did not close cleanly: ${err.message}`))
    .then(() => process.exit(stopping ? 0 : 1));
});
console.log(`kiosk dev ready: http://127.0.0.1:${port}/?token=${encodeURIComponent(token)}`);
