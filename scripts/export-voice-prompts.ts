// Writes shared/voice/prompt-catalog.json from the renderer's catalogs (run after changing a
// prompt's words or adding one; tests/renderer/voice-prompt-list.test.ts fails while it is stale).
import { writeFileSync } from 'node:fs';
import { exportPromptCatalog } from '../renderer/voice/prompt-catalog-export.ts';

const target = new URL('../shared/voice/prompt-catalog.json', import.meta.url);
writeFileSync(target, `${JSON.stringify(exportPromptCatalog(), null, 2)}\n`);
console.log(`wrote ${target.pathname}`);
