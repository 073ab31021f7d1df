// Where a simulated device lives: a simulator holds one end of a link, the real driver opens the
// other. `memory` (the demo's default) joins two ports of the serialport mock binding in this
// process and needs nothing installed; `pty` is a socat pseudo-terminal pair, real bytes through
// the kernel's tty layer, which the integration tests and `npm run discover` demos use.
import { createMemoryLink } from './memory-link.ts';
import { createPtyPair } from './pty-pair.ts';
import type { SimulatorLink } from './link-ends.ts';

export type { SimulatorLink };

export type SimulatorLinkKind = 'memory' | 'pty';

export function createSimulatorLink(kind: SimulatorLinkKind, label: string): Promise<SimulatorLink> {
  return kind === 'pty' ? createPtyPair(label) : Promise.resolve(createMemoryLink(label));
}
