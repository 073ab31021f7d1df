// The version the kiosk reports at enrollment and in heartbeats: package.json's, read once.
import { readFileSync } from 'node:fs';

let cached: string | null = null;

export function softwareVersion(): string {
  if (cached) return cached;
  try {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version?: unknown };
    cached = typeof pkg.version === 'string' && pkg.version ? pkg.version : '0.0.0';
  } catch {
    cached = '0.0.0';
  }
  return cached;
}
