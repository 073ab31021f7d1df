// What a resident is told about a slip's printing, in every service's answer (queue ticket, case
// receipt, guide checklist). Its own file so that each service's contract can name it without
// importing the whole KioskApi.
import type { Say } from './says/say.ts';

export type PrintReport =
  | { state: 'printing' }
  | { state: 'printed' }
  /** Kept and will print once the printer is fixed; `message` tells the resident what to do. */
  | { state: 'waiting'; message: string; say?: Say }
  | { state: 'failed'; message: string; say?: Say };
