// Issue 22: the content a kiosk ships (catalog, forms, demand phrases and sites, the default site
// name) reads in Tibetan, Uyghur and English, so a resident who reads only one of them gets past
// the service list; so do the sample guides, notices and matters the demo publishes. Every
// translatable field has all three, each in its own script.
import { describe, test } from 'vitest';
import assert from 'node:assert/strict';
import { defaultCatalog } from '../../config/default-catalog.ts';
import { configSchema } from '../../config/schema.ts';
import { withSiteNameTexts } from '../../config/default-site-name.ts';
import { translationGaps, TRANSLATED_LOCALES } from '../../shared/contract/translation-gaps.ts';
import { demoDocuments } from '../../central/samples/publish-samples.ts';
import { documentBodySchemas } from '../../config/document-bodies.ts';

const config = configSchema.parse({});
const defaultConfigTexts = { site: withSiteNameTexts(config.site), demand: config.demand };
/** The sample guides, notices and matters (central/samples/), as the hub would publish them. */
const samples = demoDocuments().map(([kind, body]) => [kind, documentBodySchemas[kind].parse(body)] as const);

/** Every string under each `i18n.<locale>` of a document, with where it is. */
function translations(value: unknown, path = ''): { locale: string; path: string; text: string }[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => translations(v, `${path}[${i}]`));
  if (!value || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, v]) => {
    if (key !== 'i18n' || !v || typeof v !== 'object') return translations(v, `${path}.${key}`);
    return Object.entries(v).flatMap(([locale, texts]) =>
      strings(texts).map((s) => ({ locale, path: `${path}.i18n.${locale}${s.path}`, text: s.text })),
    );
  });
}
function strings(value: unknown, path = ''): { path: string; text: string }[] {
  if (typeof value === 'string') return [{ path, text: value }];
  if (Array.isArray(value)) return value.flatMap((v, i) => strings(v, `${path}[${i}]`));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => strings(v, `${path}.${k}`));
  return [];
}

// What a reader of each language must find in each text: their own script, and no Chinese.
const HAN = /\p{Script=Han}/u;
const SCRIPT: Record<string, RegExp> = { bo: /\p{Script=Tibetan}/u, ug: /\p{Script=Arabic}/u, en: /[A-Za-z]/ };

describe('the default content in bo, ug and en', () => {
  const documents = [['catalog', defaultCatalog] as const, ['config', defaultConfigTexts] as const, ...samples];

  test.each(documents)('every translatable field of the default %s has all three languages', (kind, body) => {
    const gaps = translationGaps(kind, body);
    for (const locale of TRANSLATED_LOCALES) assert.deepEqual(gaps[locale], [], `${locale} lacks ${gaps[locale].join(', ')}`);
  });

  test.each(documents)('each translation of the default %s is in its language’s script, without Chinese', (_kind, body) => {
    const found = translations(body);
    assert.ok(found.length >= 6, `only ${found.length} translated texts`);
    for (const { locale, path, text } of found) {
      assert.ok(SCRIPT[locale]!.test(text), `${path} is not in ${locale}'s script: ${text}`);
      assert.ok(!HAN.test(text), `${path} has Chinese in it: ${text}`);
    }
  });

  test('Tibetan texts end their phrases with a shad, not a Latin full stop', () => {
    for (const [, doc] of documents) {
      for (const { locale, path, text } of translations(doc)) if (locale === 'bo') assert.ok(!/[.,]$/.test(text), `${path}: ${text}`);
    }
  });

  test('a demand phrase list has one translation per Chinese phrase, so each tap means the same', () => {
    const demand = defaultCatalog.services.find((s) => s.kind === 'demand')!;
    for (const locale of TRANSLATED_LOCALES) {
      for (const [category, phrases] of Object.entries(demand.demandPhrases!)) {
        const translated: Partial<Record<string, string[]>> = demand.i18n?.[locale]?.demandPhrases ?? {};
        assert.equal(translated[category]?.length, phrases.length, `${locale} ${category}`);
      }
    }
  });
});
