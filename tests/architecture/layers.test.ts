// The layers point one way (README, "Layout"): a folder imports only from the layers below it,
// never from one beside or above it, and no files import each other in a circle. What kiosk and
// hub share sits in shared/, below both, and imports nothing of the project.
import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import { circles, codeFiles, importGraph, projectRoot } from './import-graph.ts';

// Bottom to top. A folder may import its own files and any folder of a lower layer; folders of
// one layer are independent of each other (the hub and the kiosk's drivers know nothing of each other).
const layers: readonly (readonly string[])[] = [
  ['shared'],
  ['config'],
  ['drivers', 'printing', 'supervisor', 'central'],
  ['terminal'],
  ['browser-shell', 'electron'],
  ['renderer'],
  ['cli'],
];
// Tools and tests stand on the whole product and share helpers among themselves; nothing of the
// product imports them.
const tools = ['tests', 'bench', 'scripts', 'vite.config.ts', 'vitest.config.ts'];

const folderOf = (file: string) => file.split('/')[0]!;
const layerOf = (file: string): number => layers.findIndex((folders) => folders.includes(folderOf(file)));
const isTool = (file: string) => tools.includes(folderOf(file));

/** Every `file -> target` that runs up the layers, across one, or from the product into a tool. */
function wrongImports(graph: Map<string, string[]>): string[] {
  const wrong: string[] = [];
  for (const [file, targets] of graph) {
    if (isTool(file)) continue;
    for (const target of targets) {
      if (folderOf(target) === folderOf(file)) continue;
      if (isTool(target) || layerOf(target) >= layerOf(file)) wrong.push(`${file} -> ${target}`);
    }
  }
  return wrong;
}

const files = codeFiles(projectRoot);
const graph = importGraph(projectRoot, files);

describe('layers', () => {
  it('reads the imports it judges, and would see a wrong one', () => {
    // A scanner that saw nothing, or a rule that let everything through, would pass the tests below.
    assert.ok(files.length > 300, `only ${files.length} code files found under ${projectRoot}`);
    assert.ok(graph.get('terminal/voice/engine.ts')?.includes('shared/voice-locales.ts'), 'a type-only import is read');
    assert.ok(graph.get('central/routes/console.ts')?.includes('shared/content-security-policy.ts'));
    const made = new Map([
      ['shared/mask.ts', ['terminal/session.ts']],
      ['central/server.ts', ['drivers/types.ts', 'shared/mask.ts']],
      ['terminal/session.ts', ['shared/mask.ts', 'tests/support/clock.ts']],
      ['renderer/app.tsx', ['terminal/session.ts', 'electron/kiosk-bridge.ts']],
    ]);
    assert.deepEqual(wrongImports(made), ['shared/mask.ts -> terminal/session.ts', 'central/server.ts -> drivers/types.ts', 'terminal/session.ts -> tests/support/clock.ts']);
    assert.deepEqual(circles(made), [['shared/mask.ts', 'terminal/session.ts']]);
  });

  it('places every folder that holds code in a layer', () => {
    const unplaced = [...new Set(files.map(folderOf))].filter((folder) => !tools.includes(folder) && !layers.some((l) => l.includes(folder)));
    assert.deepEqual(unplaced, [], 'add the folder to a layer of tests/architecture/layers.test.ts');
  });

  it('has no import that runs up or across the layers', () => {
    assert.deepEqual(wrongImports(graph), []);
  });

  it('has no files that import each other in a circle', () => {
    assert.deepEqual(circles(graph), []);
  });
});
