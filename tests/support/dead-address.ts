// An address on this machine that nobody answers at: a port the system handed out and that was
// given back at once, so a kiosk told to use it meets a refused connection, as with a hub that is
// down. Cheaper than starting a hub only to close it (one in-memory hub start is seconds of CPU).
import { createServer } from 'node:net';

export async function deadHttpUrl(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve, reject) => server.once('error', reject).listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}`;
}
