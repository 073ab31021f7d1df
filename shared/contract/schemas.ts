// Zod schemas for every body that crosses the central API, shared by central and the kiosk so both
// parse the same shapes. central/openapi.yaml documents the same shapes for other implementers.
import { z } from 'zod';
import { releaseOfferSchema, terminalRollbackSchema, updateReportSchema } from './releases.ts';

/** Same rule as config/schema.ts site.code. */
export const siteCodeSchema = z.string().regex(/^[A-Za-z0-9_-]{1,32}$/, 'letters, digits, - and _ only, at most 32');
/** Crockford base32 ULID, 26 characters, made by the kiosk. */
export const ulidSchema = z.string().regex(/^[0-9A-HJKMNP-TV-Z]{26}$/, 'must be a ULID (26 Crockford base32 characters)');
export const isoDateTimeSchema = z.iso.datetime({ offset: true });
/** base64 of a raw 32-byte ed25519 public key. */
export const publicKeySchema = z.string().regex(/^[A-Za-z0-9+/]{43}=$/, 'must be the base64 of a raw 32-byte ed25519 public key');
export const terminalIdSchema = z.string().regex(/^T[0-9A-HJKMNP-TV-Z]{26}$/, 'must be a terminal id as returned by /v1/enroll');

// ---- errors -------------------------------------------------------------------------------------

export const authErrorCodeSchema = z.enum([
  'missing-signature',
  'stale-timestamp',
  'replayed-nonce',
  'bad-signature',
  'unknown-terminal',
  'terminal-replaced',
]);
export const errorResponseSchema = z.object({
  error: z.string(),
  message: z.string(),
  /** For 400 invalid-body: one entry per problem, `path` like `items.3.occurredAt`. */
  issues: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
});

// ---- enrollment ---------------------------------------------------------------------------------

export const enrollRequestSchema = z.strictObject({
  code: z.string().min(1).max(64),
  publicKey: publicKeySchema,
  siteCode: siteCodeSchema,
  siteName: z.string().min(1).max(80),
  softwareVersion: z.string().min(1).max(64),
  /**
   * A kiosk enrolling again names the terminal it was, signed with that terminal's key
   * (contract/signing.ts signReplacement): central then treats both as one sender when
   * deduplicating, and retires the old one.
   */
  replaces: z.strictObject({ terminalId: terminalIdSchema, signature: z.string().min(1).max(200) }).optional(),
});
/** A terminal's number at its hub, given in order at enrollment: the first part of its 办件编号. */
export const terminalNumberSchema = z.number().int().min(1).max(9999);

export const enrollResponseSchema = z.object({
  terminalId: terminalIdSchema,
  /** Optional for hubs that predate numbering; a kiosk without one numbers its cases 0000-…. */
  terminalNumber: terminalNumberSchema.optional(),
  /** Central's document-signing key; the kiosk pins it and trusts no other. */
  centralPublicKey: publicKeySchema,
});

// ---- transactions -------------------------------------------------------------------------------

export const MAX_BATCH_ITEMS = 500;

export const transactionItemSchema = z.strictObject({
  id: ulidSchema,
  sessionId: z.string().min(1).max(64),
  /** Order of this transaction within its session, from 0. */
  seq: z.number().int().min(0),
  /** 'queue-ticket' | 'rating' | …: lower-case words joined by '-'. */
  kind: z.string().regex(/^[a-z][a-z0-9-]{0,63}$/, "lower-case words joined by '-', e.g. queue-ticket"),
  occurredAt: isoDateTimeSchema,
  payload: z.record(z.string(), z.unknown()),
});
export const transactionBatchRequestSchema = z.strictObject({
  items: z.array(transactionItemSchema).min(1).max(MAX_BATCH_ITEMS),
});
export const transactionBatchResponseSchema = z.object({
  /** Stored by this request. */
  accepted: z.array(ulidSchema),
  /** Already stored by an earlier request: not stored again. Each id appears once in the response. */
  duplicates: z.array(ulidSchema),
});

// ---- documents ----------------------------------------------------------------------------------

