// A SAM reader module in software, speaking real frames on the simulator end of a pty pair: it
// answers find / select / read (30 01, 30 10) / SAM id like the module inside a desktop reader,
// and can be told to misbehave (noise, split or slow bytes, bad checksums, silence).
import type { IdentityCard } from '../types.ts';
import { commandName, decodeCommand, encodeResponse } from '../idcard-sam/frame.ts';
import { SamFrameParser } from '../idcard-sam/frame-parser.ts';
import { encodeReadData } from '../idcard-sam/responses.ts';
import { CARD_FIXTURES, encodeTextBlock, fixtureCard, fakePhoto } from './fixtures/cards.ts';
import { openSimPort } from './sim-port.ts';

export type IdCardFault =
  | 'noise' // random bytes before (and after) the reply
  | 'split-bytes' // the reply one byte per write
  | 'slow-bytes' // the reply in small pieces with pauses
  | 'trickle' // the reply in 8-byte bursts 40 ms apart: a 1295-byte read takes about 6.5 s
  | 'bad-checksum' // the reply's checksum byte is wrong
  | 'no-reply' // the module stays silent
  | 'read-failed'; // a read answers SW3 0x41

export interface IdCardSimulatorOptions {
  baudRate?: number;
  /** What find answers for a card that was already read: real modules differ. */
  afterRead?: 'keep-finding' | 'not-found';
  /** 16 bytes; a fixed made-up id by default. */
  samId?: Uint8Array;
  /** What select answers: the card's chip serial, or eight zero bytes as many modules do (the
   * driver then cannot tell a card lying still from a new one without reading it again). */
  selectData?: 'card-serial' | 'zeros';
}

export interface IdCardSimulator {
  cards: { id: string; label: string }[];
  placeCard(cardOrFixtureId: IdentityCard | string): void;
  removeCard(): void;
  /** The next `count` replies carry the fault; `on: 'read'` (always so for 'read-failed') limits
   * it to replies to read commands, so tests can aim at the big frame. */
  injectFault(fault: IdCardFault, count?: number, on?: 'any' | 'read'): void;
  /** The resident lifts the card while the module is reading it: that read fails, the card is gone. */
  liftDuringNextRead(): void;
  /** The last KEPT_COMMANDS commands received, by name, oldest first (for tests and diagnostics). */
  readonly received: string[];
  /** How many commands of this name were received since the simulator started. */
  commandCount(name: string): number;
  close(): Promise<void>;
}

/**
 * The reader polls with findCard every 80 ms, day and night: a log of every command grew the demo
 * kiosk by about 8 MB a day (issue 28). 1 000 commands cover the last 80 s of default polling,
 * far more than any test looks back over; `commandCount` counts every command for good.
 */
export const KEPT_COMMANDS = 1000;

const DEFAULT_SAM_ID = Uint8Array.of(5, 0, 1, 0, 0x7a, 0xc4, 0x32, 0x01, 0x4e, 0x61, 0xbc, 0x00, 0xd2, 0x02, 0x96, 0x49);

function noise(): Uint8Array {
  const n = 5 + Math.floor(Math.random() * 40);
  // any byte but 0x96, so noise can begin a preamble (0xAA…) but never complete one by accident
  return Uint8Array.from({ length: n }, () => {
    const b = Math.floor(Math.random() * 255);
    return b >= 0x96 ? b + 1 : b;
  });
}

/** Eight bytes standing in for the card's chip serial, stable per card. */
function selectId(card: IdentityCard): Uint8Array {
  const out = new Uint8Array(8);
  for (let i = 0; i < card.idNumber.length; i++) out[i % 8] = (out[i % 8] * 31 + card.idNumber.charCodeAt(i)) & 0xff;
  return out;
}

