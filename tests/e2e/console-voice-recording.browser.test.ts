// The recording page in a real Chromium whose microphone is a file (issue 22): an admin records two
// Tibetan prompts, hears one back as the hub kept it, publishes, and the hub's signed voice pack
// holds exactly those two takes, trimmed and normalised. The fake microphone plays eSpeak NG
// speech, made quiet and padded with silence by sox, the way a real take arrives.
import { describe, test, beforeAll, afterAll } from 'vitest';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../support/chromium.ts';
import { consolePage, logInToConsole } from '../support/console-page.ts';
import { startCentral, type RunningCentral } from '../../central/server.ts';
import { adminCall, enrollTerminal, signedCall, type TestTerminal } from '../central/helpers/hub.ts';
import { voicePacksBodySchema } from '../../shared/contract/voice-packs.ts';
import { hashConsolePassword } from '../../central/console-auth.ts';
import { recordablePromptIds } from '../../shared/voice/prompt-catalog.ts';
import { readWav, wavRms } from '../../terminal/voice/wav.ts';

const shots = process.env.CONSOLE_SHOTS ?? join(tmpdir(), 'console-voice-shots');

/** Speech at about -40 dBFS with half a second of silence each side, 48 kHz mono 16-bit (Chromium loops it). */
function fakeMicrophoneFile(): string {
  const dir = mkdtempSync(join(tmpdir(), 'fake-mic-'));
  const spoken = join(dir, 'spoken.wav');
  const file = join(dir, 'microphone.wav');
  execFileSync('espeak-ng', ['-v', 'en', '-w', spoken, 'Tashi delek. Please choose a service.']);
  execFileSync('sox', [spoken, '-r', '48000', '-c', '1', '-b', '16', file, 'vol', '0.05', 'pad', '0.5', '0.5']);
  return file;
}

describe('the recording page in Chromium with a fake microphone', () => {
  let hub: RunningCentral;
  let kiosk: TestTerminal;
  let browser: Browser;
  let page: Page;
  const cspViolations: string[] = [];

  beforeAll(async () => {
    mkdirSync(shots, { recursive: true });
    // The built-in admin, whose password the hub's CLI sets: one scrypt, no first-login change.
    hub = await startCentral({ port: 0, inMemory: true, logLevel: 'silent', consolePasswordHash: hashConsolePassword('county-admin-2026') });
    kiosk = await enrollTerminal(hub, 'EAST');
    browser = await launchChromium(['--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream', `--use-file-for-fake-audio-capture=${fakeMicrophoneFile()}`, '--autoplay-policy=no-user-gesture-required']);
    page = await consolePage(browser, cspViolations, { viewport: { width: 1280, height: 900 } });
  }, 120_000);
  afterAll(async () => {
    await page?.context().close();
    await browser?.close();
    await hub?.close();
  });

  const row = (promptId: string) => page.locator(`tr[data-prompt="${promptId}"]`);
  /** ● record, wait until the page has captured `seconds` of audio (its own counter), ■ stop, and the hub's answer. */
  async function recordTake(promptId: string, seconds: number): Promise<void> {
    await row(promptId).getByRole('button', { name: /录音|重录/ }).click();
    await page.waitForFunction((s) => Number(/正在录音：([\d.]+)/.exec(document.querySelector('[role=status]')?.textContent ?? '')?.[1] ?? 0) >= s, seconds);
    await row(promptId).getByRole('button', { name: '■ 停止' }).click();
    await row(promptId).getByText(/^已录制 [\d.]+ 秒$/).waitFor();
  }

  test('an admin records two bo prompts, plays one back, publishes, and the hub\'s pack holds them', async () => {
    await logInToConsole(page, hub.url, 'admin', 'county-admin-2026');
    await page.getByRole('link', { name: '语音录制' }).click();

    const coverage = page.getByTestId('voice-coverage');
    await coverage.getByText(`已录制 0 / ${recordablePromptIds.length} 条提示语`).waitFor();
    assert.match(await row('screen.services').innerText(), /ཞབས་ཞུའི་ཐོ་གཞུང་/, 'the Tibetan words the kiosk says, to read aloud');
    assert.match(await row('screen.services').innerText(), /普通话：这里是服务列表/);

    await recordTake('screen.services', 2.5);
    await recordTake('screen.rating', 2.5);
    await coverage.getByText(`已录制 2 / ${recordablePromptIds.length} 条提示语`).waitFor();

    // ▶ plays what the hub kept, to its end.
    await row('screen.services').getByRole('button', { name: '▶ 试听' }).click();
    await page.getByRole('status').getByText('试听完毕：screen.services').waitFor();
    const played = await page.getByTestId('voice-player').evaluate((a: HTMLAudioElement) => ({ duration: a.duration, ended: a.ended }));
    assert.equal(played.ended, true);
    const listed = (await adminCall(hub, 'GET', '/v1/admin/voice-prompts/bo')).json;
    const services = listed.prompts.find((p: { promptId: string }) => p.promptId === 'screen.services').recording;
    assert.ok(Math.abs(played.duration * 1000 - services.durationMs) < 50, `played ${played.duration} s, kept ${services.durationMs} ms`);
    await page.screenshot({ path: join(shots, 'voice-recording-zh.png'), fullPage: false });

    await page.getByRole('button', { name: '发布语音包' }).click();
    await page.getByRole('status').getByText(/^已发布第 1 版：2 \/ \d+ 条有录音/).waitFor();
    await coverage.getByText('已发布第 1 版语音包（本语言 2 条）').waitFor();
    assert.equal(await row('screen.services').locator('td').nth(2).innerText(), `已录制 ${(services.durationMs / 1000).toFixed(1)} 秒，已发布`);

    const pulled = await signedCall(hub, kiosk, 'GET', '/v1/documents/voice-packs');
    assert.equal(pulled.status, 200);
    const pack = voicePacksBodySchema.parse(pulled.json.document.body).packs.find((p) => p.locale === 'bo')!;
    assert.deepEqual(Object.keys(pack.prompts).sort(), ['screen.rating', 'screen.services']);
    for (const clip of Object.values(pack.prompts)) {
      const wav = Buffer.from(clip.audio, 'base64');
      assert.equal(readWav(wav).sampleRate, 16_000);
      // The microphone gave about 2.5 s with silence in it; the kept take is the speech, trimmed.
      assert.ok(clip.durationMs > 500 && clip.durationMs < 2600, `${clip.durationMs} ms`);
      const level = 20 * Math.log10(wavRms(wav));
      assert.ok(level > -24 && level < -16, `a quiet microphone normalised to about -20 dBFS RMS, got ${level.toFixed(1)}`);
    }
    assert.equal(pack.prompts['screen.services']!.sha256, services.sha256, 'the take played back is the one published');

    await page.getByRole('button', { name: 'English' }).click();
    await coverage.getByText(`2 of ${recordablePromptIds.length} prompts recorded`).waitFor();
    await page.screenshot({ path: join(shots, 'voice-recording-en.png'), fullPage: false });
    assert.deepEqual(cspViolations, [], 'the worklet, the microphone and blob: playback stay inside the CSP');
  });
});