export const documentKindSchema = z.enum([
  'catalog',
  'config',
  'announcements',
  // 政务信息查询 (issue 9): 办事指南 and 通知公告, shared/contract/info-documents.ts
  'guides',
  'notices',
  // 议题公告 (issue 9): 村(居)务公开 documents and topics, shared/contract/public-matters.ts
  'matters',
  // Voice guidance (issue 11): recorded prompt packs, shared/contract/voice-packs.ts
  'voice-packs',
]);

export const documentEnvelopeSchema = z.strictObject({
  kind: documentKindSchema,
  version: z.number().int().positive(),
  issuedAt: isoDateTimeSchema,
  body: z.unknown(),
});
export const signedDocumentSchema = z.strictObject({
  document: documentEnvelopeSchema,
  /** base64 ed25519 signature by central over canonicalJson(document). */
  signature: z.string().min(1),
});

export const announcementSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]{1,64}$/),
  title: z.string().min(1).max(60),
  text: z.string().min(1).max(4000),
  publishedAt: isoDateTimeSchema,
  /** After this moment the kiosk stops showing it. */
  expiresAt: isoDateTimeSchema.optional(),
});
export const announcementsBodySchema = z.strictObject({
  items: z.array(announcementSchema).max(200),
});

// ---- heartbeat ----------------------------------------------------------------------------------

export const syncReportSchema = z.strictObject({
  pending: z.number().int().min(0),
  oldestPendingAgeSeconds: z.number().min(0).nullable(),
  lastSuccessAt: isoDateTimeSchema.nullable(),
  lastError: z.string().max(500).nullable(),
});
/**
 * Conditions a kiosk raises about itself; central maps each to a severity (central/health.ts).
 * Codes, not sentences, so the hub words them and an older hub still understands a newer kiosk.
 */
export const terminalAlertSchema = z.enum([
  'paper-low',
  'paper-out',
  'printer-unplugged',
  'printer-error',
  'reader-unplugged',
  'backlog-old',
  'out-of-service',
]);
export const screenReportSchema = z.strictObject({
  /** Seconds since the renderer last reported a rendered frame; null: none since the kiosk started. */
  lastFrameAgeSeconds: z.number().min(0).nullable(),
  /** Seconds the kiosk process has been running: a fresh start has not rendered yet and is not an alarm. */
  uptimeSeconds: z.number().min(0),
});
export const heartbeatRequestSchema = z.strictObject({
  at: isoDateTimeSchema,
  softwareVersion: z.string().min(1).max(64),
  /** Device states as the kiosk reports them, e.g. { printer: { state: 'no-paper' } }. */
  devices: z.record(z.string(), z.unknown()),
  sync: syncReportSchema,
  // The three below are optional so kiosks older than remote commands keep their heartbeat.
  screen: screenReportSchema.optional(),
  alerts: z.array(terminalAlertSchema).max(32).optional(),
  /** Free bytes on the kiosk's data disk; null when it could not be read. */
  freeDiskBytes: z.number().int().min(0).nullable().optional(),
  /** Updates (issue 12): failed or refused releases, so a rollout can halt by itself. */
  update: updateReportSchema.optional(),
});

// ---- remote commands ----------------------------------------------------------------------------

export const MAX_OUT_OF_SERVICE_MESSAGE = 200;

/** What an admin can ask a terminal to do, with the parameters each one takes. */
export const commandRequestSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('restart') }),
  z.strictObject({ type: z.literal('reload-ui') }),
  z.strictObject({
    type: z.literal('out-of-service'),
    on: z.boolean(),
    /** Shown to residents while out of service, e.g. 本机维护中，请到 3 号窗口办理。 */
    message: z.string().trim().min(1).max(MAX_OUT_OF_SERVICE_MESSAGE).optional(),
  }),
  z.strictObject({ type: z.literal('collect-logs') }),
  z.strictObject({ type: z.literal('set-volume'), percent: z.number().int().min(0).max(100) }),
  z.strictObject({ type: z.literal('screenshot') }),
]);
export const commandTypeSchema = z.enum(['restart', 'reload-ui', 'out-of-service', 'collect-logs', 'set-volume', 'screenshot']);

