// kioskctl's holiday calendar commands:
//   holidays load FILE            replace the years FILE covers (central/samples/holidays-2026.csv)
//   holidays list [--year Y] [--json]
// The file is checked here first with the hub's own parser, so a bad line is named before anything
// is sent (the hub checks again, and changes nothing on a bad file either).
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { AdminClient } from '../admin-client.ts';
import { AdminArgsError } from '../admin-list-args.ts';
import { HolidayFileError, parseHolidayFile } from './holiday-file.ts';

export const HOLIDAYS_USAGE = `holidays load FILE                            load a year's public holidays (休) and adjusted working days
                                                (班) from a CSV file: 2026-01-01,休,元旦 (central/samples/)
  holidays list [--year Y] [--json]             the loaded calendar`;

const dayListSchema = z.array(z.object({ day: z.string(), kind: z.enum(['holiday', 'workday']), name: z.string() }));
const loadedSchema = z.object({ years: z.array(z.number()), holidays: z.number(), workdays: z.number() });

export async function runHolidayCommand(
  client: AdminClient,
  command: string,
  words: string[],
  o: { json: boolean; year?: string },
  print: (text: string) => void,
): Promise<boolean> {
  if (command !== 'holidays') return false;
  const [action, file] = words;
  if (action === 'load') {
    if (!file) throw new AdminArgsError('holidays load needs a file (e.g. central/samples/holidays-2026.csv)');
    let csv: string;
    try {
      csv = readFileSync(file, 'utf8');
    } catch (err) {
      throw new AdminArgsError(`cannot read ${file}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
    }
    try {
      parseHolidayFile(csv);
    } catch (err) {
      if (err instanceof HolidayFileError) throw new AdminArgsError(`${file}, ${err.message}; nothing was loaded`);
      throw err;
    }
    const loaded = await client.call('PUT', '/v1/admin/holidays', loadedSchema, { csv });
    print(`loaded ${loaded.years.join(', ')}: ${loaded.holidays} days off, ${loaded.workdays} adjusted working days`);
    return true;
  }
  if (action === 'list') {
    if (o.year !== undefined && !/^\d{4}$/.test(o.year)) throw new AdminArgsError(`--year must be a year like 2026, not "${o.year}"`);
    const days = await client.call('GET', `/v1/admin/holidays${o.year ? `?year=${o.year}` : ''}`, dayListSchema);
    print(o.json ? JSON.stringify(days, null, 2) : days.length === 0 ? 'no holiday calendar is loaded: only weekends are off' : days.map((d) => `${d.day}  ${d.kind === 'holiday' ? '休' : '班'}  ${d.name}`).join('\n'));
    return true;
  }
  throw new AdminArgsError('holidays needs: load FILE, or list [--year Y]');
}
