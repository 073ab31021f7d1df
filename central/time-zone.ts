// The hub's clock (issue 21): the county's IANA zone, from CENTRAL_TIME_ZONE (Beijing time when
// unset), for the times on its pages and kioskctl's tables and for the day a rated ticket belongs
// to, whatever zone the server itself runs in. Its kiosks set the same zone in `site.timeZone`.
import { DEFAULT_TIME_ZONE, isTimeZone } from '../config/zoned-time.ts';

export const TIME_ZONE_ENV = 'CENTRAL_TIME_ZONE';

export function timeZoneProblem(name: string): string {
  return `${TIME_ZONE_ENV} must be an IANA time zone name such as Asia/Shanghai (Beijing time) or Asia/Urumqi, not "${name}"`;
}

/** The zone the environment names (default Asia/Shanghai); throws the message above for a bad one. */
export function hubTimeZone(env: NodeJS.ProcessEnv = process.env): string {
  const name = env[TIME_ZONE_ENV] || DEFAULT_TIME_ZONE;
  if (!isTimeZone(name)) throw new Error(timeZoneProblem(name));
  return name;
}
