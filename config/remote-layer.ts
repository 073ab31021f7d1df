// The last configuration layer: what central pushed, signed (defaults < file < remote push).
// Only fleet-wide sections may be pushed; devices and the central link are set on the terminal
// itself, because a fleet-wide value for a serial port path or a hub address would strand kiosks.
import { configSchema, type KioskConfig } from './schema.ts';
import { describeIssues } from './load.ts';

export const pushableSections = ['site', 'session', 'store', 'ui'] as const;

type Plain = Record<string, unknown>;
const isPlain = (v: unknown): v is Plain => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Deep merge: objects merge key by key, anything else in `over` replaces what is in `base`. */
export function deepMerge(base: Plain, over: Plain): Plain {
  const out: Plain = { ...base };
  for (const [key, value] of Object.entries(over)) out[key] = isPlain(value) && isPlain(out[key]) ? deepMerge(out[key] as Plain, value) : value;
  return out;
}

/** Applies a pushed configuration over the local one; throws a message naming the problem. */
export function applyRemoteConfig(local: KioskConfig, pushed: unknown): KioskConfig {
  if (!isPlain(pushed)) throw new Error('a pushed configuration must be a JSON object');
  const refused = Object.keys(pushed).filter((k) => !(pushableSections as readonly string[]).includes(k));
  if (refused.length) throw new Error(`a pushed configuration may only set ${pushableSections.join(', ')}; it tried ${refused.join(', ')}`);
  const merged = configSchema.safeParse(deepMerge(local as unknown as Plain, pushed));
  if (!merged.success) throw new Error(`it would make the configuration invalid: ${describeIssues(merged.error).join('; ')}`);
  return merged.data;
}
