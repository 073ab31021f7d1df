// Every in-page check of a tour stop in one round trip to the page: sizes, text overflow, contrast,
// axe-core and the buttons for 长辈版's one main action, measured once the web fonts have loaded
// and a frame is painted (axe reads colours and boxes as drawn). Each check is its module's own
// in-page function, sent as source; asked one by one, they cost a dozen round trips per stop.
import type { Page } from 'playwright-core';
import { staffOnly } from './screen-tour.ts';
import { measureInPage, type Measured, type SizeLimits } from './measure-screen.ts';
import { overflowInPage } from './text-overflow.ts';
import { contrastInPage, type LowContrast } from './contrast.ts';
import { choiceItems, shownButtonsInPage, type ShownButton } from './main-action.ts';
import { axeInPage, axeSource, pageHasAxe, type AxeFindings } from './axe-check.ts';

export interface StopCheckOptions {
  sizes: SizeLimits;
  /** The contrast asked of every text, or null for none. */
  minContrast: number | null;
  /** axe-core's rule tags to run, or null for none. */
  axeTags: string[] | null;
  /** List the shown buttons (for the one-main-action check). */
  buttons: boolean;
}

export interface StopFindings {
  /** How many apps are drawn in 长辈版 (.app.elder): 1 in 长辈版, else 0. */
  elderShown: number;
  sizes: Measured;
  overflow: string[];
  contrast: LowContrast | null;
  axe: AxeFindings | null;
  buttons: ShownButton[] | null;
}

type Checks = {
  measure: typeof measureInPage;
  overflow: typeof overflowInPage;
  contrast: typeof contrastInPage;
  buttons: typeof shownButtonsInPage;
  axe: typeof axeInPage;
  hasAxe: typeof pageHasAxe;
};
type InPageArgs = StopCheckOptions & { staffOnly: string; choiceItems: string };

/** Runs in the page: null when axe is asked for and the document has not got it yet. */
async function stopChecksInPage(args: InPageArgs, checks: Checks): Promise<StopFindings | null> {
  if (args.axeTags && !checks.hasAxe()) return null;
  await document.fonts.ready;
  await new Promise((painted) => requestAnimationFrame(() => requestAnimationFrame(painted)));
  const { staffOnly, choiceItems } = args;
  return {
    elderShown: document.querySelectorAll('.app.elder').length,
    sizes: checks.measure({ limits: args.sizes, staffOnly }),
    overflow: checks.overflow({ staffOnly }),
    contrast: args.minContrast === null ? null : checks.contrast({ min: args.minContrast, staffOnly }),
    axe: args.axeTags ? await checks.axe(args.axeTags) : null,
    buttons: args.buttons ? checks.buttons({ staffOnly, choiceItems }) : null,
  };
}

const checksSource = `{ measure: ${measureInPage}, overflow: ${overflowInPage}, contrast: ${contrastInPage}, buttons: ${shownButtonsInPage}, axe: ${axeInPage}, hasAxe: ${pageHasAxe} }`;

export async function stopFindings(page: Page, options: StopCheckOptions): Promise<StopFindings> {
  const call = `(${stopChecksInPage})(${JSON.stringify({ ...options, staffOnly, choiceItems })}, ${checksSource})`;
  const found = (await page.evaluate(call)) as StopFindings | null;
  if (found) return found;
  // A new document (the first stop, or after a reload): axe goes in once, then the checks run.
  await page.evaluate(axeSource);
  return (await page.evaluate(call)) as StopFindings;
}
