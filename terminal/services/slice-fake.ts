// What a service's fake (`<service>-fake.ts`, beside its slice) gets from the fake core that
// assembles them for UI tests (tests/support/fake-kiosk-api.ts): the visit and the kiosk's status
// as a screen sees them. A fake implements its slice's real type (`<Service>Api`), so a change to
// the slice that the fake misses fails the type check; the fake core records every call.
import type { KioskEvents, KioskStatus, ResidentView } from '../core-contract.ts';

/** A fake visit: who is there and the transactions made in it (a screen may rate them). */
export interface FakeVisit {
  resident: ResidentView | null;
  transactions: Set<string>;
}

export interface SliceFakeContext {
  /** The visit under way; throws 'no-session' as the core does when there is none. */
  visit(): FakeVisit;
  /** The status getStatus returns now (tests change it). */
  status(): KioskStatus;
  emit<E extends keyof KioskEvents>(name: E, payload: KioskEvents[E]): void;
  /** Ends the visit and announces it, as the idle timer or a removed card would. */
  endVisit(): void;
  /** Whether a visit is under way (not a touch). */
  inVisit(): boolean;
}
