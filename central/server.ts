// The central hub: builds the Fastify app over a store and central's secrets, and starts it.
// startCentral() is what the CLI, the kiosk's tests and the demo call to run a hub in-process.
import { requestForLog } from './log-redaction.ts';
import Fastify, { type FastifyInstance } from 'fastify';
import './routes/request-context.ts';
import { HttpError, handleError } from './http-errors.ts';
import { createAdminAuthenticator, createPrincipalAuthenticator } from './routes/admin-auth.ts';
import { consolePasswordFromDir } from './console-auth.ts';
import { registerWorkbenchRoutes } from './routes/workbench/routes.ts';
import { registerAccountAdminRoutes } from './routes/workbench/account-routes.ts';
import { registerRectificationRoutes } from './routes/rectification/routes.ts';
import { registerHolidayAdminRoutes } from './routes/workbench/holiday-routes.ts';
import { registerConsoleRoutes } from './routes/console.ts';
import { registerAdminRoutes } from './routes/admin.ts';
import { registerBackupRoute } from './routes/admin-backup.ts';
import { registerDocumentPublishRoute, registerDocumentRoutes } from './routes/documents.ts';
import { registerEnrollRoute } from './routes/enroll.ts';
import { createOpenWork } from './routes/heartbeat-open-work.ts';
import { createBeatWriter, flushedBefore } from './routes/heartbeat-writer.ts';
import { registerHeartbeatRoute } from './routes/heartbeat.ts';
import { registerCommandAdminRoutes, registerCommandResultRoute } from './routes/commands.ts';
import { registerLogBundleAdminRoutes, registerLogBundleUploadRoute } from './routes/log-bundles.ts';
import { createTerminalAuthenticator } from './routes/terminal-auth.ts';
import { registerTransactionRoutes } from './routes/transactions.ts';
import { registerCertificateIssueRoute } from './routes/certificate-print/issue.ts';
import { registerCertificateRecordsRoute } from './routes/certificate-print/records.ts';
import { registerVerifyRoute } from './routes/certificate-print/verify.ts';
import { loadOrCreateCentralKey, resolveAdminToken, type CentralKey } from './secrets.ts';
import type { GivenSecrets } from './shared-secrets.ts';
import type { Database } from './storage/database.ts';
import { openDatabase } from './storage/open-database.ts';
import { registerPublicMattersAdminRoutes, registerPublicMattersRoutes } from './routes/public-matters/routes.ts';
import { prepareTopicVote } from './routes/public-matters/votes.ts';
import { loadOrCreateVoterKey } from './routes/public-matters/voter-key.ts';
import { preparerFor } from './routes/transaction-kinds.ts';
import { caseKeys } from './routes/cases/resident-key.ts';
import { prepareApplication } from './routes/application/ingest.ts';
import { prepareDemand } from './routes/demand/ingest.ts';
import { prepareRating } from './routes/rating/ingest.ts';
import { registerRatingAdminRoutes } from './routes/rating/admin.ts';
import { registerCaseLookupRoute } from './routes/progress-query/lookup.ts';
import { registerProgressPageRoute } from './routes/progress-query/progress-route.ts';
import { registerCaseAdminRoutes } from './routes/cases/admin-routes.ts';
import { createCodeGuessLimits } from './routes/progress-query/code-check.ts';
import { registerReleaseAdminRoutes, registerReleaseDownloadRoute } from './routes/releases/routes.ts';
import { registerRollbackAckRoute } from './routes/releases/rollback-ack.ts';
import { registerAttachmentAdminRoutes, registerAttachmentUploadRoutes } from './routes/application/attachment-routes.ts';
import { createSqlAttachmentStore } from './attachments/sql-attachment-store.ts';
import { DEFAULT_TIME_ZONE, isTimeZone } from '../config/zoned-time.ts';
import { timeZoneProblem } from './time-zone.ts';
import { DEFAULT_RECTIFICATION_WORKING_DAYS, isRectificationDays, rectificationDaysProblem } from './routes/rectification/time-limit.ts';
import { stampArrival } from './audit/audit-log.ts';
import { registerNotifyAdminRoutes } from './notify/admin-routes.ts';
import { createDeliveryWorker, type DeliveryOptions, type DeliveryWorker } from './notify/delivery-worker.ts';
import { httpSmsGateway } from './notify/sms/http-gateway.ts';
import { registerOpen311Routes } from './open311/routes.ts';
import { registerVoiceRecordingRoutes } from './routes/voice-recording/routes.ts';