/** What central signs: the kiosk executes a command only when this verifies with the pinned key. */
export const commandEnvelopeSchema = z.strictObject({
  id: ulidSchema,
  terminalId: terminalIdSchema,
  issuedAt: isoDateTimeSchema,
  /** After this the kiosk refuses it: a command found late (a week offline) is not run blind. */
  expiresAt: isoDateTimeSchema,
  command: commandRequestSchema,
});
export const signedCommandSchema = z.strictObject({
  envelope: commandEnvelopeSchema,
  /** base64 ed25519 by central over canonicalJson(envelope). */
  signature: z.string().min(1).max(200),
});

export const commandStatusSchema = z.enum(['done', 'failed', 'refused']);
export const commandAttachmentSchema = z.strictObject({
  contentType: z.enum(['image/png', 'application/json']),
  /** base64 of the bytes; screenshots and log bundles only. */
  base64: z.string().max(6_000_000),
});
export const commandResultRequestSchema = z.strictObject({
  status: commandStatusSchema,
  /** A sentence for the admin; never personal data. */
  detail: z.string().max(500),
  attachment: commandAttachmentSchema.optional(),
});
export const commandResultResponseSchema = z.object({ recorded: z.boolean() });

/** A log bundle a technician sends from the kiosk (terminal/commands/log-bundle.ts). */
export const logBundleUploadSchema = z.strictObject({ bundle: z.record(z.string(), z.unknown()) });
export const logBundleUploadResponseSchema = z.object({ id: z.string() });
export const logBundleSummarySchema = z.object({ id: z.string(), terminalId: terminalIdSchema, receivedAt: isoDateTimeSchema, bytes: z.number().int() });

export const heartbeatResponseSchema = z.object({
  serverTime: isoDateTimeSchema,
  /** Signed commands not yet acknowledged, oldest first; sent again until a result arrives. */
  commands: z.array(signedCommandSchema),
  /** The terminal's number (办件编号): a kiosk enrolled before hubs gave numbers learns its own here. */
  terminalNumber: terminalNumberSchema.optional(),
  /** Updates (issue 12): the release this terminal should run, when a rollout includes it. */
  release: releaseOfferSchema.nullable().optional(),
});

// ---- admin --------------------------------------------------------------------------------------

export const createEnrollmentCodeRequestSchema = z.strictObject({
  /** When set, only a kiosk enrolling with this site code may use the code. */
  siteCode: siteCodeSchema.optional(),
  ttlMinutes: z.number().int().min(1).max(43_200).default(1440),
});
export const createEnrollmentCodeResponseSchema = z.object({
  code: z.string(),
  expiresAt: isoDateTimeSchema,
  siteCode: siteCodeSchema.nullable(),
});

/** `starting`: online, but its UI has not drawn a first frame yet (within its start grace). */
export const healthStateSchema = z.enum(['healthy', 'starting', 'warning', 'alarm', 'offline']);
export const terminalHealthSchema = z.object({
  state: healthStateSchema,
  /** Why, worst first, in words for the admin; empty when healthy. */
  reasons: z.array(z.string()),
});

export const terminalSummarySchema = z.object({
  terminalId: terminalIdSchema,
  siteCode: siteCodeSchema,
  siteName: z.string(),
  enrolledAt: isoDateTimeSchema,
  lastHeartbeatAt: isoDateTimeSchema.nullable(),
  /** A heartbeat arrived within the last 3 minutes. */
  online: z.boolean(),
  sync: syncReportSchema.nullable(),
  devices: z.record(z.string(), z.unknown()).nullable(),
  softwareVersion: z.string(),
  /** The terminal id this kiosk enrolled as later; requests under this one are refused. */
  replacedBy: terminalIdSchema.nullable(),
  health: terminalHealthSchema,
  /** As last reported; null before the terminal's first heartbeat with them. */
  screen: screenReportSchema.nullable(),
  alerts: z.array(terminalAlertSchema),
  freeDiskBytes: z.number().nullable(),
  /** Rollbacks it did by itself that no admin acknowledged yet, newest first (a warning in `health`). */
  rollbacks: z.array(terminalRollbackSchema).default([]),
});
export const terminalListResponseSchema = z.array(terminalSummarySchema);

