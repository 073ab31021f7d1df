// The reader simulator in a process of its own, as a real module is a device of its own: its
// replies keep their wire timing however busy the kiosk's process is, and the CPU the driver
// spends polling can be measured apart from the simulator answering it. Started by
// reader-sim-client.ts with fork(): argv[2] = the pty end to open, argv[3] = baud rate.
import { startIdCardSimulator } from '../../drivers/sim/idcard-sim.ts';
import type { SimReply, SimRequest } from './reader-sim-client.ts';

const path = process.argv[2];
if (!path || !process.send) throw new Error('reader-sim-process: start it with fork() and the simulator pty path as argument');
const sim = await startIdCardSimulator(path, { baudRate: Number(process.argv[3] ?? 115200) });
const finds = () => sim.received.filter((c) => c === 'findCard').length;
const nowMs = () => Date.now(); // compared with other processes' Date.now(): one system clock

process.on('message', (request: SimRequest) => {
  const reply = (r: SimReply) => process.send!(r);
  switch (request.op) {
    case 'place':
      sim.placeCard(request.card);
      return reply({ at: nowMs(), finds: finds(), cpuMicros: 0 });
    case 'remove':
      sim.removeCard();
      return reply({ at: nowMs(), finds: finds(), cpuMicros: 0 });
    case 'status': {
      const used = process.cpuUsage();
      return reply({ at: nowMs(), finds: finds(), cpuMicros: used.user + used.system });
    }
    case 'stop':
      void sim.close().then(() => process.exit(0));
  }
});
process.send({ at: nowMs(), finds: 0, cpuMicros: 0 } satisfies SimReply);
