// DLE DC4 fn = 8, "Clear buffer(s)": a real-time command that empties the printer's receive and
// print buffers and answers when done. Printers that keep unprinted bytes across paper end (Epson
// TM series and their clones) would otherwise print the rest of a cut-short job after the refill,
// on top of the kiosk's reprint. Per the command references it is implemented by Epson TM-T88III
// and later, TM-T90, TM-L90, TM-T81, and Citizen CT-S280/S300/S310/S2000/S4000/BD2-2220, and is
// executed on a serial interface even while the printer is offline or in error. Printers without
// it ignore it and send nothing back, which is how the driver tells the two apart.

/** DLE DC4 fn d1…d7 with fn = 8; d1…d7 are fixed by the command reference (1 3 20 1 6 2 8). */
export const DLE_DC4_CLEAR_BUFFER = Uint8Array.of(0x10, 0x14, 0x08, 0x01, 0x03, 0x14, 0x01, 0x06, 0x02, 0x08);

/** "Clear response": header 37h, identifier 25h, NUL. */
export const CLEAR_RESPONSE = Uint8Array.of(0x37, 0x25, 0x00);

/**
 * Watches received bytes for the clear response. Status answers (DLE EOT) that arrive late may be
 * mixed in; they never contain 37h 25h 00h in a row, so a sliding match is enough.
 */
export class ClearResponseMatcher {
  private matched = 0;

  /** Feeds one byte; true once the whole response has been seen. */
  push(byte: number): boolean {
    if (byte === CLEAR_RESPONSE[this.matched]) this.matched++;
    else this.matched = byte === CLEAR_RESPONSE[0] ? 1 : 0;
    if (this.matched < CLEAR_RESPONSE.length) return false;
    this.matched = 0;
    return true;
  }
}
