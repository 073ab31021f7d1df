// The recording page's hub side (issue 22): a take with half a second of silence on each side,
// recorded far too quietly, comes back trimmed and at the loudness target; a bad take (not a WAV,
// too long, silent, an unknown or a changing prompt, a clerk) is refused with its reason and
// changes nothing; publishing signs the language's takes into the voice-packs document, and a
// kiosk that applies it plays that very clip for the prompt and lists the prompts still falling back.
import { describe, test, beforeAll, afterAll } from 'vitest';
import assert from 'node:assert/strict';
import { adminCall, enrollTerminal, signedCall, type HubFactory, type HubUnderTest, type TestTerminal } from '../helpers/hub.ts';
import { accountReady } from '../helpers/console-session.ts';
import { encodeWav16 } from '../../../shared/voice/wav-encode.ts';
import { readWav, wavRms } from '../../../terminal/voice/wav.ts';
import { checkDocument } from '../../../terminal/sync/documents.ts';
import { voicePacksBodySchema } from '../../../shared/contract/voice-packs.ts';
import { recordablePromptIds } from '../../../shared/voice/prompt-catalog.ts';
import { createCoreHarness } from '../../support/core-harness.ts';
import { createVoiceService } from '../../../terminal/voice/voice-service.ts';
import { loadPromptPacks } from '../../../terminal/voice/prompt-packs.ts';

/** `seconds` of a 220 Hz tone at `rmsDbfs`, between `silence` seconds of nothing each side. */
function toneWav(opts: { seconds: number; rmsDbfs: number; silence: number; rate?: number }): Buffer {
  const rate = opts.rate ?? 48_000;
  const amplitude = 10 ** (opts.rmsDbfs / 20) * Math.SQRT2;
  const pad = Math.round(opts.silence * rate);
  const samples = new Float32Array(pad * 2 + Math.round(opts.seconds * rate));
  for (let i = pad; i < samples.length - pad; i++) samples[i] = amplitude * Math.sin((2 * Math.PI * 220 * i) / rate);
  return Buffer.from(encodeWav16(samples, rate));
}
const db = (linear: number) => 20 * Math.log10(linear);

