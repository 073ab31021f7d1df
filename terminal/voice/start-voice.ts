// Boot's one call for voice guidance: eSpeak NG (when installed) behind recorded prompt packs.
// Never throws: a kiosk without a voice still serves residents, and diagnostics say why.
import { join } from 'node:path';
import { createEspeakEngine } from './espeak-engine.ts';
import { loadPromptPacks } from './prompt-packs.ts';
import { createVoiceService, type VoiceService } from './voice-service.ts';

export async function startVoice(opts: { dataDir: string; packsDir?: string; now(): Date }): Promise<VoiceService> {
  const { engine, problem } = await createEspeakEngine({ command: process.env.KIOSK_ESPEAK ?? undefined });
  const packs = loadPromptPacks(opts.packsDir ?? join(opts.dataDir, 'voice-packs'));
  return createVoiceService({ engine, engineProblem: problem, packs, now: opts.now });
}
