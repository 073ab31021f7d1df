// The holiday file an admin loads each year (国务院办公厅 publishes the national arrangement each
// autumn; a province or county may add its own days). CSV, one day a line, because that is how the
// notice reads and how a clerk types it in Excel or WPS ("另存为 CSV UTF-8"), and because every
// problem can be named by its line number, which a JSON file edited by hand makes harder:
//
//   # 2026 年部分节假日安排                              ← comments and blank lines are skipped
//   date,kind,name                                    ← optional header
//   2026-01-01,休,元旦                                 ← a day off (休 or holiday)
//   2026-01-04,班,元旦调休                              ← a weekend day that is worked (班 or workday)
//
// The name is everything after the second comma (no quoting). A file replaces the calendar of the
// years it names and leaves other years alone. Pure: shared by the hub's route and kioskctl.
export type HolidayKind = 'holiday' | 'workday';

export interface HolidayDay {
  day: string;
  kind: HolidayKind;
  name: string;
}

export class HolidayFileError extends Error {}

const KINDS: Record<string, HolidayKind> = { 休: 'holiday', holiday: 'holiday', 班: 'workday', workday: 'workday' };

function realDay(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
}

function isWeekend(day: string): boolean {
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
  return weekday === 0 || weekday === 6;
}

function parseLine(line: string, at: number): HolidayDay {
  const [dayText = '', kindText = '', ...rest] = line.split(',');
  const day = dayText.trim();
  const name = rest.join(',').trim();
  const kind = KINDS[kindText.trim().toLowerCase()];
  const fail = (why: string) => new HolidayFileError(`line ${at}: ${why} ("${line.slice(0, 60)}")`);
  if (!realDay(day)) throw fail(`"${day}" is not a date written YYYY-MM-DD`);
  if (!kind) throw fail(`the second column must be 休 (holiday) or 班 (workday), not "${kindText.trim()}"`);
  if (!name || name.length > 40) throw fail('the third column names the day (e.g. 春节 or 春节调休), 1–40 characters');
  if (kind === 'workday' && !isWeekend(day)) throw fail(`${day} is a weekday: only a Saturday or Sunday can be an adjusted working day (班)`);
  return { day, kind, name };
}

/** The file's days, or a HolidayFileError naming the first bad line. */
export function parseHolidayFile(text: string): HolidayDay[] {
  const days: HolidayDay[] = [];
  const seen = new Map<string, number>();
  text
    .replace(/^\uFEFF/, '') // Excel's "CSV UTF-8" starts with a byte-order mark
    .split(/\r?\n/)
    .forEach((raw, index) => {
      const line = raw.trim();
      const at = index + 1;
      if (!line || line.startsWith('#') || /^date\s*,/i.test(line)) return;
      const parsed = parseLine(line, at);
      const earlier = seen.get(parsed.day);
      if (earlier !== undefined) throw new HolidayFileError(`line ${at}: ${parsed.day} is already on line ${earlier}`);
      seen.set(parsed.day, at);
      days.push(parsed);
    });
  if (days.length === 0) throw new HolidayFileError('the file lists no day (one line per day: 2026-01-01,休,元旦)');
  return days;
}

/** The years a file covers: loading it replaces exactly these years' calendar. */
export function yearsOf(days: readonly HolidayDay[]): number[] {
  return [...new Set(days.map((d) => Number(d.day.slice(0, 4))))].sort();
}
