// `npm run fleet-sim -- --hub URL --terminals N`: enrolls N simulated terminals with a hub (the
// admin token from --admin-token or CENTRAL_ADMIN_TOKEN makes their enrollment codes) and runs
// them for --seconds: signed heartbeats every --beat seconds, a transaction batch of --batch-size
// every --batch-every seconds, every command a beat hands out acknowledged. Prints per-route
// p50/p99 and the beats per second the hub kept up with.
import { parseArgs } from 'node:util';
import { enrollFleet } from '../hub-load/load.ts';
import { runFleet } from './fleet.ts';

const { values } = parseArgs({
  options: {
    hub: { type: 'string' },
    terminals: { type: 'string', default: '1000' },
    'admin-token': { type: 'string' },
    seconds: { type: 'string', default: '60' },
    beat: { type: 'string', default: '30' },
    'batch-every': { type: 'string', default: '300' },
    'batch-size': { type: 'string', default: '20' },
  },
});
const adminToken = values['admin-token'] ?? process.env.CENTRAL_ADMIN_TOKEN;
if (!values.hub || !adminToken) {
  console.error('usage: npm run fleet-sim -- --hub URL --terminals N [--admin-token T (or CENTRAL_ADMIN_TOKEN)] [--seconds 60] [--beat 30] [--batch-every 300] [--batch-size 20]');
  process.exit(2);
}
const hub = { url: values.hub.replace(/\/$/, ''), adminToken };
const terminals = Number(values.terminals);
console.error(`fleet-sim: enrolling ${terminals} terminals with ${hub.url}…`);
const fleet = await enrollFleet(hub, terminals, 16);
console.error(`fleet-sim: running them for ${values.seconds} s (a beat every ${values.beat} s)…`);
const result = await runFleet(hub, fleet, {
  seconds: Number(values.seconds),
  beatSeconds: Number(values.beat),
  batchEverySeconds: Number(values['batch-every']),
  batchSize: Number(values['batch-size']),
});
console.log(`beats/s ${result.beatsPerSecond.toFixed(1)} (a hub keeping up with ${Math.floor(result.beatsPerSecond * 30)} terminals at a 30 s beat); transactions/s ${result.transactionsPerSecond.toFixed(1)}; simulator CPU ${result.simulatorCpuSeconds.toFixed(1)} s`);
for (const r of result.routes) console.log(`${r.route.padEnd(32)} ${String(r.requests).padStart(7)} requests  ${String(r.failed).padStart(5)} failed  p50 ${r.p50.toFixed(1)} ms  p99 ${r.p99.toFixed(1)} ms`);
