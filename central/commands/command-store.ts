// Remote commands on central's side: queue one for a terminal (signed once, at creation), hand the
// open ones to the terminal with each heartbeat until it answers, record the answer once.
import type { KeyObject } from 'node:crypto';
import { ulid } from 'ulid';
import {
  commandRequestSchema,
  signedCommandSchema,
  type CommandRequest,
  type CommandResultRequest,
  type CommandView,
  type SignedCommand,
} from '../../shared/contract/schemas.ts';
import { signCommand } from '../../shared/contract/signing.ts';
import { HttpError } from '../http-errors.ts';
import { isoOf, isoOrNull, type Database, type Queryable } from '../storage/database.ts';

/** At most this many open commands ride on one heartbeat answer; the rest follow on the next. */
export const MAX_COMMANDS_PER_HEARTBEAT = 20;

interface CommandRow {
  command_id: string;
  terminal_id: string;
  signed: string;
  reason: string | null;
  created_at: unknown;
  expires_at: unknown;
  delivered_at: unknown;
  completed_at: unknown;
  status: 'done' | 'failed' | 'refused' | null;
  detail: string | null;
  attachment_type: string | null;
  expired: boolean;
}

const COMMAND_COLUMNS = `command_id, terminal_id, signed, reason, created_at, expires_at, delivered_at, completed_at, status,
  detail, attachment_type, (completed_at IS NULL AND expires_at < $NOW::timestamptz) AS expired`;

function viewOf(row: CommandRow): CommandView {
  const signed = signedCommandSchema.parse(JSON.parse(row.signed));
  return {
    commandId: row.command_id,
    terminalId: row.terminal_id,
    command: signed.envelope.command,
    reason: row.reason,
    state: row.status ?? (row.expired ? 'expired' : row.delivered_at ? 'delivered' : 'pending'),
    createdAt: isoOf(row.created_at),
    expiresAt: isoOf(row.expires_at),
    deliveredAt: isoOrNull(row.delivered_at),
    completedAt: isoOrNull(row.completed_at),
    detail: row.detail,
    attachment: row.attachment_type,
  };
}

export async function appendAdminLog(db: Queryable, at: Date, action: string, terminalId: string | null, detail: string): Promise<void> {
  await db.query('INSERT INTO admin_log (at, action, terminal_id, detail) VALUES ($1, $2, $3, $4)', [at.toISOString(), action, terminalId, detail]);
}

export function describeCommand(command: CommandRequest): string {
  switch (command.type) {
    case 'out-of-service':
      return command.on ? `out-of-service on${command.message ? `: ${command.message}` : ''}` : 'out-of-service off';
    case 'set-volume':
      return `set-volume ${command.percent}%`;
    default:
      return command.type;
  }
}

export interface NewCommand {
  terminalId: string;
  command: CommandRequest;
  reason: string | null;
  ttlMinutes: number;
}

