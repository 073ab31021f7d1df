// The workbench API (issue 23): every console role, each within its sites. server.ts puts these
// behind the session-or-token hook; principalOf() then says who is asking.
import type { FastifyInstance } from 'fastify';
import type { Database } from '../../storage/database.ts';
import { registerWorkbenchCaseRoutes, type WorkbenchOptions } from './case-routes.ts';
import { registerScopedListRoutes } from './scoped-lists.ts';
import { registerAuditRoutes } from '../../audit/audit-routes.ts';
import { registerStatisticsRoutes } from '../statistics/routes.ts';
import { rebuildRollupsIfZoneChanged } from '../statistics/rollups.ts';

export function registerWorkbenchRoutes(app: FastifyInstance, db: Database, options: WorkbenchOptions): void {
  // The cases' due days and the roll-ups are counted in the zone stats_settings names: made the
  // hub's before the first workbench request reads them (once per database, then a resolved promise).
  app.addHook('preHandler', async () => rebuildRollupsIfZoneChanged(db, options.timeZone));
  registerWorkbenchCaseRoutes(app, db, options);
  registerScopedListRoutes(app, db, options.now);
  registerAuditRoutes(app, db, options.timeZone); // the audit log (issue 23)
  registerStatisticsRoutes(app, db, options); // statistics (issue 23)
}