/** 500 items with their payloads fit well within this. */
const BODY_LIMIT_BYTES = 8 * 1024 * 1024;

export type LogLevel = 'silent' | 'error' | 'warn' | 'info';

export interface CentralAppDeps {
  db: Database;
  centralKey: CentralKey;
  adminToken: string;
  /** Default 'warn'. Request bodies are never logged at any level: they carry personal data. */
  logLevel?: LogLevel;
  /** Where log lines go (default stdout); tests read them to check what a log would reveal. */
  logStream?: NodeJS.WritableStream;
  /**
   * Addresses (or CIDR ranges) of the balancers in front of this hub (CENTRAL_TRUSTED_PROXIES): only
   * a request from one of them has its X-Forwarded-For believed, so that per-address limits (查询码
   * guesses, the public pages, console logins) see the resident's address, not the balancer's,
   * and nobody else can pick an address by sending the header. Default: none.
   */
  trustedProxies?: string[];
  /** Central's clock in ms; tests move it to expire enrollment codes. Default Date.now. */
  now?: () => number;
  /** 证明打印: the hub's address as residents' phones reach it (QR codes point here); default: the address the kiosk used. */
  publicUrl?: string;
  /** The county's IANA zone (CENTRAL_TIME_ZONE): pages' times and a rated ticket's day. Default Asia/Shanghai. */
  timeZone?: string;
  /** 议题公告: the secret voter pseudonyms are made with; default a key for this process only. */
  voterKey?: Buffer;
  /** Admin console: the stored scrypt hash of its password, or null when none is set. Default: none. */
  consolePasswordHash?: () => string | null;
  /** Updates (issue 12): base64 release public key releases must be signed with; null: publishing refused. */
  releasePublicKey?: string | null;
  /** 好差评 整改 (issue 23): working days a site has to rectify a bad rating (CENTRAL_RECTIFICATION_WORKING_DAYS); default 5. */
  rectificationWorkingDays?: number;
  /** Issue 26: wakes the delivery worker after a change that may have queued notices or events. */
  nudgeDelivery?: () => void;
}

/** /console/ is /console (the console page), so the contract lists one path without a trailing slash. */
function consolePageAtOneAddress(request: { url?: string }): string {
  const url = request.url ?? '/';
  return /^\/console\/(\?|$)/.test(url) ? `/console${url.slice('/console/'.length)}` : url;
}

