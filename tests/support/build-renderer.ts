// Vitest globalSetup of the e2e project: the UI files load dist/renderer and the hub serves
// dist/console, so each is rebuilt once, before any file starts, when a source is newer than the
// build (npm test builds both first).
import { ensureRendererBuilt } from '../renderer/ui-harness.ts';
import { ensureConsoleBuilt } from './build-console.ts';

export default function setup(): void {
  ensureRendererBuilt();
  ensureConsoleBuilt();
}
