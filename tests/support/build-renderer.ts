// Vitest globalSetup of the e2e project: the UI files load dist/renderer, so it is rebuilt once,
// before any of them starts, when a renderer source is newer than the build (npm test builds first).
import { ensureRendererBuilt } from '../renderer/ui-harness.ts';

export default function setup(): void {
  ensureRendererBuilt();
}
