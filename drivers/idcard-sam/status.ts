// SW3 status codes of the SAM module (SW1 SW2 are 00 00) as typed results. The descriptions are
// for technicians' diagnostics; residents get their own plain messages from the reader driver.

export type SamStatus =
  | { ok: true; code: 'success' | 'card-found' }
  | { ok: false; code: SamFailure; sw3: number; description: string };

export type SamFailure =
  | 'no-card'
  | 'select-failed'
  | 'read-failed'
  | 'no-content'
  | 'terminal-checksum-error'
  | 'terminal-length-error'
  | 'command-error'
  | 'not-permitted'
  | 'unrecognised-error'
  | 'card-authenticates-reader-failed'
  | 'reader-authenticates-card-failed'
  | 'verification-error'
  | 'unknown-card-type'
  | 'random-number-failed'
  | 'sam-self-test-failed'
  | 'sam-not-authorised'
  | 'bad-status-word'
  | 'unknown-status';

const failures: Record<number, [SamFailure, string]> = {
  0x10: ['terminal-checksum-error', 'the module received a frame with a bad checksum'],
  0x11: ['terminal-length-error', 'the module received a frame with a bad length'],
  0x21: ['command-error', 'the module rejected the command or its parameters'],
  0x23: ['not-permitted', 'operation not permitted'],
  0x24: ['unrecognised-error', 'the module reports an unrecognised error'],
  0x31: ['card-authenticates-reader-failed', 'the card did not authenticate the reader'],
  0x32: ['reader-authenticates-card-failed', 'the reader did not authenticate the card'],
  0x33: ['verification-error', 'information verification error'],
  0x40: ['unknown-card-type', 'the card type is not recognised'],
  0x41: ['read-failed', 'reading the card failed'],
  0x47: ['random-number-failed', 'getting a random number failed'],
  0x60: ['sam-self-test-failed', 'the SAM module failed its self-test and accepts no commands'],
  0x66: ['sam-not-authorised', 'the SAM module is not authorised'],
  0x80: ['no-card', 'no card found'],
  0x81: ['select-failed', 'selecting the card failed'],
  0x91: ['no-content', 'the card has no content for this item'],
};

export function samStatus(sw1: number, sw2: number, sw3: number): SamStatus {
  if (sw1 !== 0 || sw2 !== 0) {
    return { ok: false, code: 'bad-status-word', sw3, description: `unexpected status word ${hex(sw1)} ${hex(sw2)} ${hex(sw3)}` };
  }
  if (sw3 === 0x90) return { ok: true, code: 'success' };
  if (sw3 === 0x9f) return { ok: true, code: 'card-found' };
  const known = failures[sw3];
  if (known) return { ok: false, code: known[0], sw3, description: `${known[1]} (SW3 ${hex(sw3)})` };
  return { ok: false, code: 'unknown-status', sw3, description: `unknown status SW3 ${hex(sw3)}` };
}

/** Faults of the module itself (not of the card): the reader needs service. */
export function isModuleFault(code: SamFailure): boolean {
  return code === 'sam-self-test-failed' || code === 'sam-not-authorised' || code === 'bad-status-word';
}

export function hex(n: number): string {
  return `0x${n.toString(16).padStart(2, '0').toUpperCase()}`;
}
