// The error a KioskApi method throws for the resident or technician to read. Its own file so a
// service slice can throw it without importing the contract that assembles the slices.
import type { Say, Said } from './says/say.ts';

/**
 * Error a method throws for the resident or technician to read; `code` is for programs. Given a
 * `said(…)` message, it also carries the message's id so the screen shows it in the resident's
 * language (terminal/says/); a plain string is Chinese only (technician and demo texts).
 */
export class KioskError extends Error {
  readonly say: Say | undefined;
  constructor(
    readonly code: 'bad-request' | 'no-session' | 'unavailable' | 'storage-full' | 'not-found' | 'not-technician' | 'internal',
    message: string | Said,
  ) {
    super(typeof message === 'string' ? message : message.message);
    this.say = typeof message === 'string' ? undefined : message.say;
    this.name = 'KioskError';
  }
}
