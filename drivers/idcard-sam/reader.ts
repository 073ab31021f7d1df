// The ID-card reader driver: polls the SAM module with find-card, and on a card selects and reads
// it, emitting 'card' once per placement. A card left lying on the reader is not read out twice:
// real modules either keep finding it or answer "no card" for an already-read card, and both are
// handled by remembering the ID number until a removal (several misses in a row) has been seen.
// A find that succeeds right after a "no card" is a card (re)entering the field, though: lifted and
// put back before the misses added up to a removal. That is a new placement, read again, so a
// resident who ends a visit and puts the same card down a moment later gets a new visit. Neither
// kind of module answers that way for a card lying still; one that now and then missed a card lying
// on it would have it read again (the core keeps a visit that is still going on). A card already
// read out that fails a read again and is then gone was lifted mid-read: a removal, never a refusal.
import { EventEmitter } from 'node:events';
import type { CardReaderDevice, CardReaderEvents, DeviceConnection, IdentityCard } from '../types.ts';
import { createManagedPort, type ManagedPort, type PortMatch } from '../serial/managed-port.ts';
import { commandFrame, type CommandName } from './frame.ts';
import { SamLink, type Exchange } from './sam-link.ts';
import { isModuleFault, samStatus, type SamStatus } from './status.ts';
import { parseTextBlock } from './text-block.ts';
import { decodeReadData } from './responses.ts';

export interface SamCardReaderOptions {
  path: string;
  baudRate: number;
  pollIntervalMs: number;
  match?: PortMatch;
  /** Read with fingerprint data (30 10) instead of text and photo (30 01). */
  withFingerprint?: boolean;
  /** Consecutive "no card" answers after a read that count as removal (default 3). */
  removalMisses?: number;
  /** Read attempts per placement on a bad checksum or timeout (default 3). */
  readAttempts?: number;
  backoff?: { initialMs: number; maxMs: number };
}

/** Messages for the resident: plain, and never containing what was read. */
export const RESIDENT_MESSAGES = {
  checkFailed: '身份证信息校验失败，请重新放置或联系工作人员',
  unreadable: '未能读取身份证，请把身份证拿起后重新放好',
  unknownCard: '无法识别这张卡，请放置第二代居民身份证',
} as const;

/** How many unanswered finds in a row mean "this is not a reader, or the baud rate is wrong". */
const SILENT_POLLS_FOR_ERROR = 3;

interface Placement {
  /** The ID number, or a marker for a placement that was refused. */
  key: string;
  /** The select reply's data; when non-zero it tells the same card apart without a re-read. */
  selectId?: string;
  emitted: boolean;
}

type Outcome = { kind: 'status'; status: SamStatus; data: Uint8Array } | { kind: 'link'; exchange: Exclude<Exchange, { ok: true }> };

class SamCardReader extends EventEmitter<CardReaderEvents> implements CardReaderDevice {
  private readonly port: ManagedPort;
  private readonly link: SamLink;
  private running = false;
  private loopDone: Promise<void> | undefined;
  private wake: (() => void) | undefined;
  private placement: Placement | null = null;
  private misses = 0;
  private silentPolls = 0;
  private moduleProblem: string | undefined;
  private lastConnection: DeviceConnection = { state: 'connecting' };

  constructor(private readonly opts: SamCardReaderOptions) {
    super();
    this.port = createManagedPort({ path: opts.path, baudRate: opts.baudRate, label: 'card reader', match: opts.match, backoff: opts.backoff });
    this.link = new SamLink(this.port);
    this.port.on('connection', (c) => {
      if (c.state !== 'ready') this.forgetPlacement();
      this.publishConnection();
    });
  }

  get connection(): DeviceConnection {
    const port = this.port.connection;
    if (port.state !== 'ready' || !this.moduleProblem) return port;
    return { state: 'error', reason: this.moduleProblem };
  }

  async start(): Promise<void> {
    if (this.running) return;
    this.running = true;
    this.link.attach();
    await this.port.open();
    this.loopDone = this.loop();
  }

  async stop(): Promise<void> {
    this.running = false;
    this.wake?.();
    await this.loopDone;
    this.link.detach();
    await this.port.close();
  }

  private publishConnection(): void {
    const next = this.connection;
    if (JSON.stringify(next) === JSON.stringify(this.lastConnection)) return;
    this.lastConnection = next;
    this.emit('connection', next);
  }

  private setModuleProblem(problem: string | undefined): void {
    this.moduleProblem = problem;
    this.publishConnection();
  }

