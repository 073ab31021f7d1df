// The admin console's bundle (dist/console, which the hub serves at /console/), rebuilt once before
// the e2e files start when a source is newer. Each console file used to build it in its own
// beforeAll: seven Vite builds per run, and a build empties dist/console while another file's hub
// may be serving it.
import { spawnSync } from 'node:child_process';
import { buildIsStale } from './stale-build.ts';

/** Everything the console imports: its own folder, the hub's types and rules beside it, the shared contract. */
const sources = ['central', 'shared', 'config/zoned-time.ts'];

export function ensureConsoleBuilt(): void {
  if (!buildIsStale('dist/console/index.html', sources)) return;
  const vite = spawnSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--config', 'central/console/vite.config.ts', '--logLevel', 'warn'], { stdio: 'inherit' });
  if (vite.status !== 0) throw new Error('console build failed (vite build --config central/console/vite.config.ts)');
}
