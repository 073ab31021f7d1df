// One clock for a site (issue 21): dates and times as the site's wall clock reads them, whatever
// time zone the operating system is set to. The kiosk's screen, receipts and PDFs, and the hub's
// pages and day buckets all format through here with the zone they are given (`site.timeZone`,
// CENTRAL_TIME_ZONE), never the process's own zone (`getHours`, `toLocaleString`). No dependency:
// Intl carries the zone database. Shared by kiosk, renderer and hub, so it imports nothing.

/** China keeps one official zone; a site in Xinjiang may set its own (`Asia/Urumqi`). */
export const DEFAULT_TIME_ZONE = 'Asia/Shanghai';

/** An IANA zone name that this runtime knows (`Asia/Shanghai`, `UTC`), not an offset like `+08:00`. */
export function isTimeZone(name: string): boolean {
  if (!/^[A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z0-9_+-]+)*$/.test(name)) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

export interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

// Building a DateTimeFormat is slow (tens of µs); a site has one zone, so keep one per zone.
const partFormats = new Map<string, Intl.DateTimeFormat>();

/** What a clock on the wall in `timeZone` showed at `date`. */
export function wallClock(date: Date, timeZone: string): WallClock {
  let format = partFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric' });
    partFormats.set(timeZone, format);
  }
  const parts = Object.fromEntries(format.formatToParts(date).map((p) => [p.type, p.value]));
  return { year: Number(parts.year), month: Number(parts.month), day: Number(parts.day), hour: Number(parts.hour), minute: Number(parts.minute) };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The site's date, `2026-03-02`: ticket counters, rating windows, form "today". */
export function zonedDay(date: Date, timeZone: string): string {
  const c = wallClock(date, timeZone);
  return `${c.year}-${pad(c.month)}-${pad(c.day)}`;
}

/** The site's date and minute, `2026-03-02 00:03`, as receipts print it. */
export function zonedMinute(date: Date, timeZone: string): string {
  const c = wallClock(date, timeZone);
  return `${zonedDay(date, timeZone)} ${pad(c.hour)}:${pad(c.minute)}`;
}

/** `day` (YYYY-MM-DD) moved by whole days: calendar arithmetic, no zone involved. */
export function shiftDay(day: string, days: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const shifted = new Date(Date.UTC(y, m - 1, d + days));
  return `${shifted.getUTCFullYear()}-${pad(shifted.getUTCMonth() + 1)}-${pad(shifted.getUTCDate())}`;
}

/** The first instant of `day` (YYYY-MM-DD) on the wall clock of `timeZone`: a day bucket's start. */
export function zonedDayStart(day: string, timeZone: string): Date {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const asIfUtc = Date.UTC(y, m - 1, d);
  const offsetAt = (instant: number) => {
    const c = wallClock(new Date(instant), timeZone);
    return Date.UTC(c.year, c.month - 1, c.day, c.hour, c.minute) - instant;
  };
  // The zone's offset at a guess, then at the answer once more: right across a daylight-saving
  // change too (China has none, but a hub's zone is configurable).
  const first = asIfUtc - offsetAt(asIfUtc);
  return new Date(asIfUtc - offsetAt(first));
}