export function buildCentralApp(deps: CentralAppDeps): FastifyInstance {
  const level = deps.logLevel ?? 'warn';
  const logger = { level, serializers: { req: requestForLog }, ...(deps.logStream ? { stream: deps.logStream } : {}) };
  const trustProxy = deps.trustedProxies?.length ? deps.trustedProxies : false;
  const app = Fastify({ logger: level === 'silent' ? false : logger, bodyLimit: BODY_LIMIT_BYTES, rewriteUrl: consolePageAtOneAddress, trustProxy });
  app.decorateRequest('rawBody', null);
  app.decorateRequest('terminalId', null);
  // Keep the exact bytes: a terminal's signature covers them, not a re-serialisation.
  app.addContentTypeParser('application/json', { parseAs: 'buffer' }, (request, body, done) => {
    const raw = body as Buffer;
    request.rawBody = raw;
    if (raw.length === 0) return done(null, undefined);
    try {
      done(null, JSON.parse(raw.toString('utf8')));
    } catch (err) {
      done(new HttpError(400, 'invalid-json', `the body is not valid JSON: ${(err as Error).message}`), undefined);
    }
  });
  app.setErrorHandler(handleError);
  app.setNotFoundHandler((request, reply) => {
    void reply.status(404).send({ error: 'not-found', message: `no route ${request.method} ${request.url.split('?')[0]}` });
  });

  const now = deps.now ?? Date.now;
  const timeZone = deps.timeZone ?? DEFAULT_TIME_ZONE;
  if (!isTimeZone(timeZone)) throw new Error(timeZoneProblem(timeZone));
  const rectificationDays = deps.rectificationWorkingDays ?? DEFAULT_RECTIFICATION_WORKING_DAYS;
  if (!isRectificationDays(rectificationDays)) throw new Error(rectificationDaysProblem(rectificationDays));
  // The audit log's "when": the hub's clock as each request arrives (audit/audit-log.ts).
  app.addHook('onRequest', async (request) => stampArrival(request, now()));
  // A change that committed may have queued notices and webhook events (issue 26): send them now,
  // not at the worker's next look.
  const nudgeDelivery = deps.nudgeDelivery ?? (() => undefined);
  app.addHook('onResponse', async (request, reply) => {
    if (request.method !== 'GET' && reply.statusCode < 400) nudgeDelivery();
  });
  const authenticateTerminal = createTerminalAuthenticator(deps.db, now);
  const attachments = createSqlAttachmentStore(deps.db);
  // The heartbeat's hot path (issue 27): beats written in batches, open work remembered. Every other
  // reader sees the beats answered so far (readDb flushes first); an admin change is heard by this
  // process's memory before its answer goes out, so the next beat here carries it.
  const beats = createBeatWriter(deps.db);
  const openWork = createOpenWork(deps.db, now);
  openWork.catch(() => undefined); // awaited where used; a failure fails the app's start there
  const readDb = flushedBefore(deps.db, beats);
  app.addHook('onClose', async () => {
    await beats.close();
    await (await openWork.catch(() => null))?.close();
  });
  const voterKey = deps.voterKey ?? loadOrCreateVoterKey(null);
  // 办件 (issue 10): pseudonyms under the same key file; wrong 查询码 counted across kiosk and phone.
  const cases = { keys: caseKeys(voterKey), guesses: createCodeGuessLimits(deps.db, now), now };
  const prepareItem = preparerFor({
    'topic-vote': (item) => prepareTopicVote(item, voterKey, now),
    application: (item) => prepareApplication(item, cases.keys),
    demand: (item) => prepareDemand(item, cases.keys),
    rating: (item) => prepareRating(item, { timeZone, now, workingDays: rectificationDays }),
  });
  // Routes live in plugin scopes (registered when the app becomes ready), one per kind of caller.
  void app.register(async (terminal) => {
    terminal.get('/v1/health', async () => ({ ok: true as const }));
    registerEnrollRoute(terminal, deps.db, deps.centralKey.publicKey, now);
    registerTransactionRoutes(terminal, deps.db, authenticateTerminal, prepareItem);
    registerCaseLookupRoute(terminal, deps.db, authenticateTerminal, cases); // 办件进度查询 (issue 10)
    registerPublicMattersRoutes(terminal, deps.db, authenticateTerminal, voterKey, now); // 议题公告 (issue 9)
    registerDocumentRoutes(terminal, deps.db, authenticateTerminal);
    registerHeartbeatRoute(terminal, deps.db, authenticateTerminal, now, { beats, openWork: await openWork });
    registerCertificateIssueRoute(terminal, deps.db, authenticateTerminal, { publicUrl: deps.publicUrl, now });
    registerCommandResultRoute(terminal, deps.db, authenticateTerminal, now);
    registerLogBundleUploadRoute(terminal, deps.db, authenticateTerminal, now);
    registerReleaseDownloadRoute(terminal, deps.db, authenticateTerminal); // updates (issue 12)
    registerAttachmentUploadRoutes(terminal, attachments, authenticateTerminal, now); // 事项办理's pages and signatures (issue 24)
  });

  // Public: anyone holding a certificate may check it (rate-limited per address).
  void app.register(async (publicScope) => registerVerifyRoute(publicScope, readDb, now, timeZone));
  void app.register(async (publicScope) => registerProgressPageRoute(publicScope, readDb, { ...cases, timeZone })); // the case receipt's QR (issue 10)
  void app.register(async (publicScope) => registerOpen311Routes(publicScope, readDb, now)); // Open311 GeoReport v2 for 诉求 (issue 26)

  void app.register(async (consoleScope) =>
    registerConsoleRoutes(consoleScope, {
      db: readDb,
      now,
      passwordHash: deps.consolePasswordHash ?? (() => null),
      secureCookie: deps.publicUrl?.startsWith('https:') ?? false,
      timeZone,
    }),
  );

  // 办件 workbench (issue 23): every console role, each within its scope of sites.
  const authenticate = createPrincipalAuthenticator(deps.adminToken, readDb, now);
  void app.register(async (workbench) => {
    workbench.addHook('onRequest', async (request) => void (await authenticate(request)));
    registerWorkbenchRoutes(workbench, readDb, { now, timeZone });
    registerRectificationRoutes(workbench, readDb, { now, timeZone }); // 好差评 整改 (issue 23)
  });

  const requireAdmin = createAdminAuthenticator(deps.adminToken, readDb, now);
  void app.register(async (admin) => {
    admin.addHook('onRequest', async (request) => void (await requireAdmin(request)));
    admin.addHook('onSend', async (request, _reply, payload) => {
      if (request.method !== 'GET') await (await openWork).caughtUp();
      return payload;
    });
    registerAccountAdminRoutes(admin, readDb, now); // console accounts (issue 23)
    registerAdminRoutes(admin, readDb, now);
    registerBackupRoute(admin, readDb, now); // backups (issue 27)
    registerDocumentPublishRoute(admin, readDb, deps.centralKey.privateKey);
    registerCertificateRecordsRoute(admin, readDb);
    registerCommandAdminRoutes(admin, readDb, deps.centralKey.privateKey, now);
    registerLogBundleAdminRoutes(admin, readDb);
    registerPublicMattersAdminRoutes(admin, readDb, now); // 议题公告 (issue 9)
    registerCaseAdminRoutes(admin, readDb, now); // 办件 (issue 10)
    registerRatingAdminRoutes(admin, readDb, now); // 好差评 (issue 10)
    registerReleaseAdminRoutes(admin, readDb, deps.releasePublicKey ?? null, now); // updates (issue 12)
    registerRollbackAckRoute(admin, readDb, now); // a rolled-back terminal's warning (issue 21)
    registerHolidayAdminRoutes(admin, readDb, now); // the holiday calendar (issue 23)
    registerNotifyAdminRoutes(admin, readDb, now, nudgeDelivery); // webhooks, SMS templates, deliveries (issue 26)
    registerAttachmentAdminRoutes(admin, attachments); // 事项办理's pages and signatures (issue 24)
    registerVoiceRecordingRoutes(admin, readDb, deps.centralKey.privateKey, now); // the recording page's voice packs (issue 22)
  });
  return app;
}

