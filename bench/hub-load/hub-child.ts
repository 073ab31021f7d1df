// A hub in a process of its own, for the load benches: the load generator must not share the hub's
// event loop, or it measures itself. Usage: node --import tsx hub-child.ts SOURCE_ROOT
// (a checkout whose central/server.ts is started, so an older version runs the same way).
// DATABASE_URL selects PostgreSQL, else PGlite in memory. Prints one JSON line {url, adminToken}
// when listening, and stops when its stdin closes (the bench ended or died).
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { pathToFileURL } from 'node:url';
import type { startCentral as StartCentral } from '../../central/server.ts';

const root = process.argv[2];
if (!root) throw new Error('usage: hub-child.ts SOURCE_ROOT');
const { startCentral } = (await import(pathToFileURL(join(root, 'central/server.ts')).href)) as { startCentral: typeof StartCentral };
const hub = await startCentral({
  port: 0,
  inMemory: !process.env.DATABASE_URL,
  databaseUrl: process.env.DATABASE_URL || undefined,
  logLevel: 'silent',
  releasePublicKey: process.env.CENTRAL_RELEASE_PUBLIC_KEY || undefined,
});
process.stdout.write(`${JSON.stringify({ url: hub.url, adminToken: hub.adminToken })}\n`);
// A line "cpu" on stdin is answered with this process's CPU seconds so far (user + system): on a
// shared machine the CPU a hub spends per beat is a fairer figure than wall-clock throughput.
createInterface({ input: process.stdin }).on('line', (line) => {
  if (line.trim() !== 'cpu') return;
  const { user, system } = process.cpuUsage();
  process.stdout.write(`${JSON.stringify({ cpuSeconds: (user + system) / 1e6 })}\n`);
});
process.stdin.on('end', () => void hub.close().then(() => process.exit(0)));
