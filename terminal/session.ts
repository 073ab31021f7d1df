// The resident's session: attract (no session) → identified or anonymous → … → wiped.
// The idle timer lives here, in the core, because the core holds the personal data: when the
// countdown runs out the session and everything read from the card are dropped, whatever the
// screen is doing.
import { randomUUID } from 'node:crypto';
import type { CardRead } from '../drivers/types.ts';
import type { Clock } from './clock.ts';
import type { SessionView } from './core-contract.ts';
import { maskCardNumber, maskName } from '../shared/mask.ts';

export interface Session {
  id: string;
  resident: CardRead | null;
  startedAt: Date;
  /** Next sequence number for this session's transactions (their order at central). */
  seq: number;
  /** Transactions made in this session: only these may be rated from it. */
  transactionIds: Set<string>;
}

export type EndReason = 'resident' | 'idle' | 'new-card' | 'shutdown' | 'technician';

export interface SessionManagerOptions {
  idleTimeoutSeconds: number;
  warningSeconds: number;
  clock: Clock;
  onSession(view: SessionView | null): void;
  onIdle(secondsLeft: number | null): void;
  /** 长辈版: how many times longer the idle timeout and the warning are for this visit (1 = normal). */
  slowdown?(): number;
}

export function sessionView(session: Session): SessionView {
  const resident = session.resident;
  return {
    id: session.id,
    startedAt: session.startedAt.toISOString(),
    resident: !resident
      ? null
      : resident.kind === 'id-card'
        ? { maskedName: maskName(resident.name), identifiedBy: 'id-card' }
        : { maskedName: maskCardNumber(resident.number), identifiedBy: 'card-number' },
  };
}

function wipe(resident: CardRead | null) {
  // Overwrite what we can; the rest becomes unreachable with the session object.
  if (resident?.kind === 'id-card' && resident.photo) resident.photo.fill(0);
}

export class SessionManager {
  private session: Session | null = null;
  private idleHandle: unknown = null;
  private tickHandle: unknown = null;
  private warningUntil: number | null = null;

  constructor(private readonly opts: SessionManagerOptions) {}

  get current(): Session | null {
    return this.session;
  }

  start(resident: CardRead | null): Session {
    if (this.session) this.end('new-card');
    this.session = {
      id: randomUUID(),
      resident,
      startedAt: new Date(this.opts.clock.now()),
      seq: 0,
      transactionIds: new Set(),
    };
    this.opts.onSession(sessionView(this.session));
    this.armIdleTimer();
    return this.session;
  }

  /** New idle timings (a pushed configuration): they apply from the next touch or session on. */
  setTimings(timings: { idleTimeoutSeconds: number; warningSeconds: number }): void {
    this.opts.idleTimeoutSeconds = timings.idleTimeoutSeconds;
    this.opts.warningSeconds = timings.warningSeconds;
  }

  /** A touch or key press: the resident is still there. */
  activity(): void {
    if (!this.session) return;
    this.armIdleTimer();
  }

  nextSeq(): number {
    if (!this.session) throw new Error('no session');
    return ++this.session.seq;
  }

  end(_reason: EndReason): void {
    this.clearTimers();
    if (!this.session) return;
    wipe(this.session.resident);
    this.session.resident = null;
    this.session.transactionIds.clear();
    this.session = null;
    this.opts.onSession(null);
  }

  private clearTimers(): void {
    const { clock } = this.opts;
    if (this.idleHandle !== null) clock.clearTimeout(this.idleHandle);
    if (this.tickHandle !== null) clock.clearTimeout(this.tickHandle);
    this.idleHandle = this.tickHandle = null;
    if (this.warningUntil !== null) {
      this.warningUntil = null;
      this.opts.onIdle(null);
    }
  }

  private slowdown(): number {
    return this.opts.slowdown?.() ?? 1;
  }

  private armIdleTimer(): void {
    this.clearTimers();
    const { clock, idleTimeoutSeconds } = this.opts;
    this.idleHandle = clock.setTimeout(() => this.startWarning(), idleTimeoutSeconds * this.slowdown() * 1000);
  }

  private startWarning(): void {
    const { clock, warningSeconds } = this.opts;
    this.idleHandle = null;
    this.warningUntil = clock.now() + warningSeconds * this.slowdown() * 1000;
    this.tick();
  }

  /** Announces the seconds left once a second, then ends the session. */
  private tick(): void {
    const { clock } = this.opts;
    if (this.warningUntil === null) return;
    const leftMs = this.warningUntil - clock.now();
    if (leftMs <= 0) {
      this.end('idle');
      return;
    }
    this.opts.onIdle(Math.ceil(leftMs / 1000));
    const untilNextWholeSecond = leftMs % 1000 || 1000;
    this.tickHandle = clock.setTimeout(() => this.tick(), untilNextWholeSecond);
  }
}