export const createCommandRequestSchema = z.strictObject({
  command: commandRequestSchema,
  /**
   * Required for a screenshot, which may show a resident's data: the admin's stated reason is kept
   * in the admin log with the command.
   */
  reason: z.string().trim().min(3).max(200).optional(),
  ttlMinutes: z.number().int().min(1).max(10_080).default(1440),
});
export const commandStateSchema = z.enum(['pending', 'delivered', 'done', 'failed', 'refused', 'expired']);
export const commandViewSchema = z.object({
  commandId: ulidSchema,
  terminalId: terminalIdSchema,
  command: commandRequestSchema,
  reason: z.string().nullable(),
  state: commandStateSchema,
  createdAt: isoDateTimeSchema,
  expiresAt: isoDateTimeSchema,
  deliveredAt: isoDateTimeSchema.nullable(),
  completedAt: isoDateTimeSchema.nullable(),
  detail: z.string().nullable(),
  /** The content type of an uploaded screenshot or log bundle, fetched from …/attachment. */
  attachment: z.string().nullable(),
});
export const commandListResponseSchema = z.array(commandViewSchema);

export const publishDocumentRequestSchema = z.strictObject({ body: z.unknown() });
export const publishDocumentResponseSchema = z.object({
  kind: documentKindSchema,
  version: z.number().int().positive(),
  /** Per language, the fields residents will see in Chinese (shared/contract/translation-gaps.ts). */
  warnings: z.array(z.string()).default([]),
});

export const adminTransactionsQuerySchema = z.strictObject({
  terminalId: terminalIdSchema.optional(),
  /** A `cursor` from a previous page: only later-received transactions are returned. */
  after: z.string().regex(/^\d{1,18}$/, 'must be a cursor from a previous page').optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(100),
});
export const storedTransactionSchema = transactionItemSchema.extend({
  terminalId: terminalIdSchema,
  receivedAt: isoDateTimeSchema,
  /** Opaque, increasing in order of receipt: pass the last one as `after` for the next page. */
  cursor: z.string(),
});
export const storedTransactionListSchema = z.array(storedTransactionSchema);

export const healthResponseSchema = z.object({ ok: z.literal(true) });

export type DocumentKind = z.infer<typeof documentKindSchema>;
export type DocumentEnvelope = z.infer<typeof documentEnvelopeSchema>;
export type SignedDocument = z.infer<typeof signedDocumentSchema>;
export type EnrollRequest = z.infer<typeof enrollRequestSchema>;
export type EnrollResponse = z.infer<typeof enrollResponseSchema>;
export type TransactionItem = z.infer<typeof transactionItemSchema>;
export type TransactionBatchRequest = z.infer<typeof transactionBatchRequestSchema>;
export type TransactionBatchResponse = z.infer<typeof transactionBatchResponseSchema>;
export type HeartbeatRequest = z.infer<typeof heartbeatRequestSchema>;
export type HeartbeatResponse = z.infer<typeof heartbeatResponseSchema>;
export type SyncReport = z.infer<typeof syncReportSchema>;
export type TerminalSummary = z.infer<typeof terminalSummarySchema>;
export type StoredTransaction = z.infer<typeof storedTransactionSchema>;
export type Announcements = z.infer<typeof announcementsBodySchema>;
export type TerminalAlert = z.infer<typeof terminalAlertSchema>;
export type ScreenReport = z.infer<typeof screenReportSchema>;
export type CommandRequest = z.infer<typeof commandRequestSchema>;
export type CommandType = z.infer<typeof commandTypeSchema>;
export type CommandEnvelope = z.infer<typeof commandEnvelopeSchema>;
export type SignedCommand = z.infer<typeof signedCommandSchema>;
export type CommandResultRequest = z.infer<typeof commandResultRequestSchema>;
export type CommandView = z.infer<typeof commandViewSchema>;
export type CreateCommandRequest = z.input<typeof createCommandRequestSchema>;
export type TerminalHealth = z.infer<typeof terminalHealthSchema>;
export type LogBundleSummary = z.infer<typeof logBundleSummarySchema>;
export type AuthErrorCode = z.infer<typeof authErrorCodeSchema>;