  private async loop(): Promise<void> {
    while (this.running) {
      // A find starts every pollIntervalMs, however long the last exchange took: the interval is the
      // longest a resident's card lies unnoticed.
      const pollStarted = Date.now();
      if (this.port.connection.state === 'ready') {
        try {
          await this.poll();
        } catch (err) {
          // a bug in one poll must not end polling for the rest of the day
          this.setModuleProblem(`card reader driver error: ${(err as Error).message}`);
        }
      }
      if (!this.running) break;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, Math.max(0, pollStarted + this.opts.pollIntervalMs - Date.now()));
        this.wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      this.wake = undefined;
    }
  }

  private async send(name: CommandName): Promise<Outcome> {
    const exchange = await this.link.exchange(commandFrame(name));
    if (!exchange.ok) return { kind: 'link', exchange };
    const { sw1, sw2, sw3, data } = exchange.response;
    return { kind: 'status', status: samStatus(sw1, sw2, sw3), data };
  }

  private async poll(): Promise<void> {
    const find = await this.send('findCard');
    if (find.kind === 'link') {
      if (find.exchange.error === 'timeout' && ++this.silentPolls >= SILENT_POLLS_FOR_ERROR) {
        this.setModuleProblem(
          `card reader on ${this.opts.path} does not answer — check that the reader is connected to this port and set to ${this.opts.baudRate} baud`,
        );
      }
      return;
    }
    this.silentPolls = 0;
    const status = find.status;
    if (!status.ok && isModuleFault(status.code)) {
      this.setModuleProblem(`card reader module fault: ${status.description} — the reader needs service`);
      return;
    }
    this.setModuleProblem(undefined);
    if (status.ok) {
      // Misses counted against a placement mean the last find answered "no card".
      const cameBack = this.misses > 0;
      this.misses = 0;
      await this.readPlacedCard(cameBack);
    } else if (status.code === 'no-card') {
      this.noteMiss();
    }
  }

  private noteMiss(): void {
    if (!this.placement) return;
    if (++this.misses < (this.opts.removalMisses ?? 3)) return;
    this.forgetPlacement();
  }

  private forgetPlacement(): void {
    const was = this.placement;
    this.placement = null;
    this.misses = 0;
    if (was?.emitted) this.emit('removed');
  }

  /** `cameBack`: found right after a "no card", so put back (a new placement) or on its way out. */
  private async readPlacedCard(cameBack: boolean): Promise<void> {
    // A refused placement found again is simply a new one. A card that was read out is kept until
    // this read tells a card put back from the same card leaving the field.
    if (cameBack && this.placement && !this.placement.emitted) this.forgetPlacement();
    const select = await this.send('selectCard');
    if (select.kind === 'link' || !select.status.ok) return; // moved away or flaky: the next poll retries
    const selectId = select.data.some((b) => b !== 0) ? Buffer.from(select.data).toString('hex') : undefined;
    if (!cameBack && this.placement && selectId && this.placement.selectId === selectId) return; // same card lying there
    // Read out already (its visit may be under way): a failure now is most often the card leaving.
    const readOut = this.placement?.emitted === true;

    // Only for a card newly put down: a card left lying (or re-read silently) shows nothing new.
    if (!this.placement || cameBack) this.emit('reading');
    const withFingerprint = this.opts.withFingerprint ?? false;
    const attempts = Math.max(1, this.opts.readAttempts ?? 3);
    for (let attempt = 1; attempt <= attempts; attempt++) {
      const read = await this.send(withFingerprint ? 'readWithFingerprint' : 'readTextPhoto');
      if (read.kind === 'link') {
        if (read.exchange.error === 'unavailable') return;
        continue; // bad checksum or timeout: ask again
      }
      if (!read.status.ok) {
        if (read.status.code === 'unknown-card-type') return this.refuse('unknown-card', RESIDENT_MESSAGES.unknownCard, selectId);
        continue;
      }
      const parts = decodeReadData(read.data, withFingerprint);
      if ('problem' in parts) continue;
      const parsed = parseTextBlock(parts.text);
      if (!parsed.ok) return this.refuse('check-failed', RESIDENT_MESSAGES.checkFailed, selectId);
      const card: IdentityCard = { ...parsed.card, photo: parts.photo };
      if (cameBack) this.forgetPlacement(); // put back: a new placement, read out again
      return this.accept(card, selectId);
    }
    // A card read for a visit and lifted while being read again (modules without a chip id in the
    // select reply re-read at every poll; a card leaving the field can be found once more at its
    // edge) is a removal: telling the resident "could not read" mid-visit would be wrong (issue 21).
    if (readOut && (await this.cardGone())) return this.forgetPlacement();
    this.refuse('unreadable', RESIDENT_MESSAGES.unreadable, selectId);
  }

  /** Asks the module once more: "no card" means the card has left the field. */
  private async cardGone(): Promise<boolean> {
    const find = await this.send('findCard');
    return find.kind === 'status' && !find.status.ok && find.status.code === 'no-card';
  }

  private accept(card: IdentityCard, selectId: string | undefined): void {
    if (this.placement?.key === card.idNumber) {
      this.placement.selectId = selectId;
      return;
    }
    // a different card replaced the first one faster than removal could be noticed
    this.forgetPlacement();
    this.placement = { key: card.idNumber, selectId, emitted: true };
    this.emit('card', card);
  }

  private refuse(marker: string, message: string, selectId: string | undefined): void {
    const key = `refused:${marker}`;
    if (this.placement?.key === key) return; // told once per placement is enough
    this.forgetPlacement();
    // An unreadable card may read fine at the next poll, so it is not remembered by its chip id.
    this.placement = { key, selectId: marker === 'unreadable' ? undefined : selectId, emitted: false };
    this.emit('refused', { message });
  }
}

export function createSamCardReader(opts: SamCardReaderOptions): CardReaderDevice {
  return new SamCardReader(opts);
}
