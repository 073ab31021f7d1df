// An in-memory serial link for the demo: two ports of the serialport project's own mock binding
// (@serialport/binding-mock) joined so that what one end writes the other reads, like the socat
// pseudo-terminal pair but with no system program. The simulator holds one end and the real
// driver opens the other through the same SerialPort stream API it uses for hardware.
// Paths on such a link start with `memory:`; anything else is a device node.
import { SerialPort, SerialPortMock } from 'serialport';
import { SerialPortStream } from '@serialport/stream';
import type { SimulatorLink } from './link-ends.ts';

// serialport re-exports the mock binding (its own package's exports hide the types from NodeNext).
const MockBinding = SerialPortMock.binding;
type MockBindingType = typeof MockBinding;
type MockPortBinding = Awaited<ReturnType<MockBindingType['open']>>;
type OpenOptions = Parameters<MockBindingType['open']>[0];

const memoryPrefix = 'memory:';
/** Each end's far end. */
const farEnd = new Map<string, string>();
/** Ends currently open, by path. */
const openEnds = new Map<string, MockPortBinding>();
let nextLink = 1;

export function isMemoryPath(path: string): boolean {
  return path.startsWith(memoryPrefix);
}

/** MockBinding, with every write also delivered to the open far end. */
const linkedBinding: MockBindingType = {
  ...MockBinding,
  async open(options: OpenOptions) {
    const end = await MockBinding.open(options);
    const path = options.path;
    openEnds.set(path, end);
    const write = end.write.bind(end);
    end.write = async (buffer: Buffer) => {
      await write(buffer);
      const far = openEnds.get(farEnd.get(path) ?? '');
      // Bytes sent while nobody listens are lost, as on a wire.
      if (far?.isOpen) far.emitData(Buffer.from(buffer));
    };
    const close = end.close.bind(end);
    end.close = async () => {
      if (openEnds.get(path) === end) openEnds.delete(path);
      await close();
    };
    return end;
  },
};

/** A port object for `path`: on a memory link when the path says so, else the OS serial port. */
export function openablePort(path: string, baudRate: number): SerialPortStream {
  if (isMemoryPath(path)) return new SerialPortStream({ binding: linkedBinding, path, baudRate, autoOpen: false });
  return new SerialPort({ path, baudRate, autoOpen: false });
}

/** A new linked pair of in-memory ports. */
export function createMemoryLink(label = 'dev'): SimulatorLink {
  const id = nextLink++;
  const devicePath = `${memoryPrefix}${label}-${id}-device`;
  const simulatorPath = `${memoryPrefix}${label}-${id}-sim`;
  MockBinding.createPort(devicePath, { echo: false, record: false });
  MockBinding.createPort(simulatorPath, { echo: false, record: false });
  farEnd.set(devicePath, simulatorPath);
  farEnd.set(simulatorPath, devicePath);
  return {
    devicePath,
    simulatorPath,
    async close() {
      farEnd.delete(devicePath);
      farEnd.delete(simulatorPath);
    },
  };
}
