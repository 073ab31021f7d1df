// Recorded prompt packs delivered as central's signed `voice-packs` document: a kiosk applies a
// verified one and then speaks Tibetan from it; a document whose audio does not match its sha256
// is refused before it is applied.
import { describe, test, afterEach } from 'vitest';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { generateSigningKeyPair, signDocument } from '../../../shared/contract/signing.ts';
import { checkDocument } from '../../../terminal/sync/documents.ts';
import { voicePacksBodySchema } from '../../../shared/contract/voice-packs.ts';
import { createCoreHarness } from '../../support/core-harness.ts';
import { startVoice } from '../../../terminal/voice/start-voice.ts';
import { readWav } from '../../../terminal/voice/wav.ts';
import { createEspeakEngine } from '../../../terminal/voice/espeak-engine.ts';

async function recordedClip(): Promise<Buffer> {
  // Any PCM WAV stands in for a studio recording.
  const { engine } = await createEspeakEngine();
  return engine!.synthesize('扎西德勒', 'cmn', AbortSignal.timeout(5000));
}

const packBody = (audio: Buffer, sha256 = createHash('sha256').update(audio).digest('hex')) => ({
  packs: [{ locale: 'bo', prompts: { 'screen.services': { sha256, durationMs: readWav(audio).durationMs, audio: audio.toString('base64') } } }],
});

let close: (() => void) | undefined;
afterEach(() => close?.());

describe('voice-packs signed document', () => {
  test('a pack that declares silence for what it lacks is silent there, not Mandarin, and diagnostics say the pack chose it', async () => {
    const audio = await recordedClip();
    const body = voicePacksBodySchema.parse({ packs: [{ ...packBody(audio).packs[0], fallback: 'none' }] });
    const voice = await startVoice({ dataDir: '/nonexistent', now: () => new Date() });
    const h = createCoreHarness({}, { voice });
    close = h.close;
    h.terminal.applyVoicePacks(body);
    assert.equal((await h.terminal.speak({ promptId: 'screen.services', text: 'ཞབས་ཞུ།', locale: 'bo', fallbackText: '服务列表' })).source, 'pack');
    const lacking = await h.terminal.speak({ promptId: 'screen.rating', text: 'ཞབས་ཞུ།', locale: 'bo', fallbackText: '服务评价' });
    assert.deepEqual([lacking.audio, lacking.source, lacking.fellBack], [null, 'none', true], 'no Mandarin for a Tibetan resident whose community chose silence');
    assert.match(voice.diagnostics().locales.find((l) => l.locale === 'bo')!.speaksAs, /fall back to silence, as the pack declares/);
    assert.match(voice.diagnostics().recentFallbacks[0]!.reason, /the bo pack declares silence/);
    assert.throws(() => voicePacksBodySchema.parse({ packs: [{ ...packBody(audio).packs[0], fallback: 'en' }] }), /fallback/, 'only Mandarin (whose words every prompt carries) or silence');
  });

  test('a verified pack is applied and speaks Tibetan for its prompt; other prompts still fall back', async () => {
    const audio = await recordedClip();
    const keys = generateSigningKeyPair();
    const signed = signDocument(keys.privateKey, { kind: 'voice-packs', version: 1, issuedAt: new Date().toISOString(), body: packBody(audio) });
    assert.equal(checkDocument(signed, 'voice-packs', keys.publicKey, null), null);

    const h = createCoreHarness({}, { voice: await startVoice({ dataDir: '/nonexistent', now: () => new Date() }) });
    close = h.close;
    const before = await h.terminal.speak({ promptId: 'screen.services', text: 'ཞབས་ཞུ།', locale: 'bo', fallbackText: '服务列表' });
    assert.equal(before.locale, 'zh-CN', 'no Tibetan voice before the pack');
    h.terminal.applyVoicePacks(voicePacksBodySchema.parse(signed.document.body));
    const after = await h.terminal.speak({ promptId: 'screen.services', text: 'ཞབས་ཞུ།', locale: 'bo', fallbackText: '服务列表' });
    assert.equal(after.source, 'pack');
    assert.equal(after.locale, 'bo');
    // The recorded bytes themselves, as a plain Uint8Array (a Buffer's toJSON would spell it out
    // as a number array on the browser shell's socket).
    assert.ok(after.audio instanceof Uint8Array && !Buffer.isBuffer(after.audio));
    assert.deepEqual(Buffer.from(after.audio), audio);
    const other = await h.terminal.speak({ promptId: 'screen.rating', text: 'ཞབས་ཞུ།', locale: 'bo', fallbackText: '服务评价' });
    assert.equal(other.locale, 'zh-CN', 'a prompt the pack lacks falls back');
  });

  test('audio that does not match its sha256 is refused at verification', async () => {
    const audio = await recordedClip();
    const keys = generateSigningKeyPair();
    const signed = signDocument(keys.privateKey, { kind: 'voice-packs', version: 1, issuedAt: new Date().toISOString(), body: packBody(audio, '0'.repeat(64)) });
    assert.match(checkDocument(signed, 'voice-packs', keys.publicKey, null) ?? '', /does not match its sha256/);
  });
});
