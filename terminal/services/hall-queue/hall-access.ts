// Who may use the hall's pages (issue 25). A counter signs in with its PIN, a display is enrolled
// with the hall's code; either gets a token signed with a key kept in the kiosk's data dir, so a
// restarted host still knows them and counters reconnect by themselves. Requests from outside
// the hall's private network are refused before anything else.
import { createHmac, timingSafeEqual } from 'node:crypto';
import { isIP } from 'node:net';

export type HallRole = { kind: 'counter'; counterId: string } | { kind: 'display' };

/** A working day and a bit: a counter signs in each morning. */
const tokenHours = 16;

function mac(key: Buffer, body: string): string {
  return createHmac('sha256', key).update(`hall-token:${body}`).digest('base64url');
}

export function issueToken(key: Buffer, role: HallRole, now: number): string {
  const body = `${role.kind === 'counter' ? `c.${role.counterId}` : 'd.display'}.${now + tokenHours * 3_600_000}`;
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
  return kind === 'd' ? { kind: 'display' } : null;
}

/** Loopback, RFC 1918, link-local and IPv6 unique-local addresses: the hall's own network. */
export function isHallAddress(address: string | undefined): boolean {
  if (!address) return false;
  const v4 = address.startsWith('::ffff:') ? address.slice(7) : address;
  if (isIP(v4) === 4) {
    const [a, b] = v4.split('.').map(Number) as [number, number];
    return a === 10 || a === 127 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 169 && b === 254);
  }
  const v6 = address.toLowerCase();
  return v6 === '::1' || /^f[cd][0-9a-f]{2}:/.test(v6) || /^fe[89ab][0-9a-f]:/.test(v6);
}

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
