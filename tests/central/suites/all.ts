// The storage-dependent suites, run once per backend (hub-pglite and hub-postgres test files).
// Each suite starts its own hub on a fresh database.
import type { HubFactory } from '../helpers/hub.ts';
import { adminAuthSuite } from './admin-auth.ts';
import { batchIngestSuite } from './batch-ingest.ts';
import { certificatesSuite } from './certificates.ts';
import { commandsSuite } from './commands.ts';
import { consoleAuthSuite } from './console-auth.ts';
import { logBundlesSuite } from './log-bundles.ts';
import { documentsSuite } from './documents.ts';
import { enrollmentSuite } from './enrollment.ts';
import { signedRequestsSuite } from './signed-requests.ts';
import { infoDocumentsSuite } from './info-documents.ts';
import { publicMattersSuite } from './public-matters.ts';
import { casesSuite } from './cases.ts';
import { ratingsSuite } from './ratings.ts';
import { releasesSuite } from './releases.ts';
import { auditSuite } from './audit.ts';
import { rectificationsSuite } from './rectifications.ts';
import { holidaysSuite } from './holidays.ts';
import { workbenchSearchSuite } from './workbench-search.ts';
import { workbenchCasesSuite } from './workbench-cases.ts';
import { workbenchScopeSuite } from './workbench-scope.ts';
import { consoleAccountsSuite } from './console-accounts.ts';
import { statisticsSuite } from './statistics.ts';
import { notifySuite } from './notify.ts';
import { caseAttachmentsSuite } from './case-attachments.ts';
import { heartbeatWritesSuite } from './heartbeat-writes.ts';
import { voiceRecordingSuite } from './voice-recording.ts';
import { dueDaysSuite } from './due-days.ts';
import { availabilityRollupSuite } from './availability-rollup.ts';

export function runHubSuites(startHub: HubFactory): void {
  enrollmentSuite(startHub);
  signedRequestsSuite(startHub);
  batchIngestSuite(startHub);
  documentsSuite(startHub);
  adminAuthSuite(startHub);
  certificatesSuite(startHub);
  commandsSuite(startHub);
  logBundlesSuite(startHub);
  infoDocumentsSuite(startHub); // 政务信息查询 (issue 9)
  publicMattersSuite(startHub); // 议题公告 (issue 9)
  consoleAuthSuite(startHub); // admin console (issue 12)
  casesSuite(startHub); // 办件 (issue 10)
  ratingsSuite(startHub); // 好差评 (issue 10)
  releasesSuite(startHub); // updates (issue 12)
  auditSuite(startHub); // the audit log, 查看, 转办, 督办 (issue 23)
  rectificationsSuite(startHub); // 好差评 整改 (issue 23)
  holidaysSuite(startHub); // the holiday calendar (issue 23)
  workbenchSearchSuite(startHub); // 办件 search and paging (issue 23)
  workbenchCasesSuite(startHub); // the clerk's 办件, scope and accounts (issue 23): PGlite-only files before
  workbenchScopeSuite(startHub);
  consoleAccountsSuite(startHub);
  statisticsSuite(startHub); // statistics (issue 23)
  notifySuite(startHub); // webhooks, SMS notices, the outbox (issue 26)
  caseAttachmentsSuite(startHub); // 事项办理's pages and signature (issue 24)
  heartbeatWritesSuite(startHub); // heartbeats written in batches (issue 27)
  voiceRecordingSuite(startHub); // the recording page's voice packs (issue 22)
  dueDaysSuite(startHub); // stored due days against the workbench's clock (issue 23)
  availabilityRollupSuite(startHub); // availability's daily roll-up against the hour buckets (issue 23)
}