export interface StartCentralOptions {
  /** 0 picks a free port. */
  port: number;
  /** Default 127.0.0.1. */
  host?: string;
  /** Holds the signing key, the generated admin token and (without databaseUrl) the PGlite files. */
  dataDir?: string;
  /** PostgreSQL connection string; when set the data is stored there instead of PGlite. */
  databaseUrl?: string;
  /** The CLI passes CENTRAL_ADMIN_TOKEN here; when absent a token is generated (and stored in dataDir). */
  adminToken?: string;
  /**
   * Secrets shared by every hub process of a county (issue 27; from CENTRAL_SIGNING_KEY,
   * CENTRAL_PSEUDONYM_KEY, CENTRAL_ADMIN_TOKEN or their _FILE forms). What is not given is made
   * and kept in dataDir, as for a single hub.
   */
  secrets?: GivenSecrets;
  /** PGlite in memory even when dataDir is given (the key and token still go to dataDir if given). */
  inMemory?: boolean;
  logLevel?: LogLevel;
  logStream?: NodeJS.WritableStream;
  /**
   * Addresses (or CIDR ranges) of the balancers in front of this hub (CENTRAL_TRUSTED_PROXIES): only
   * a request from one of them has its X-Forwarded-For believed, so that per-address limits (查询码
   * guesses, the public pages, console logins) see the resident's address, not the balancer's,
   * and nobody else can pick an address by sending the header. Default: none.
   */
  trustedProxies?: string[];
  /** Central's clock in ms, for tests. Default Date.now. */
  now?: () => number;
  /** 证明打印: public base URL for verification links (e.g. https://central.example.gov.cn). */
  publicUrl?: string;
  /** The county's IANA zone, e.g. from CENTRAL_TIME_ZONE; default Asia/Shanghai. */
  timeZone?: string;
  /** Admin console password hash (tests); default: the one `--set-console-password` stored in dataDir. */
  consolePasswordHash?: string;
  /** Updates (issue 12): the release public key (base64), e.g. from CENTRAL_RELEASE_PUBLIC_KEY. */
  releasePublicKey?: string;
  /** 好差评 整改 (issue 23): e.g. from CENTRAL_RECTIFICATION_WORKING_DAYS; default 5. */
  rectificationWorkingDays?: number;
  /**
   * Issue 26: the delivery worker's settings (tests shorten its back-off), and the generic SMS
   * gateway (e.g. from CENTRAL_SMS_URL and CENTRAL_SMS_SECRET); without one, notices wait in the
   * outbox. `false`: no worker in this process (another hub process on the database sends).
   */
  delivery?: false | (Partial<Omit<DeliveryOptions, 'now' | 'publicUrl' | 'sms'>> & { smsGateway?: { url: string; secret: string } });
}

