// Where a technician can save a log bundle (a USB stick) and the saving itself. A stick appears as
// a mounted filesystem under /media, /run/media or /mnt (udisks, fstab); folders named in
// technician.exportDirs are offered too. The file is written whole or not at all.
import { accessSync, closeSync, constants, fsyncSync, openSync, readFileSync, renameSync, statSync, writeSync } from 'node:fs';
import { join } from 'node:path';

const MOUNT_ROOTS = ['/media/', '/run/media/', '/mnt/'];

function writable(dir: string): boolean {
  try {
    if (!statSync(dir).isDirectory()) return false;
    accessSync(dir, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

function mountedSticks(mountsFile: string): string[] {
  let text: string;
  try {
    text = readFileSync(mountsFile, 'utf8');
  } catch {
    return [];
  }
  // /proc/mounts escapes spaces in paths as \040.
  return text
    .split('\n')
    .map((line) => line.split(' ')[1]?.replace(/\\040/g, ' '))
    .filter((path): path is string => Boolean(path && MOUNT_ROOTS.some((root) => path.startsWith(root))));
}

export function exportTargets(extraDirs: readonly string[], mountsFile = '/proc/self/mounts'): string[] {
  return [...new Set([...mountedSticks(mountsFile), ...extraDirs])].filter(writable);
}

/** Writes `bundle` as a new file in `dir` (write, fsync, rename); returns its path. */
export function writeBundleFile(dir: string, siteCode: string, bundle: unknown, now: Date): string {
  const name = `kiosk-logs-${siteCode}-${now.toISOString().replace(/[:.]/g, '-')}.json`;
  const file = join(dir, name);
  const tmp = `${file}.partial`;
  const fd = openSync(tmp, 'wx', 0o600);
  try {
    writeSync(fd, JSON.stringify(bundle, null, 2));
    fsyncSync(fd); // a stick pulled right after "saved" must still hold the whole file
  } finally {
    closeSync(fd);
  }
  renameSync(tmp, file);
  return file;
}
