// The holiday calendar, for admins (the console's 节假日 page, or kioskctl holidays load FILE with
// the token): load a year's file (CSV, central/holidays/holiday-file.ts), list what is loaded.
// A bad file is refused naming its line, and nothing changes.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { HttpError, parseOr400 } from '../../http-errors.ts';
import type { Database } from '../../storage/database.ts';
import { HolidayFileError, parseHolidayFile } from '../../holidays/holiday-file.ts';
import { listHolidays, replaceHolidayYears } from '../../holidays/holiday-store.ts';
import { principalOf } from '../admin-auth.ts';

const loadSchema = z.strictObject({ csv: z.string().min(1).max(200_000) });
const listSchema = z.strictObject({ year: z.coerce.number().int().min(2000).max(2100).optional() });

export function registerHolidayAdminRoutes(app: FastifyInstance, db: Database, now: () => number): void {
  app.get('/v1/admin/holidays', async (request) => {
    const { year } = parseOr400(listSchema, request.query ?? {}, 'query');
    return listHolidays(db, year ?? null);
  });

  app.put('/v1/admin/holidays', async (request) => {
    const { csv } = parseOr400(loadSchema, request.body, 'holiday file');
    let days;
    try {
      days = parseHolidayFile(csv);
    } catch (error) {
      if (error instanceof HolidayFileError) throw new HttpError(400, 'invalid-holiday-file', error.message);
      throw error;
    }
    const at = new Date(now()).toISOString();
    return db.transaction((tx) => replaceHolidayYears(tx, days, principalOf(request).username, at));
  });
}
