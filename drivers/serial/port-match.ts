// Finding a USB-serial adapter by what it is rather than by the name the kernel gave it this time:
// a reader replugged into another socket comes back as /dev/ttyUSB1 instead of /dev/ttyUSB0.
import { SerialPort } from 'serialport';

export interface PortMatch {
  vendorId?: string;
  productId?: string;
  serialNumber?: string;
}

export interface ListedPort {
  path: string;
  manufacturer?: string;
  vendorId?: string;
  productId?: string;
  serialNumber?: string;
}

/** USB ids are hex strings; lists report them in either case and sometimes with a 0x prefix. */
function sameId(a: string | undefined, b: string | undefined): boolean {
  const norm = (s: string) => s.trim().toLowerCase().replace(/^0x/, '');
  return a !== undefined && b !== undefined && norm(a) === norm(b);
}

/** True when every field the match names is equal; a match that names nothing matches nothing. */
export function portMatches(port: ListedPort, match: PortMatch): boolean {
  const fields = (['vendorId', 'productId', 'serialNumber'] as const).filter((f) => match[f] !== undefined);
  if (fields.length === 0) return false;
  return fields.every((f) =>
    f === 'serialNumber' ? port.serialNumber !== undefined && port.serialNumber === match.serialNumber : sameId(port[f], match[f]),
  );
}

export async function listPorts(): Promise<ListedPort[]> {
  const ports = await SerialPort.list();
  return ports.map((p) => ({
    path: p.path,
    manufacturer: p.manufacturer,
    vendorId: p.vendorId,
    productId: p.productId,
    serialNumber: p.serialNumber,
  }));
}

/** The path of the first listed port that matches, or undefined. */
export async function findMatchingPort(match: PortMatch, list: () => Promise<ListedPort[]> = listPorts): Promise<string | undefined> {
  const ports = await list();
  return ports.find((p) => portMatches(p, match))?.path;
}
