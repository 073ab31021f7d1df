// The kiosk under soak, in a process of its own as in a hall: the real core (bootKiosk: store,
// simulated devices on the real drivers, sync to the hub) behind the browser shell. Its parent
// drives residents through the shell and asks, over the fork channel, for a sample of this
// process alone, so nothing of the driver, the hub or Playwright is counted as the kiosk's.
import { writeHeapSnapshot } from 'node:v8';
import { bootKiosk } from '../../terminal/boot.ts';
import { startBrowserShell } from '../../browser-shell/server.ts';
import { loadOrCreateAccessToken } from '../../browser-shell/access-token.ts';
import { startCoreSampler } from './core-sample.ts';

export interface KioskChildArgs {
  dataDir: string;
  configPath: string;
  centralUrl?: string;
  enrollCode?: string;
}

export type ToChild = { type: 'sample' } | { type: 'snapshot'; path: string } | { type: 'stop' };
export type FromChild =
  | { type: 'ready'; url: string }
  | { type: 'sample'; sample: ReturnType<ReturnType<typeof startCoreSampler>['sample']> }
  | { type: 'snapshot'; path: string }
  | { type: 'failed'; message: string };

const send = (message: FromChild) => process.send!(message);

async function main(): Promise<void> {
  const args = JSON.parse(process.argv[2]!) as KioskChildArgs;
  const kiosk = await bootKiosk(args);
  const shell = await startBrowserShell({ api: kiosk.api, port: 0, token: loadOrCreateAccessToken(args.dataDir) });
  const sampler = startCoreSampler(args.dataDir);
  process.on('message', async (message: ToChild) => {
    if (message.type === 'sample') return send({ type: 'sample', sample: sampler.sample() });
    if (message.type === 'snapshot') return send({ type: 'snapshot', path: writeHeapSnapshot(message.path) });
    sampler.stop();
    await shell.close();
    await kiosk.close();
    process.exit(0);
  });
  // A driver stopped with Ctrl-C or killed must not leave a kiosk running behind it.
  process.on('disconnect', () => process.exit(0));
  send({ type: 'ready', url: shell.url });
}

main().catch((err: Error) => {
  send({ type: 'failed', message: err.message });
  process.exit(1);
});
