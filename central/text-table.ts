// kioskctl's plain-text tables (cases, ratings): columns padded to the widest cell, times on the
// county's clock (CENTRAL_TIME_ZONE, Beijing time by default), as the clerks and residents read
// them; `--json` has the exact ISO times.
import { pad, width } from './terminal-table.ts';
import { hubTimeZone } from './time-zone.ts';

const tableFormats = new Map<string, Intl.DateTimeFormat>();

/** 2026-03-02 00:03 on the county's clock: kioskctl reads CENTRAL_TIME_ZONE as the hub does. */
export function tableTime(iso: string, timeZone = hubTimeZone()): string {
  let format = tableFormats.get(timeZone);
  if (!format) tableFormats.set(timeZone, (format = new Intl.DateTimeFormat('sv-SE', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' })));
  return format.format(new Date(iso));
}

export function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i] ?? ''))));
  const line = (cells: string[]) => cells.map((c, i) => (i === cells.length - 1 ? c : pad(c, widths[i]!))).join('  ').trimEnd();
  return [line(header), ...rows.map(line)].join('\n');
}
