// Sends one IPP request to the local CUPS scheduler over HTTP: through its domain socket when there
// is one (no network, no TLS, works as any local user), else localhost:631.
import { existsSync } from 'node:fs';
import { request } from 'node:http';
import { decodeIppResponse, type IppResponse } from './ipp.ts';

/** No scheduler answered: CUPS is not running (or not installed). */
export class CupsUnreachableError extends Error {}

export interface CupsServer {
  /** Domain socket path, or host:port. */
  address: string;
}

/** CUPS_SERVER as lp and lpstat read it; else the usual Debian socket; else localhost:631. */
export function defaultCupsServer(env: NodeJS.ProcessEnv = process.env): CupsServer {
  if (env.CUPS_SERVER) return { address: env.CUPS_SERVER };
  if (existsSync('/run/cups/cups.sock')) return { address: '/run/cups/cups.sock' };
  return { address: 'localhost:631' };
}

export function sendIpp(server: CupsServer, path: string, body: Buffer, timeoutMs = 5000): Promise<IppResponse> {
  const isSocket = server.address.startsWith('/');
  const [host, port] = isSocket ? ['localhost', 631] : [server.address.split(':')[0], Number(server.address.split(':')[1] ?? 631)];
  return new Promise((resolve, reject) => {
    const req = request(
      {
        ...(isSocket ? { socketPath: server.address } : { host, port }),
        method: 'POST',
        path,
        headers: { 'content-type': 'application/ipp', 'content-length': body.length, host: 'localhost' },
        timeout: timeoutMs,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          if (res.statusCode !== 200) return reject(new CupsUnreachableError(`CUPS answered HTTP ${res.statusCode} on ${path}`));
          try {
            resolve(decodeIppResponse(Buffer.concat(chunks)));
          } catch (err) {
            reject(err);
          }
        });
        res.on('error', reject);
      },
    );
    req.on('timeout', () => req.destroy(new CupsUnreachableError(`CUPS did not answer within ${timeoutMs} ms`)));
    req.on('error', (err) =>
      reject(err instanceof CupsUnreachableError ? err : new CupsUnreachableError(`the print system (CUPS) is not running at ${server.address}: ${(err as NodeJS.ErrnoException).code ?? err.message}`)),
    );
    req.end(body);
  });
}
