// Who may use the hall's pages (issue 25). A counter signs in with its PIN, a display is enrolled
// with the hall's code; either gets a token signed with a key kept in the kiosk's data dir, so a
// restarted host still knows them and counters reconnect by themselves. Requests from outside
// the hall's private network are refused before anything else.
import { createHmac, timingSafeEqual } from 'node:crypto';

/** A kiosk is another kiosk of the hall taking numbers from this host (issue 25). */
export type HallRole = { kind: 'counter'; counterId: string } | { kind: 'display' } | { kind: 'kiosk' };

/** A working day and a bit: a counter signs in each morning. */
const tokenHours = 16;

function mac(key: Buffer, body: string): string {
  return createHmac('sha256', key).update(`hall-token:${body}`).digest('base64url');
}

export function issueToken(key: Buffer, role: HallRole, now: number): string {
  const who = role.kind === 'counter' ? `c.${role.counterId}` : role.kind === 'kiosk' ? 'k.kiosk' : 'd.display';
  const body = `${who}.${now + tokenHours * 3_600_000}`;
  return `${body}.${mac(key, body)}`;
}

export function readToken(key: Buffer, token: string | null | undefined, now: number): HallRole | null {
  const parts = (token ?? '').split('.');
  if (parts.length !== 4) return null;
  const [kind, who, expiry, signature] = parts as [string, string, string, string];
  const expected = Buffer.from(mac(key, `${kind}.${who}.${expiry}`));
  const given = Buffer.from(signature);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  if (!(Number(expiry) > now)) return null;
  if (kind === 'c') return { kind: 'counter', counterId: who };
  if (kind === 'k') return { kind: 'kiosk' };
  return kind === 'd' ? { kind: 'display' } : null;
}

export { isHallAddress } from '../../../shared/hall-address.ts';

/** Wrong PINs per counter: five in a row lock its sign-in for a minute. */
export function createSignInGuard(now: () => number) {
  const failures = new Map<string, { count: number; lockedUntil: number }>();
  return {
    locked: (who: string) => (failures.get(who)?.lockedUntil ?? 0) > now(),
    failed(who: string) {
      const row = failures.get(who) ?? { count: 0, lockedUntil: 0 };
      row.count++;
      if (row.count >= 5) Object.assign(row, { count: 0, lockedUntil: now() + 60_000 });
      failures.set(who, row);
    },
    succeeded: (who: string) => failures.delete(who),
  };
}
