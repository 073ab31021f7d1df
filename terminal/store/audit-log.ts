// The kiosk's own audit trail (document refusals, enrollment, purges). Never personal data: the
// detail is written by code, not copied from a resident's input.
import type { Db } from './open-store.ts';

export interface AuditEntry {
  id: number;
  at: string;
  event: string;
  detail: string;
}

export function appendAudit(db: Db, event: string, detail: string, at: Date = new Date()): void {
  db.prepare('INSERT INTO audit_log (at, event, detail) VALUES (?, ?, ?)').run(at.toISOString(), event, detail.slice(0, 1000));
}

export function recentAudit(db: Db, limit = 50): AuditEntry[] {
  return db.prepare('SELECT id, at, event, detail FROM audit_log ORDER BY id DESC LIMIT ?').all(limit) as AuditEntry[];
}
