// The kiosk's memory of remote commands: every id central sent is recorded with its result in
// the same step as it runs, so a command redelivered (central had not heard back) or replayed
// runs once, and its result is sent again until central has it.
import type { Db } from './open-store.ts';

export type CommandStatus = 'done' | 'failed' | 'refused';

export interface CommandAttachment {
  contentType: 'image/png' | 'application/json';
  base64: string;
}

export interface CommandRecord {
  id: string;
  type: string;
  status: CommandStatus;
  detail: string;
  attachment: CommandAttachment | null;
}

export function findCommand(db: Db, id: string): CommandRecord | null {
  const row = db.prepare('SELECT id, type, status, detail, attachment FROM remote_commands WHERE id = ?').get(id) as
    | { id: string; type: string; status: CommandStatus; detail: string; attachment: string | null }
    | undefined;
  return row ? { ...row, attachment: row.attachment ? (JSON.parse(row.attachment) as CommandAttachment) : null } : null;
}

export function recordCommand(db: Db, record: CommandRecord, at: Date): void {
  db.prepare('INSERT INTO remote_commands (id, type, received_at, status, detail, attachment) VALUES (?, ?, ?, ?, ?, ?)').run(
    record.id,
    record.type,
    at.toISOString(),
    record.status,
    record.detail.slice(0, 500),
    record.attachment ? JSON.stringify(record.attachment) : null,
  );
}

export function unreportedCommands(db: Db): CommandRecord[] {
  const ids = db.prepare('SELECT id FROM remote_commands WHERE reported_at IS NULL ORDER BY received_at, id').all() as { id: string }[];
  return ids.map((row) => findCommand(db, row.id)!);
}

/** Central has the result: the attachment (a screenshot may show a resident) is not kept here. */
export function markReported(db: Db, id: string, at: Date): void {
  db.prepare('UPDATE remote_commands SET reported_at = ?, attachment = NULL WHERE id = ?').run(at.toISOString(), id);
}
