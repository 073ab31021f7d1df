// Secrets in DATA_DIR/keys/ (store key, terminal key, enrollment, UI token): readable by the kiosk
// user only, and written so that a kill -9 or power cut mid-write leaves the old file or the new
// one, never half of one — a truncated store key would make every sealed field unreadable.
import { chmodSync, linkSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * Writes `text` to `file` (mode 0600, folder 0700) through a temporary file.
 * `exclusive`: never replace an existing file (the store key); throws EEXIST instead.
 */
export function writeSecretFile(file: string, text: string, opts: { exclusive?: boolean } = {}): void {
  mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
  const tmp = `${file}.tmp-${process.pid}`;
  writeFileSync(tmp, text, { mode: 0o600 });
  chmodSync(tmp, 0o600);
  if (!opts.exclusive) {
    renameSync(tmp, file);
    return;
  }
  try {
    linkSync(tmp, file); // atomic, and fails if the file appeared meanwhile
  } finally {
    rmSync(tmp, { force: true });
  }
}
