// A new, empty Chromium profile for every launch: nothing of one resident's session (history,
// form entries, cache) reaches the next launch, a killed browser leaves nothing to "restore", and
// a lingering child of the old one cannot hold the profile lock. The preferences come from
// chromium-flags.ts.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { preferencesFile } from './chromium-flags.ts';

export interface ProfileStore {
  /** Removes the previous launch's profile and makes a fresh one; returns its directory. */
  fresh(): string;
  /** Removes every profile (the kiosk is stopping). */
  removeAll(): void;
}

export function createProfileStore(baseDir?: string): ProfileStore {
  const base = baseDir ?? mkdtempSync(join(tmpdir(), 'kiosk-chromium-'));
  mkdirSync(base, { recursive: true });
  let current: string | null = null;
  const remove = (dir: string) => {
    // Best effort: a renderer of the killed browser may still be writing here for a moment;
    // what is left goes with removeAll() or the temporary directory's own cleaning.
    try {
      rmSync(dir, { recursive: true, force: true, maxRetries: 2 });
    } catch {
      // left for the next cleaning
    }
  };
  return {
    fresh() {
      if (current) remove(current);
      current = mkdtempSync(join(base, 'profile-'));
      mkdirSync(join(current, 'Default'));
      writeFileSync(join(current, 'Default', 'Preferences'), JSON.stringify(preferencesFile()));
      return current;
    },
    removeAll() {
      current = null;
      remove(base);
    },
  };
}
