// The recording page's list of prompts is the kiosk's own: every id a screen speaks is listed with
// the message it speaks, and the JSON the hub and kiosk read is what the catalogs give today.
import { test } from 'vitest';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { listedPrompts } from '../../renderer/voice/prompt-list.ts';
import { exportPromptCatalog } from '../../renderer/voice/prompt-catalog-export.ts';
import { promptCatalog, recordablePromptIds } from '../../shared/voice/prompt-catalog.ts';

const rendererDir = new URL('../../renderer/', import.meta.url).pathname;

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return entry.name.endsWith('.tsx') ? [readFileSync(path, 'utf8')] : [];
  });
}

test('every prompt id a screen speaks is listed, with the message it speaks there', () => {
  const speaking = sources(rendererDir).filter((text) => text.includes('useScreenPrompt('));
  const listed = new Map(listedPrompts.map((p) => [p.promptId, p.key]));
  let checked = 0;
  for (const text of speaking) {
    // Literal ids, e.g. useScreenPrompt('screen.services', (s) => s.promptServices) or a ternary's two ids.
    for (const call of text.matchAll(/useScreenPrompt\(([^;]*?)\);/gs)) {
      for (const [, id] of call[1]!.matchAll(/'(screen\.[a-z-]+)'/g)) {
        assert.ok(listed.has(id!), `${id} is spoken but not in renderer/voice/prompt-list.ts`);
        // The message is read in the call or in the file's table of prompts.
        assert.ok(text.includes(`s.${listed.get(id!)}`), `${id} speaks s.${listed.get(id!)}`);
        checked++;
      }
    }
    // Ids made from a step's name (screen.demand-${step}): each step's message, from the file's table of prompts.
    for (const [, prefix] of text.matchAll(/useScreenPrompt\([^)]*?`(screen\.[a-z]+)-\$\{/g)) {
      for (const [, step, key] of text.matchAll(/^\s+'?([a-z-]+)'?: \([^)]*\) => [^\n]*?s\.(prompt[A-Za-z]+)/gm)) {
        const id = `${prefix}-${step}`;
        const found = listed.get(id) ?? (step === 'home' ? listed.get(prefix!) : undefined);
        assert.equal(found, key, `${id} speaks s.${key}`);
        checked++;
      }
    }
  }
  assert.ok(checked >= listedPrompts.length, `${checked} spoken ids checked against ${listedPrompts.length} listed`);
});

test('shared/voice/prompt-catalog.json is what the catalogs give today (else: npm run voice:prompts)', () => {
  assert.deepEqual(promptCatalog, exportPromptCatalog());
  assert.equal(promptCatalog.prompts.length, listedPrompts.length);
  // Prompts with a number or a name in them are never recorded: a clip would say the wrong one.
  assert.ok(recordablePromptIds.includes('screen.services'));
  assert.ok(!recordablePromptIds.includes('screen.ticket'));
  const services = promptCatalog.prompts.find((p) => p.promptId === 'screen.services')!;
  assert.match(services.text.bo ?? '', /ཞབས་ཞུ/);
});