export async function createCommand(db: Database, key: KeyObject, now: Date, input: NewCommand): Promise<CommandView> {
  const command = commandRequestSchema.parse(input.command);
  return db.transaction(async (tx) => {
    const terminals = await tx.query<{ replaced_by: string | null }>('SELECT replaced_by FROM terminals WHERE terminal_id = $1', [input.terminalId]);
    const terminal = terminals[0];
    if (!terminal) throw new HttpError(404, 'unknown-terminal', `no terminal ${input.terminalId} is enrolled here (see GET /v1/admin/terminals)`);
    if (terminal.replaced_by) {
      throw new HttpError(409, 'terminal-replaced', `terminal ${input.terminalId} has enrolled again as ${terminal.replaced_by}: send the command there`);
    }
    const id = ulid(now.getTime());
    const expiresAt = new Date(now.getTime() + input.ttlMinutes * 60_000);
    const signed = signCommand(key, { id, terminalId: input.terminalId, issuedAt: now.toISOString(), expiresAt: expiresAt.toISOString(), command });
    await tx.query(
      `INSERT INTO terminal_commands (command_id, terminal_id, type, signed, reason, created_at, expires_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [id, input.terminalId, command.type, JSON.stringify(signed), input.reason, now.toISOString(), expiresAt.toISOString()],
    );
    // Logged in the same transaction: a screenshot that is queued is always in the log.
    await appendAdminLog(tx, now, `command ${command.type}`, input.terminalId, `${describeCommand(command)} (id ${id})${input.reason ? `; reason: ${input.reason}` : ''}`);
    const rows = await tx.query<CommandRow>(`SELECT ${COMMAND_COLUMNS.replace('$NOW', '$2')} FROM terminal_commands WHERE command_id = $1`, [id, now.toISOString()]);
    return viewOf(rows[0]!);
  });
}

export async function listCommands(db: Database, now: Date, terminalId: string): Promise<CommandView[]> {
  const rows = await db.query<CommandRow>(
    `SELECT ${COMMAND_COLUMNS.replace('$NOW', '$2')} FROM terminal_commands WHERE terminal_id = $1 ORDER BY command_id DESC LIMIT 200`,
    [terminalId, now.toISOString()],
  );
  return rows.map(viewOf);
}

/**
 * Takes the terminal's unanswered, unexpired commands (at most MAX_COMMANDS_PER_HEARTBEAT), marking
 * them delivered, returning `signed`: a data-modifying part of the heartbeat's one statement
 * (routes/heartbeat-statement.ts), `$1` the terminal's id and `now` the parameter holding the time.
 */
export function takeOpenCommandsSql(now: string): string {
  return `UPDATE terminal_commands SET delivered_at = COALESCE(delivered_at, ${now}::timestamptz)
      WHERE command_id IN (
        SELECT command_id FROM terminal_commands
         WHERE terminal_id = $1 AND completed_at IS NULL AND expires_at >= ${now}::timestamptz
         ORDER BY command_id LIMIT ${MAX_COMMANDS_PER_HEARTBEAT})
      RETURNING signed`;
}

/** The taken commands' stored envelopes as the heartbeat answers them, oldest first. */
export function openCommandsOf(signed: readonly string[]): SignedCommand[] {
  return signed.map((text) => signedCommandSchema.parse(JSON.parse(text))).sort((a, b) => (a.envelope.id < b.envelope.id ? -1 : 1));
}

/**
 * Records a terminal's answer. The same answer again (a retry whose reply was lost) is accepted and
 * not recorded twice; a different answer to an answered command is a conflict.
 */
export async function recordResult(db: Database, now: Date, terminalId: string, commandId: string, result: CommandResultRequest): Promise<boolean> {
  return db.transaction(async (tx) => {
    const rows = await tx.query<{ status: string | null }>(
      'SELECT status FROM terminal_commands WHERE command_id = $1 AND terminal_id = $2 FOR UPDATE',
      [commandId, terminalId],
    );
    const row = rows[0];
    // Another terminal's command looks the same as no command: ids are not a way to probe.
    if (!row) throw new HttpError(404, 'unknown-command', `terminal ${terminalId} was sent no command ${commandId}`);
    if (row.status !== null) {
      if (row.status === result.status) return false;
      throw new HttpError(409, 'result-conflict', `command ${commandId} was already answered "${row.status}"; a different answer is refused`);
    }
    const attachment = result.attachment ? Buffer.from(result.attachment.base64, 'base64') : null;
    await tx.query(
      `UPDATE terminal_commands SET completed_at = $2, status = $3, detail = $4, attachment_type = $5, attachment = $6,
              delivered_at = COALESCE(delivered_at, $2::timestamptz)
        WHERE command_id = $1`,
      [commandId, now.toISOString(), result.status, result.detail, result.attachment?.contentType ?? null, attachment],
    );
    return true;
  });
}

export async function readAttachment(db: Database, commandId: string): Promise<{ contentType: string; bytes: Buffer; terminalId: string } | null> {
  const rows = await db.query<{ attachment_type: string | null; attachment: Uint8Array | null; terminal_id: string }>(
    'SELECT attachment_type, attachment, terminal_id FROM terminal_commands WHERE command_id = $1',
    [commandId],
  );
  const row = rows[0];
  if (!row?.attachment_type || !row.attachment) return null;
  return { contentType: row.attachment_type, bytes: Buffer.from(row.attachment), terminalId: row.terminal_id };
}
