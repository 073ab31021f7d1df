// Which priority a new ticket gets (issue 25). The kiosk knows only age, from the ID card's birth
// date: 长辈 at the hall's `elderAge`. 残疾人 and 军人 are shown at the counter (certificates the kiosk
// cannot check), and appointments come with their own ticket, so the kiosk never sets those.
import type { HallConfig, PriorityClass } from '../../../config/hall-schema.ts';
import type { Session } from '../../session.ts';

export function ticketPriority(session: Session, hall: HallConfig, today: string): PriorityClass | null {
  const r = session.resident;
  if (!hall.enabled || !hall.priority.classes.includes('elder') || r?.kind !== 'id-card') return null;
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  const [by, bm, bd] = r.birthDate.split('-').map(Number) as [number, number, number];
  const age = y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
  return age >= hall.priority.elderAge ? 'elder' : null;
}
