// What polling costs an idle kiosk: the CPU time the reader driver's process uses over a stretch
// with no card, polling at a given interval, minus the same stretch with the driver stopped. The
// simulator answers from a process of its own, so its work is not counted (it is reported apart:
// the module's side, which a real kiosk does not pay). socat's relaying is not counted either; a
// real kiosk has the kernel's USB-serial driver in its place.
import { createPtyPair } from '../../drivers/serial/pty-pair.ts';
import { createSamCardReader } from '../../drivers/idcard-sam/reader.ts';
import { startReaderSimProcess } from './reader-sim-client.ts';
import { BAUD_RATE } from './kiosk-rig.ts';

export interface IdleCost {
  /** Percent of one core used by the driver's process. */
  driverPercent: number;
  /** Percent of one core used by the simulated module answering. */
  simulatorPercent: number;
  pollsPerSecond: number;
}

export async function idleCost(pollIntervalMs: number | null, seconds: number): Promise<IdleCost> {
  const pty = await createPtyPair('idle-reader');
  const sim = await startReaderSimProcess(pty.simulatorPath, BAUD_RATE).catch(async (err) => {
    await pty.close();
    throw err;
  });
  const reader = pollIntervalMs === null ? null : createSamCardReader({ path: pty.devicePath, baudRate: BAUD_RATE, pollIntervalMs });
  try {
    await reader?.start();
    await new Promise((r) => setTimeout(r, 1000)); // past start-up
    const simBefore = await sim.status();
    const cpu = process.cpuUsage();
    const started = performance.now();
    await new Promise((r) => setTimeout(r, seconds * 1000));
    const used = process.cpuUsage(cpu);
    const elapsedMs = performance.now() - started;
    const simAfter = await sim.status();
    return {
      driverPercent: ((used.user + used.system) / 1000 / elapsedMs) * 100,
      simulatorPercent: ((simAfter.cpuMicros - simBefore.cpuMicros) / 1000 / elapsedMs) * 100,
      pollsPerSecond: ((simAfter.finds - simBefore.finds) / elapsedMs) * 1000,
    };
  } finally {
    await reader?.stop();
    await sim.close();
    await pty.close();
  }
}