export interface RunningCentral {
  url: string;
  adminToken: string;
  /** Where a generated admin token was stored, or null. */
  adminTokenFile: string | null;
  /** Central's document-signing public key (base64 raw 32 bytes). */
  publicKey: string;
  databaseKind: Database['kind'];
  close(): Promise<void>;
}

export async function startCentral(options: StartCentralOptions): Promise<RunningCentral> {
  const dataDir = options.dataDir ?? null;
  const given = options.secrets ?? {};
  const centralKey = given.signingKey ?? loadOrCreateCentralKey(dataDir);
  const admin = resolveAdminToken(options.adminToken ?? given.adminToken, dataDir);
  const pgliteDir = options.inMemory || !dataDir ? null : `${dataDir}/pglite`;
  const db = await openDatabase({ databaseUrl: options.databaseUrl, pgliteDir });
  const voterKey = given.pseudonymKey ?? loadOrCreateVoterKey(dataDir);
  let worker: DeliveryWorker | null = null;
  const { smsGateway, ...deliverySettings } = options.delivery || {};
  const clock = options.now ?? Date.now;
  // Checked before anything starts: an http gateway off this machine is refused here.
  const sms = smsGateway ? httpSmsGateway({ ...smsGateway, now: clock }) : null;
  const app = buildCentralApp({ db, centralKey, adminToken: admin.token, logLevel: options.logLevel, logStream: options.logStream, trustedProxies: options.trustedProxies, now: options.now, publicUrl: options.publicUrl, timeZone: options.timeZone, voterKey,
    consolePasswordHash: options.consolePasswordHash ? () => options.consolePasswordHash ?? null : consolePasswordFromDir(dataDir),
    releasePublicKey: options.releasePublicKey ?? null, rectificationWorkingDays: options.rectificationWorkingDays, nudgeDelivery: () => worker?.nudge() });
  const host = options.host ?? '127.0.0.1';
  try {
    await app.listen({ port: options.port, host });
  } catch (err) {
    await db.close().catch(() => undefined);
    throw err;
  }
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  const shownHost = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host.includes(':') ? `[${host}]` : host;
  const url = `http://${shownHost}:${port}`;
  if (options.delivery !== false) worker = createDeliveryWorker(db, { ...deliverySettings, now: clock, publicUrl: options.publicUrl ?? url, sms });
  let closing: Promise<void> | null = null;
  return {
    url,
    adminToken: admin.token,
    adminTokenFile: admin.file,
    publicKey: centralKey.publicKey,
    databaseKind: db.kind,
    close() {
      // The worker first: what it is sending is finished and recorded before the database closes.
      closing ??= (worker?.stop() ?? Promise.resolve()).then(() => app.close()).then(() => db.close());
      return closing;
    },
  };
}