export function voiceRecordingSuite(startHub: HubFactory): void {
  describe('voice recording and packs', () => {
    let hub: HubUnderTest;
    let kiosk: TestTerminal;
    const upload = (locale: string, promptId: string, wav: Buffer | string) =>
      adminCall(hub, 'PUT', `/v1/admin/voice-prompts/${locale}/${promptId}/recording`, { audio: typeof wav === 'string' ? wav : wav.toString('base64') });
    const listing = async (locale = 'bo') => (await adminCall(hub, 'GET', `/v1/admin/voice-prompts/${locale}`)).json;
    const take = async (locale: string, promptId: string) => {
      const response = await fetch(`${hub.url}/v1/admin/voice-prompts/${locale}/${promptId}/recording`, { headers: { authorization: `Bearer ${hub.adminToken}` } });
      assert.equal(response.status, 200);
      assert.equal(response.headers.get('content-type'), 'audio/wav');
      return Buffer.from(await response.arrayBuffer());
    };

    beforeAll(async () => {
      hub = await startHub();
      kiosk = await enrollTerminal(hub, 'EAST');
    });
    afterAll(() => hub?.close());

    test('the page lists every prompt of a language with its words and where it is said; none recorded yet', async () => {
      const list = await listing();
      assert.equal(list.recorded, 0);
      assert.equal(list.recordable, recordablePromptIds.length);
      assert.equal(list.published, null);
      const services = list.prompts.find((p: { promptId: string }) => p.promptId === 'screen.services');
      assert.match(services.text, /ཞབས་ཞུ/, 'the Tibetan words the kiosk would say');
      assert.match(services.mandarin, /服务列表/);
      assert.deepEqual(services.context, { 'zh-CN': '服务列表', en: 'The list of services' });
      assert.equal(services.recordable, true);
      assert.equal(list.prompts.find((p: { promptId: string }) => p.promptId === 'screen.ticket').recordable, false, 'a ticket number changes each time');
    });

    test('a quiet take with 0.5 s of silence each side comes back trimmed and at -20 dBFS RMS, 16 kHz mono', async () => {
      const saved = await upload('bo', 'screen.services', toneWav({ seconds: 2, rmsDbfs: -40, silence: 0.5 }));
      assert.equal(saved.status, 200, JSON.stringify(saved.json));
      // 80 ms of margin is kept each side of the words.
      assert.ok(Math.abs(saved.json.durationMs - 2160) <= 30, `${saved.json.durationMs} ms`);
      assert.ok(Math.abs(saved.json.trimmedStartMs - 420) <= 20 && Math.abs(saved.json.trimmedEndMs - 420) <= 20, JSON.stringify(saved.json));
      const wav = await take('bo', 'screen.services');
      const info = readWav(wav);
      assert.deepEqual([info.sampleRate, info.channels, info.bitsPerSample], [16_000, 1, 16]);
      assert.ok(Math.abs(info.durationMs - saved.json.durationMs) <= 1);
      const level = db(wavRms(wav));
      assert.ok(Math.abs(level - -20) <= 1, `RMS ${level.toFixed(2)} dBFS, target -20 ± 1`);
      assert.ok(Math.abs(saved.json.rmsDbfs - level) <= 0.2, 'the reported level is the file\'s');
      const list = await listing();
      assert.equal(list.recorded, 1);
      assert.equal(list.prompts.find((p: { promptId: string }) => p.promptId === 'screen.services').recording.sha256, saved.json.sha256);
    });

    test('a bad take gets a clear refusal and changes nothing', async () => {
      const before = await listing();
      const kept = await take('bo', 'screen.services');
      const refusals: [Promise<{ status: number; json: { error: string; message: string } }>, number, string, RegExp][] = [
        [upload('bo', 'screen.rating', Buffer.from('this is not a recording at all, just some text')), 400, 'not-a-wav', /not a WAV/],
        [upload('bo', 'screen.services', toneWav({ seconds: 25, rmsDbfs: -20, silence: 0, rate: 8000 })), 413, 'recording-too-long', /25\.0 s; a prompt may be at most 20 s/],
        [upload('bo', 'screen.services', toneWav({ seconds: 0, rmsDbfs: -20, silence: 1 })), 400, 'no-speech', /nothing was heard/],
        [upload('bo', 'screen.no-such-prompt', toneWav({ seconds: 1, rmsDbfs: -20, silence: 0 })), 404, 'unknown-prompt', /speaks no prompt "screen.no-such-prompt"/],
        [upload('bo', 'screen.ticket', toneWav({ seconds: 1, rmsDbfs: -20, silence: 0 })), 409, 'prompt-varies', /changes each time/],
        [upload('xx', 'screen.services', toneWav({ seconds: 1, rmsDbfs: -20, silence: 0 })), 404, 'unknown-locale', /no language "xx"/],
        [upload('bo', 'screen.services', 'not base64!'), 400, 'invalid-body', /base64/],
      ];
      for (const [call, status, error, message] of refusals) {
        const refused = await call;
        assert.equal(refused.status, status, `${error}: ${JSON.stringify(refused.json)}`);
        assert.equal(refused.json.error, error);
        assert.match(refused.json.message, message);
      }
      const clerk = await accountReady(hub, { username: 'li.clerk', role: 'clerk', sites: ['EAST'] }, 'clerk-password-1');
      const asClerk = await clerk.call('PUT', '/v1/admin/voice-prompts/bo/screen.services/recording', { audio: toneWav({ seconds: 1, rmsDbfs: -20, silence: 0 }).toString('base64') });
      assert.equal(asClerk.status, 403);
      assert.equal(asClerk.json.error, 'role-forbidden');
      assert.equal((await clerk.call('POST', '/v1/admin/voice-prompts/bo/publish', {})).status, 403);
      assert.deepEqual(await listing(), before, 'the listing is as it was');
      assert.deepEqual(await take('bo', 'screen.services'), kept, 'the kept take is the same bytes');
      const nothing = await adminCall(hub, 'POST', '/v1/admin/voice-prompts/ug/publish', {});
      assert.equal(nothing.status, 409);
      assert.equal(nothing.json.error, 'nothing-recorded');
      assert.equal((await signedCall(hub, kiosk, 'GET', '/v1/documents/voice-packs')).status, 404, 'nothing was published');
    });

    test('publishing signs the takes into voice-packs; the kiosk plays that clip and lists what still falls back', async () => {
      assert.equal((await upload('en', 'screen.thanks', toneWav({ seconds: 1, rmsDbfs: -30, silence: 0.2 }))).status, 200);
      assert.equal((await adminCall(hub, 'POST', '/v1/admin/voice-prompts/en/publish', {})).status, 200);
      const published = await adminCall(hub, 'POST', '/v1/admin/voice-prompts/bo/publish', {});
      assert.equal(published.status, 200, JSON.stringify(published.json));
      assert.equal(published.json.recorded, 1);
      assert.equal(published.json.missing.length, recordablePromptIds.length - 1);
      assert.ok(published.json.missing.includes('screen.rating') && !published.json.missing.includes('screen.services'));
      const list = await listing();
      assert.deepEqual(list.published, { version: published.json.version, issuedAt: list.published.issuedAt, prompts: 1 });
      assert.equal(list.prompts.find((p: { promptId: string }) => p.promptId === 'screen.services').recording.published, true);

      const pulled = await signedCall(hub, kiosk, 'GET', '/v1/documents/voice-packs');
      assert.equal(pulled.status, 200);
      assert.equal(checkDocument(pulled.json, 'voice-packs', hub.publicKey, null), null, 'signed by central');
      const body = voicePacksBodySchema.parse(pulled.json.document.body);
      assert.deepEqual(body.packs.map((p) => p.locale).sort(), ['bo', 'en'], 'the English pack published before is kept');

      // A kiosk with no speech engine at all: Tibetan is the pack or the fallback (here: silence).
      const voice = createVoiceService({ engine: null, engineProblem: 'no engine in this test', packs: loadPromptPacks(null), now: () => new Date() });
      const kioskCore = createCoreHarness({}, { voice });
      try {
        kioskCore.terminal.applyVoicePacks(body);
        const said = await kioskCore.terminal.speak({ promptId: 'screen.services', text: 'ཞབས་ཞུ།', locale: 'bo', fallbackText: '服务列表' });
        assert.equal(said.source, 'pack');
        assert.equal(said.locale, 'bo');
        assert.deepEqual(Buffer.from(said.audio!), await take('bo', 'screen.services'), 'the clip recorded on the page');
        const bo = voice.diagnostics().locales.find((l) => l.locale === 'bo')!;
        assert.equal(bo.packPrompts, 1);
        assert.deepEqual(bo.unrecorded, recordablePromptIds.filter((id) => id !== 'screen.services'));
        assert.ok(bo.speaksAs.includes(`${recordablePromptIds.length - 1} of ${recordablePromptIds.length} fixed prompts and all other text fall back: screen.attract, `), bo.speaksAs);
      } finally {
        kioskCore.close();
      }
    });
  });
}
