// An outcome as one word for an assertion: 'ok', or the reason it was not.
export function outcomeOf(outcome: { ok: true } | { ok: false; reason: string }): string {
  return outcome.ok ? 'ok' : outcome.reason;
}
