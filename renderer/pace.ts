// How long passing messages stay on screen. Elder mode (长辈版) slows everything down: people who
// read slowly must not see a message vanish before they finish it.
export interface Pace {
  /** A refused card's message. */
  noticeMs: number;
  /** The thank-you screen before returning to the start. */
  thanksSeconds: number;
}

export function paceFor(elderMode: boolean): Pace {
  return elderMode ? { noticeMs: 10_000, thanksSeconds: 12 } : { noticeMs: 6_000, thanksSeconds: 6 };
}
