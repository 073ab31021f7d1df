// Changes the configuration file the way a power cut cannot spoil: the new text is validated with
// the schema first, written to a temporary file beside it, fsynced, renamed over the old one, and
// the folder fsynced so the rename itself is on disk. Either the old file or the new one survives.
import { closeSync, existsSync, fsyncSync, openSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { ConfigError, parseConfig } from './load.ts';

/** Reads the file's own JSON (not merged with defaults: only what the technician wrote is kept). */
export function readRawConfig(file: string): Record<string, unknown> {
  if (!existsSync(file)) return {};
  try {
    const value = JSON.parse(readFileSync(file, 'utf8')) as unknown;
    if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error('the top level must be an object');
    return value as Record<string, unknown>;
  } catch (err) {
    throw new ConfigError(file, [`not valid JSON: ${(err as Error).message}`]);
  }
}

export function writeConfigAtomically(file: string, raw: Record<string, unknown>): void {
  parseConfig(raw, file); // refuse before touching the file
  const tmp = `${file}.${process.pid}.tmp`;
  const fd = openSync(tmp, 'w', 0o600);
  try {
    writeSync(fd, `${JSON.stringify(raw, null, 2)}\n`);
    fsyncSync(fd);
  } catch (err) {
    closeSync(fd);
    rmSync(tmp, { force: true });
    throw err;
  }
  closeSync(fd);
  renameSync(tmp, file);
  const dir = openSync(dirname(file), 'r');
  try {
    fsyncSync(dir);
  } finally {
    closeSync(dir);
  }
}