export async function startIdCardSimulator(simulatorPath: string, options: IdCardSimulatorOptions = {}): Promise<IdCardSimulator> {
  const sim = await openSimPort(simulatorPath, options.baudRate ?? 115200);
  const parser = new SamFrameParser();
  const faults: { fault: IdCardFault; left: number; readsOnly: boolean }[] = [];
  const received: string[] = [];
  const counts = new Map<string, number>();
  let card: IdentityCard | undefined;
  let selected = false;
  let alreadyRead = false;
  let liftOnRead = false;

  function takeFault(isRead: boolean): IdCardFault | undefined {
    const i = faults.findIndex((f) => !f.readsOnly || isRead);
    if (i < 0) return undefined;
    const f = faults[i];
    if (--f.left <= 0) faults.splice(i, 1);
    return f.fault;
  }

  function reply(frame: Uint8Array, fault: IdCardFault | undefined): void {
    if (fault === 'no-reply') return;
    if (fault === 'bad-checksum') {
      frame = frame.slice();
      frame[frame.length - 1] ^= 0x5a;
    }
    if (fault === 'noise') {
      void sim.send(noise());
      void sim.send(frame);
      void sim.send(noise());
      return;
    }
    if (fault === 'split-bytes') void sim.send(frame, { chunkSize: 1, gapMs: 0 });
    else if (fault === 'slow-bytes') void sim.send(frame, { chunkSize: 24, gapMs: 15 });
    else if (fault === 'trickle') void sim.send(frame, { chunkSize: 8, gapMs: 40 });
    else void sim.send(frame);
  }

  function answer(body: Uint8Array): void {
    const command = decodeCommand(body);
    const name = command ? commandName(command) : undefined;
    const logged = name ?? 'unknown';
    received.push(logged);
    if (received.length > KEPT_COMMANDS) received.splice(0, received.length - KEPT_COMMANDS);
    counts.set(logged, (counts.get(logged) ?? 0) + 1);
    const isRead = name === 'readTextPhoto' || name === 'readWithFingerprint';
    const fault = takeFault(isRead);
    switch (name) {
      case 'findCard': {
        const visible = card && !(alreadyRead && options.afterRead === 'not-found');
        if (visible) selected = false;
        return reply(visible ? encodeResponse(0x9f, new Uint8Array(4)) : encodeResponse(0x80), fault);
      }
      case 'selectCard':
        selected = !!card;
        return reply(card ? encodeResponse(0x90, options.selectData === 'zeros' ? new Uint8Array(8) : selectId(card)) : encodeResponse(0x81), fault);
      case 'readTextPhoto':
      case 'readWithFingerprint': {
        if (liftOnRead) {
          liftOnRead = false;
          card = undefined;
          selected = false;
          alreadyRead = false;
        }
        if (!card || !selected || fault === 'read-failed') return reply(encodeResponse(0x41), fault === 'read-failed' ? undefined : fault);
        const text = encodeTextBlock(card);
        const photo = card.photo && card.photo.length === 1024 ? card.photo : fakePhoto(card.idNumber);
        const fingerprint = name === 'readWithFingerprint' ? fakePhoto(`fp${card.idNumber}`) : undefined;
        alreadyRead = true;
        return reply(encodeResponse(0x90, encodeReadData(text, photo, fingerprint)), fault);
      }
      case 'samId':
        return reply(encodeResponse(0x90, options.samId ?? DEFAULT_SAM_ID), fault);
      default:
        return reply(encodeResponse(0x21), fault); // command not understood
    }
  }

  sim.port.on('data', (chunk: Buffer) => {
    for (const event of parser.push(chunk)) {
      if (event.kind === 'frame') answer(event.body);
      else if (event.reason === 'bad-checksum') void sim.send(encodeResponse(0x10)); // as a module does
    }
  });

  return {
    cards: CARD_FIXTURES.map((f) => ({ id: f.id, label: f.label })),
    placeCard(cardOrFixtureId) {
      card = typeof cardOrFixtureId === 'string' ? fixtureCard(cardOrFixtureId) : cardOrFixtureId;
      selected = false;
      alreadyRead = false;
    },
    removeCard() {
      card = undefined;
      selected = false;
      alreadyRead = false;
    },
    injectFault(fault, count = 1, on = 'any') {
      faults.push({ fault, left: count, readsOnly: on === 'read' || fault === 'read-failed' });
    },
    liftDuringNextRead() {
      liftOnRead = true;
    },
    received,
    commandCount: (name) => counts.get(name) ?? 0,
    close: () => sim.close(),
  };
}
