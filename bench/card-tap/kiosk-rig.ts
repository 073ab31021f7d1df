// The kiosk as a hall runs it, for timing a card tap: the core booted from a config file, the
// REAL SAM reader driver on one end of a socat pseudo-terminal pair, and the reader simulator on
// the other, in a process of its own, answering at the wire rate of 115 200 baud. The printer is
// simulated in-process (it plays no part).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createPtyPair } from '../../drivers/serial/pty-pair.ts';
import { bootKiosk, type RunningKiosk } from '../../terminal/boot.ts';
import { startReaderSimProcess, type ReaderSimProcess } from './reader-sim-client.ts';

export const BAUD_RATE = 115200;

export interface TapRig {
  kiosk: RunningKiosk;
  reader: ReaderSimProcess;
  close(): Promise<void>;
}

export async function startTapRig(pollIntervalMs: number): Promise<TapRig> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-card-tap-'));
  const opened: { close(): Promise<void> }[] = [];
  const close = async () => {
    for (const item of opened.reverse()) await item.close().catch(() => undefined);
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    const pty = await createPtyPair('reader', dir);
    opened.push(pty);
    const reader = await startReaderSimProcess(pty.simulatorPath, BAUD_RATE);
    opened.push(reader);
    const configPath = join(dir, 'kiosk-config.json');
    writeFileSync(
      configPath,
      JSON.stringify({
        session: { idleTimeoutSeconds: 300, warningSeconds: 20 },
        devices: { cardReader: { protocol: 'idcard-sam', path: pty.devicePath, baudRate: BAUD_RATE, pollIntervalMs } },
      }),
    );
    const kiosk = await bootKiosk({ configPath, dataDir: join(dir, 'data') });
    opened.push(kiosk);
    return { kiosk, reader, close };
  } catch (err) {
    await close();
    throw err;
  }
}
