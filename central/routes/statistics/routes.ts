// GET /v1/workbench/statistics: a period's figures within the user's sites, for every console role.
// Admins see the county; supervisors and auditors their township or sites; clerks too, their own
// sites' figures only (a clerk answers for their hall's 满意率 and 超期, so they may read them).
// GET /v1/workbench/statistics/export?format=csv|xlsx: the same figures as the page's tables.
import type { FastifyInstance } from 'fastify';
import { zonedDay } from '../../../config/zoned-time.ts';
import { HttpError, parseOr400 } from '../../http-errors.ts';
import type { Database } from '../../storage/database.ts';
import { scopeParam, siteScopeOf } from '../../accounts/scope.ts';
import { principalOf } from '../admin-auth.ts';
import type { WorkbenchOptions } from '../workbench/case-routes.ts';
import { fill, statisticsWords } from '../../console/statistics-words.ts';
import { statisticsCsv } from './export-csv.ts';
import { statisticsXlsx } from './export-xlsx.ts';
import { periodOf, statisticsQuerySchema, type StatisticsQuery } from './period.ts';
import { statisticsReport } from './report.ts';
import { rebuildRollupsIfZoneChanged } from './rollups.ts';
import { statisticsTables } from './statistics-tables.ts';

export function registerStatisticsRoutes(app: FastifyInstance, db: Database, options: WorkbenchOptions): void {
  const reportFor = async (query: StatisticsQuery, principal: ReturnType<typeof principalOf>) => {
    const now = options.now();
    const period = periodOf(query, zonedDay(new Date(now), options.timeZone), options.timeZone);
    if (typeof period === 'string') throw new HttpError(400, 'invalid-period', period);
    await rebuildRollupsIfZoneChanged(db, options.timeZone);
    const scope = await siteScopeOf(db, principal);
    return statisticsReport(db, scopeParam(scope), period, now, options.timeZone);
  };

  app.get('/v1/workbench/statistics', async (request) => {
    const query = parseOr400(statisticsQuerySchema, request.query ?? {}, 'query');
    return reportFor(query, principalOf(request));
  });

  app.get('/v1/workbench/statistics/export', async (request, reply) => {
    const query = parseOr400(statisticsQuerySchema, request.query ?? {}, 'query');
    const report = await reportFor(query, principalOf(request));
    const language = query.lang ?? 'zh-CN';
    const tables = statisticsTables(report, language);
    const name = `statistics-${report.period.firstDay}_${report.period.lastDay}`;
    if ((query.format ?? 'csv') === 'xlsx') {
      return reply
        .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', `attachment; filename="${name}.xlsx"`)
        .send(Buffer.from(statisticsXlsx(tables)));
    }
    const w = statisticsWords[language];
    const heading = `${w.title} ${fill(w.range, { first: report.period.firstDay, last: report.period.lastDay, zone: report.timeZone })}`;
    return reply.header('content-type', 'text/csv; charset=utf-8').header('content-disposition', `attachment; filename="${name}.csv"`).send(statisticsCsv(heading, tables));
  });
}
