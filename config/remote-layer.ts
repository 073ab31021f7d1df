// The last configuration layer: what central pushed, signed (defaults < file < remote push).
// Only fleet-wide settings may be pushed. Devices and the hub's address are set on the terminal
// itself, because a fleet-wide value for a serial port path or a hub address would strand kiosks;
// the sync timings in `central` may be pushed (a county slowing every heartbeat at once).
import { configSchema, type KioskConfig } from './schema.ts';
import { describeIssues } from './load.ts';

export const pushableSections = ['site', 'session', 'store', 'ui', 'central', 'demand', 'hall'] as const;
/** Keys inside a pushable section that only the terminal's own file may set (`hall.host`: which
 *  kiosk is the hall's queue host is an address, set on each of the hall's other kiosks). */
const terminalOnlyKeys: Partial<Record<(typeof pushableSections)[number], string[]>> = { central: ['url'], hall: ['host'] };

type Plain = Record<string, unknown>;
const isPlain = (v: unknown): v is Plain => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Deep merge: objects merge key by key, anything else in `over` replaces what is in `base`. */
export function deepMerge(base: Plain, over: Plain): Plain {
  const out: Plain = { ...base };
  for (const [key, value] of Object.entries(over)) out[key] = isPlain(value) && isPlain(out[key]) ? deepMerge(out[key] as Plain, value) : value;
  return out;
}

/** Why central may not push this (empty when it may): the same rule at the hub and on the kiosk. */
export function pushRefusals(pushed: Plain): string[] {
  const refused = Object.keys(pushed).filter((k) => !(pushableSections as readonly string[]).includes(k));
  if (refused.length) return [`a pushed configuration may only set ${pushableSections.join(', ')}; it tried ${refused.join(', ')}`];
  const pinned = Object.entries(terminalOnlyKeys).flatMap(([section, keys]) =>
    isPlain(pushed[section]) ? keys.filter((key) => key in (pushed[section] as Plain)).map((key) => `${section}.${key}`) : [],
  );
  return pinned.length ? [`${pinned.join(', ')} is set on each terminal only, not pushed`] : [];
}

/** Applies a pushed configuration over the local one; throws a message naming the problem. */
export function applyRemoteConfig(local: KioskConfig, pushed: unknown): KioskConfig {
  if (!isPlain(pushed)) throw new Error('a pushed configuration must be a JSON object');
  const refusals = pushRefusals(pushed);
  if (refusals.length) throw new Error(refusals.join('; '));
  const merged = configSchema.safeParse(deepMerge(local as unknown as Plain, pushed));
  if (!merged.success) throw new Error(`it would make the configuration invalid: ${describeIssues(merged.error).join('; ')}`);
  return merged.data;
}
