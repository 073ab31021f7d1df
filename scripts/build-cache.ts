// Generated build data (the pinyin dictionary, the handwriting model) kept under
// node_modules/.cache: made once per key, read back after.
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** The text cached at `path`, or `build()`'s, stored there first. */
export function cachedText(path: string, build: () => string): { text: string; path: string } {
  if (existsSync(path)) return { text: readFileSync(path, 'utf8'), path };
  const text = build();
  mkdirSync(dirname(path), { recursive: true });
  // Written aside, then renamed: a build and a test making it at once never read half a file.
  const partial = `${path}.${process.pid}.partial`;
  writeFileSync(partial, text);
  renameSync(partial, path);
  return { text, path };
}
