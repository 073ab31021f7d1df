// Which priority a new ticket gets (issue 25). The kiosk knows only age, from the ID card's birth
// date: 长辈 at the hall's `elderAge`. 残疾人 and 军人 the resident declares on the 取号 screen and
// shows the certificate at the counter (the kiosk cannot check one); a declared class counts only
// where the hall lists it. A resident who is both gets 长辈, which needs no certificate.
import type { HallConfig, PriorityClass } from '../../../config/hall-schema.ts';
import type { Session } from '../../session.ts';

export function ticketPriority(session: Session, hall: HallConfig, today: string, declared?: 'disabled' | 'military'): PriorityClass | null {
  if (!hall.enabled) return null;
  return elderPriority(session, hall, today) ?? (declared && hall.priority.classes.includes(declared) ? declared : null);
}

/** The priority classes a resident may declare at this hall's kiosks. */
export function declarablePriorities(hall: HallConfig): ('disabled' | 'military')[] {
  return hall.enabled ? (['disabled', 'military'] as const).filter((c) => hall.priority.classes.includes(c)) : [];
}

function elderPriority(session: Session, hall: HallConfig, today: string): PriorityClass | null {
  const r = session.resident;
  if (!hall.priority.classes.includes('elder') || r?.kind !== 'id-card') return null;
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  const [by, bm, bd] = r.birthDate.split('-').map(Number) as [number, number, number];
  const age = y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
  return age >= hall.priority.elderAge ? 'elder' : null;
}
