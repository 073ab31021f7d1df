// Remote command endpoints: admins queue commands and read their results; a terminal answers a
// command it was sent (the commands themselves ride on the heartbeat answer, heartbeat.ts).
import type { KeyObject } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { commandResultRequestSchema, createCommandRequestSchema, terminalIdSchema, ulidSchema } from '../../shared/contract/schemas.ts';
import { appendAdminLog, createCommand, describeCommand, listCommands, readAttachment, recordResult } from '../commands/command-store.ts';
import { HttpError, parseOr400 } from '../http-errors.ts';
import type { Database } from '../storage/database.ts';
import type { TerminalAuthenticator } from './terminal-auth.ts';
import { recordAudit, terminalSites } from '../audit/audit-log.ts';

function terminalIdParam(params: unknown): string {
  const id = (params as { id: string }).id;
  if (!terminalIdSchema.safeParse(id).success) throw new HttpError(404, 'unknown-terminal', `no terminal ${id} is enrolled here`);
  return id;
}

function commandIdParam(params: unknown): string {
  const id = (params as { commandId: string }).commandId;
  if (!ulidSchema.safeParse(id).success) throw new HttpError(404, 'unknown-command', `no command ${id}`);
  return id;
}

export function registerCommandAdminRoutes(app: FastifyInstance, db: Database, key: KeyObject, now: () => number): void {
  app.post('/v1/admin/terminals/:id/commands', async (request, reply) => {
    const terminalId = terminalIdParam(request.params);
    const body = parseOr400(createCommandRequestSchema, request.body, 'command request');
    // A screenshot may show a resident's name or ID number: it takes a stated reason, kept in the log.
    if (body.command.type === 'screenshot' && !body.reason) {
      throw new HttpError(400, 'invalid-body', 'invalid command request: reason: a screenshot may show residents\' data; say why it is needed (kept in the admin log)', [
        { path: 'reason', message: 'required for a screenshot' },
      ]);
    }
    const view = await createCommand(db, key, new Date(now()), { terminalId, command: body.command, reason: body.reason ?? null, ttlMinutes: body.ttlMinutes });
    await recordAudit(db, request, {
      action: 'terminal.command',
      target: { kind: 'terminal', id: terminalId },
      sites: await terminalSites(db, terminalId),
      after: { command: describeCommand(body.command), commandId: view.commandId, reason: body.reason ?? null },
    });
    return reply.status(201).send(view);
  });

  app.get('/v1/admin/terminals/:id/commands', async (request) => {
    const terminalId = terminalIdParam(request.params);
    const known = await db.query('SELECT 1 FROM terminals WHERE terminal_id = $1', [terminalId]);
    if (known.length === 0) throw new HttpError(404, 'unknown-terminal', `no terminal ${terminalId} is enrolled here`);
    return listCommands(db, new Date(now()), terminalId);
  });

  app.get('/v1/admin/commands/:commandId/attachment', async (request, reply) => {
    const commandId = commandIdParam(request.params);
    const attachment = await readAttachment(db, commandId);
    if (!attachment) throw new HttpError(404, 'no-attachment', `command ${commandId} has no uploaded screenshot or log bundle (yet)`);
    // Viewing a screenshot is itself an access to what residents may have had on screen.
    await appendAdminLog(db, new Date(now()), 'attachment viewed', attachment.terminalId, `${attachment.contentType} of command ${commandId}`);
    return reply.header('content-type', attachment.contentType).header('cache-control', 'no-store').send(attachment.bytes);
  });

  app.get('/v1/admin/log', async () => {
    const rows = await db.query<{ at: Date | string; action: string; terminal_id: string | null; detail: string }>(
      'SELECT at, action, terminal_id, detail FROM admin_log ORDER BY id DESC LIMIT 500',
    );
    return rows.map((row) => ({ at: new Date(row.at).toISOString(), action: row.action, terminalId: row.terminal_id, detail: row.detail }));
  });
}

export function registerCommandResultRoute(app: FastifyInstance, db: Database, authenticate: TerminalAuthenticator, now: () => number): void {
  app.post('/v1/commands/:commandId/result', async (request) => {
    const terminalId = await authenticate(request);
    const commandId = commandIdParam(request.params);
    const result = parseOr400(commandResultRequestSchema, request.body, 'command result');
    return { recorded: await recordResult(db, new Date(now()), terminalId, commandId, result) };
  });
}
