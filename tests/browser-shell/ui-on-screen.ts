// What a resident sees on the kiosk's X screen, judged from a whole-screen capture: the UI covers
// every edge, its header is drawn, nothing pops up over its top. Shared by the browser-shell test
// and the Chromium restart bench.
import { readFileSync } from 'node:fs';
import { captureScreen, differingPixels, edgeShares, type Screenshot } from './x-screen.ts';

export const width = 1080;
export const height = 1920;
/** The UI's page background (--bg in the stylesheet): what every edge of the screen must show. */
export const uiBackground = Number.parseInt(/--bg:\s*#([0-9a-f]{6})/i.exec(readFileSync('renderer/styles/app.css', 'utf8'))![1], 16);
export const white = 0xffffff;

export const edgesAsPercent = (shot: Screenshot) =>
  Object.entries(edgeShares(shot, uiBackground))
    .map(([edge, share]) => `${edge} ${Math.round(share * 100)}%`)
    .join(', ');
/** The window covers the screen: each outermost row and column is (almost all) UI background. */
export const uiCoversScreen = (shot: Screenshot) => Object.values(edgeShares(shot, uiBackground)).every((share) => share >= 0.9);
/** Where Chromium's bubbles would sit (top right, over the 长辈版 button), and the UI's header. */
export const topBand = { x: 0, y: 0, width, height: 300 };
/** Covered, and drawn: the header (site name, 长辈版 button) is on screen, not only the background. */
export function uiShown(shot: Screenshot): boolean {
  if (!uiCoversScreen(shot)) return false;
  let drawn = 0;
  for (let y = 0; y < topBand.height; y += 3) for (let x = 0; x < width; x += 3) if (shot.pixel(x, y) !== uiBackground) drawn++;
  return drawn > 100;
}
/**
 * The screen once its top has stopped changing for `quietCaptures` captures in a row, 300 ms
 * apart (web fonts and the first frames are in). On a loaded machine a font subset can arrive
 * after a 300 ms lull, so a comparison of two screens asks for a longer quiet.
 */
export async function settledScreen(display: string, quietCaptures = 1): Promise<Screenshot> {
  let previous = await captureScreen(display);
  let quiet = 0;
  for (let i = 0; i < 20 + quietCaptures; i++) {
    await new Promise((r) => setTimeout(r, 300));
    const next = await captureScreen(display);
    quiet = differingPixels(previous, next, topBand) === 0 ? quiet + 1 : 0;
    if (quiet >= quietCaptures) return next;
    previous = next;
  }
  throw new Error('the top of the screen kept changing for 6 s');
}
