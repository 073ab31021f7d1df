// axe-core run in the page itself, injected once per document. @axe-core/playwright's AxeBuilder
// sends and compiles axe's 550 KB source twice on every analyze(); the screen tour runs axe on
// 200+ screens, and the engine, its rules and its results are the same either way.
import axe from 'axe-core';

export interface AxeFindings {
  /** Rules that ran and passed somewhere on the page. */
  passed: number;
  /** Each violated rule: its id, impact and the first elements it found. */
  violations: { id: string; impact: string | null | undefined; targets: string[] }[];
}

/** axe's source, to evaluate in a page that has not got it yet. */
export const axeSource = axe.source;

/** Whether this document already has axe (a new document, after a load, has not). */
export const pageHasAxe = (): boolean => typeof (window as unknown as { axe?: unknown }).axe === 'object';

/** Runs the rules carrying any of `tags` over the whole page; lists only what they found wrong.
 *  In the page once axe is there (self-contained: tests/support/stop-checks.ts sends it as source). */
export async function axeInPage(tags: string[]): Promise<AxeFindings> {
  const engine = (window as unknown as { axe: typeof axe }).axe;
  const result = await engine.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
  return {
    passed: result.passes.length,
    violations: result.violations.map((v) => ({ id: v.id, impact: v.impact, targets: v.nodes.map((n) => n.target.join(' ')) })),
  };
}
