// Lists serial ports without risking the process. On Linux, serialport's list() runs `udevadm`;
// where it is missing (a minimal image, a container) the failed spawn is an uncaught error that
// would take the whole kiosk down from the technician's "find ports" button. Then the USB serial
// device nodes are read from /dev instead (no vendor ids, but the paths probe the same).
import { accessSync, constants, readdirSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { listPorts, type ListedPort } from './port-match.ts';

function onPath(program: string): boolean {
  return (process.env.PATH ?? '').split(delimiter).some((dir) => {
    try {
      accessSync(join(dir, program), constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
}

export async function listPortsSafely(): Promise<ListedPort[]> {
  if (process.platform !== 'linux' || onPath('udevadm')) return listPorts();
  return readdirSync('/dev')
    .filter((name) => /^tty(USB|ACM)\d+$/.test(name))
    .map((name) => ({ path: `/dev/${name}` }));
}
