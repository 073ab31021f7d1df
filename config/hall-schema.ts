// The hall's queue (issue 25): the counters that call numbers, the display's enrolment and the
// rules a hall sets. Each terminal's own file or the hub's signed config push; a counter's PIN and
// the display's code are kept only as scrypt hashes (`npm run technician-pin` writes them).
import { z } from 'zod';
import { isHallAddress } from '../shared/hall-address.ts';

/** The host of a URL is a private address of the hall's network (no names: a hall LAN has no DNS to trust). */
function isHallUrl(url: string): boolean {
  const host = new URL(url).hostname.replace(/^\[|\]$/g, '');
  return isHallAddress(host);
}

const scryptHash = z
  .string()
  .regex(/^scrypt\$\d+\$\d+\$\d+\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+$/, 'must be a hash written by `npm run technician-pin`, never the PIN itself');

export const priorityClassSchema = z.enum(['elder', 'disabled', 'military', 'appointment']);

export const hallCounterSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]{1,32}$/),
  /** What the display and the voice call it: 3 → "3 号窗口". */
  number: z.number().int().min(1).max(99),
  /** The catalog queues (取号排队's `queues[].id`) this counter serves. */
  queues: z.array(z.string().regex(/^[a-z0-9-]+$/)).min(1),
  pinHash: scryptHash,
});

export const hallSchema = z.strictObject({
  /** Off: the kiosk only prints numbers, as before issue 25. */
  enabled: z.boolean().default(false),
  /** The port of the counter and display pages on the hall's network. */
  port: z.number().int().min(1024).max(65535).default(8470),
  counters: z.array(hallCounterSchema).max(40).default([]),
  /** The display's enrolment code, hashed; without it no display can be enrolled. */
  displayCodeHash: scryptHash.optional(),
  /** A 过号 ticket can be called back this many times, then it must take a new number. */
  recallLimit: z.number().int().min(0).max(5).default(2),
  priority: z
    .strictObject({
      /** Which tickets go first; the kiosk marks 长辈 from the ID card's birth date. */
      classes: z.array(priorityClassSchema).default(['elder', 'disabled', 'military', 'appointment']),
      /** Residents of this age or older get an 长辈 ticket when they take it with their ID card. */
      elderAge: z.number().int().min(50).max(100).default(70),
      /** At most this many priority calls in a row at one counter while ordinary tickets wait. */
      maxInRow: z.number().int().min(1).max(10).default(2),
    })
    .prefault({}),
  /** The estimate before the hall has served anyone today. */
  defaultServiceMinutes: z.number().int().min(1).max(120).default(6),
  /** How often the display says a call (the first time included). */
  callRepeats: z.number().int().min(1).max(3).default(2),
  /** A second language for the spoken call, after Mandarin. */
  secondLanguage: z.enum(['ug', 'en']).optional(),
  /**
   * On the queue host: the hash of the code the hall's other kiosks sign in with to take numbers
   * from it (`npm run technician-pin`); without it no other kiosk can take a number here.
   */
  kioskCodeHash: scryptHash.optional(),
  /**
   * On every other kiosk of the hall: the queue host's pages address and the hall's kiosk code.
   * Such a kiosk takes each number from the host (never from its own sequence) and serves no pages.
   */
  host: z
    .strictObject({
      url: z.url({ protocol: /^https?$/ }).refine((u) => isHallUrl(u), 'must be the queue host on the hall network (a private address, e.g. http://192.168.1.20:8470)'),
      code: z.string().min(6).max(40),
    })
    .optional(),
});

export type HallConfig = z.infer<typeof hallSchema>;
export type HallCounter = z.infer<typeof hallCounterSchema>;
export type PriorityClass = z.infer<typeof priorityClassSchema>;

/** What this kiosk is in its hall's queue: none, the host (keeps the queue, serves the pages), or a
 *  member that takes every number from the host. */
export function hallRole(hall: HallConfig): 'off' | 'host' | 'member' {
  return !hall.enabled ? 'off' : hall.host ? 'member' : 'host';
}
