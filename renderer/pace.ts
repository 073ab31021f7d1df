// How long passing messages stay on screen. Elder mode (长辈版) slows everything down: people who
// read slowly must not see a message vanish before they finish it.
export interface Pace {
  /** A refused card's message. */
  noticeMs: number;
  /** The thank-you screen before returning to the start. */
  thanksSeconds: number;
  /** 长辈版's 声音 panel (volume, 点读) left untouched, before it puts itself away. */
  soundPanelMs: number;
}

export function paceFor(elderMode: boolean): Pace {
  return elderMode ? { noticeMs: 10_000, thanksSeconds: 12, soundPanelMs: 15_000 } : { noticeMs: 6_000, thanksSeconds: 6, soundPanelMs: 8_000 };
}
