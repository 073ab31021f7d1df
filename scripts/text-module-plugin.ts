// A Vite virtual module whose default export is generated text: `import('virtual:NAME')`, imported
// dynamically, becomes a chunk of its own that loads only when the screen needing it asks.
import type { Plugin } from 'vite';

export function textModule(name: string, moduleId: string, text: () => string): Plugin {
  const resolvedId = `\0${moduleId}`;
  return {
    name,
    resolveId: (source) => (source === moduleId ? resolvedId : null),
    load: (id) => (id === resolvedId ? `export default ${JSON.stringify(text())};` : null),
  };
}
