// Technician mode's state: entered with the PIN (hash in the configuration, lockout in the store),
// left by the technician or by itself after `idleSeconds` without a touch. Entering it ends any
// resident's visit first, so nothing of a resident is ever on screen behind the technician pages.
import type { Clock } from '../clock.ts';
import type { Db } from '../store/open-store.ts';
import { appendAudit } from '../store/audit-log.ts';
import { lockedForMs, recordRightPin, recordWrongPin } from './lockout.ts';
import { verifyPin } from './pin-hash.ts';

export type EnterResult =
  | { ok: true }
  | { ok: false; reason: 'wrong-pin' | 'locked' | 'no-pin-set'; message: string; lockedSeconds?: number };

export interface TechnicianModeOptions {
  db: Db;
  clock: Clock;
  pinHash: () => string | undefined;
  idleSeconds: () => number;
  /** Called once on entering, before the mode is active: ends the resident's visit. */
  onEnter(): void;
  onChange(active: boolean): void;
}

export function createTechnicianMode(opts: TechnicianModeOptions) {
  let active = false;
  let timer: unknown = null;

  const arm = () => {
    if (timer !== null) opts.clock.clearTimeout(timer);
    timer = opts.clock.setTimeout(() => leave('idle'), opts.idleSeconds() * 1000);
  };
  function leave(why: 'technician' | 'idle' | 'shutdown') {
    if (timer !== null) opts.clock.clearTimeout(timer);
    timer = null;
    if (!active) return;
    active = false;
    appendAudit(opts.db, 'technician-left', why === 'idle' ? `after ${opts.idleSeconds()} s without a touch` : why, new Date(opts.clock.now()));
    opts.onChange(false);
  }

  return {
    get active() {
      return active;
    },
    enter(pin: string): EnterResult {
      const now = opts.clock.now();
      const locked = lockedForMs(opts.db, now);
      if (locked > 0) {
        const seconds = Math.ceil(locked / 1000);
        return { ok: false, reason: 'locked', lockedSeconds: seconds, message: `密码错误次数过多，请 ${seconds} 秒后再试。` };
      }
      const hash = opts.pinHash();
      if (!hash) return { ok: false, reason: 'no-pin-set', message: '本机尚未设置维护密码：请用 npm run technician-pin 设置。' };
      if (!verifyPin(pin, hash)) {
        const lockMs = recordWrongPin(opts.db, now);
        appendAudit(opts.db, 'technician-pin-wrong', lockMs > 0 ? `locked for ${lockMs / 1000} s` : 'wrong PIN', new Date(now));
        if (lockMs > 0) {
          const seconds = Math.ceil(lockMs / 1000);
          return { ok: false, reason: 'locked', lockedSeconds: seconds, message: `密码错误次数过多，请 ${seconds} 秒后再试。` };
        }
        return { ok: false, reason: 'wrong-pin', message: '密码不正确。' };
      }
      recordRightPin(opts.db);
      opts.onEnter();
      active = true;
      appendAudit(opts.db, 'technician-entered', 'PIN accepted', new Date(now));
      arm();
      opts.onChange(true);
      return { ok: true };
    },
    /** A touch on a technician page: the idle clock starts again. */
    touch() {
      if (active) arm();
    },
    leave,
  };
}

export type TechnicianMode = ReturnType<typeof createTechnicianMode>;
