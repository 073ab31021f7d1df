// The voice section of the diagnostics page: which engine speaks, which voice (or fallback) each
// language gets, packs refused, and the latest prompts spoken in another language or not at all.
import type { Diagnostics } from '../../../terminal/api.ts';
import { t } from '../../i18n/index.ts';
import { clockTime } from '../../i18n/dates.ts';

export function VoiceDiagnosticsSection({ voice }: { voice: Diagnostics['voice'] }) {
  return (
    <section data-testid="diag-voice">
      <h2>{t.technicianVoice}</h2>
      <dl>
        <dt>{t.technicianVoiceEngine}</dt>
        <dd>{voice.engine ?? `${t.technicianVoiceNoEngine}${voice.engineProblem ? `：${voice.engineProblem}` : ''}`}</dd>
      </dl>
      <h3>{t.technicianVoiceLanguages}</h3>
      <ul class="technician-list">
        {voice.locales.map((l) => (
          <li key={l.locale}>
            {l.locale}：{l.speaksAs}
            {l.packPrompts > 0 ? `，${t.technicianVoicePack(l.packPrompts)}` : ''}
          </li>
        ))}
        {voice.packProblems.map((p) => (
          <li key={p}>{p}</li>
        ))}
      </ul>
      <h3>{t.technicianVoiceFallbacks}</h3>
      <ul class="technician-list">
        {voice.recentFallbacks.length === 0 && <li>{t.technicianNone}</li>}
        {voice.recentFallbacks.slice(0, 8).map((f) => (
          <li key={`${f.at}-${f.wanted}`}>
            {clockTime(new Date(f.at))} {f.wanted} → {f.got}：{f.reason}
          </li>
        ))}
      </ul>
    </section>
  );
}
