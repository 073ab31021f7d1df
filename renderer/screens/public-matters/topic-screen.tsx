// One 议题: the question and background, the open period, results as the topic's rule allows, and
// — for a resident identified by ID card who has not voted — the options, an optional short comment
// typed on the kiosk's keyboard (below the field, never over it), and 确认投票.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { TopicView } from '../../../terminal/api.ts';
import { useApi } from '../../api-context.ts';
import { BigButton } from '../../components/big-button.tsx';
import { ScreenHeader } from '../../components/screen-header.tsx';
import { CheckIcon } from '../../components/icons.tsx';
import { Keyboard } from '../../components/keyboard/keyboard.tsx';
import { ScrollPager } from '../../components/scroll-pager.tsx';
import { t } from '../../i18n/index.ts';
import { Localized, localizedField } from '../../i18n/localized.tsx';
import { errorText, saidText } from '../../i18n/said.ts';
import { formatDayTime } from './dates.ts';
import { mattersText } from './strings.ts';
import { useScreenPrompt } from '../../voice/use-screen-prompt.ts';

const MAX_COMMENT = 100;

export function TopicScreen({ topicId, onFailed, onBack }: { topicId: string; onFailed(message: string): void; onBack(): void }) {
  useScreenPrompt('screen.topic', (s) => s.promptTopic);
  const api = useApi();
  const [topic, setTopic] = useState<TopicView | null>(null);
  const [choice, setChoice] = useState<string | null>(null);
  const [comment, setComment] = useState('');
  const [typing, setTyping] = useState(false);
  const [outcome, setOutcome] = useState<string | null>(null);
  const sending = useRef(false);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    api.call('getTopic', { topicId }).then(setTopic, (err: Error) => onFailed(errorText(err)));
  }, [api, topicId]);

  const vote = async () => {
    if (!choice || sending.current) return; // one tap, one vote
    sending.current = true;
    setBusy(true);
    try {
      const result = await api.call('voteOnTopic', comment.trim() ? { topicId, optionId: choice, comment: comment.trim() } : { topicId, optionId: choice });
      setOutcome(saidText(result.message, result.say));
      setTopic((current) => current && { ...current, myVote: 'voted' });
      setTyping(false);
    } catch (err) {
      onFailed(errorText(err));
    } finally {
      setBusy(false);
    }
  };

  if (!topic) return <div class="screen" />;
  const canVote = topic.state === 'open' && topic.myVote === 'not-voted' && !outcome;
  return (
    <div class="screen matters-topic">
      <ScreenHeader
        title={<Localized item={topic} field="question" />}
        lead={<>{mattersText.state[topic.state]} · {mattersText.period(formatDayTime(topic.opensAt), formatDayTime(topic.closesAt))}</>}
        onBack={onBack}
      />
      {!typing && (
        <ScrollPager>
          {topic.description && (
            <p class="matters-text">
              <Localized item={{ description: topic.description, i18n: topic.i18n }} field="description" note={!localizedField(topic, 'question').fallback} />
            </p>
          )}
          <h2 class="matters-heading">{mattersText.results}</h2>
          {topic.results ? (
            <ul class="matters-results" aria-label={mattersText.results}>
              {topic.results.options.map((o) => (
                <li key={o.id}>
                  <span>
                    <Localized item={topic.options.find((own) => own.id === o.id) ?? o} field="label" />
                  </span> <strong>{mattersText.votes(o.votes)}</strong>
                </li>
              ))}
              <li>{mattersText.totalVotes(topic.results.total)}</li>
            </ul>
          ) : (
            <p class="service-description">{saidText(topic.resultsNote ?? '', topic.resultsNoteSay)}</p>
          )}
        </ScrollPager>
      )}
      {outcome ? (
        <p class="print-status done" role="status">
          <CheckIcon /> {mattersText.voteRecorded}：{outcome}
        </p>
      ) : topic.state !== 'open' ? (
        <p class="lead" role="status">{mattersText.notOpen[topic.state]}</p>
      ) : topic.myVote === 'anonymous' ? (
        <p class="lead" role="status">{mattersText.needCard}</p>
      ) : topic.myVote === 'voted' ? (
        <p class="lead" role="status">{mattersText.alreadyVoted}</p>
      ) : null}
      {canVote && (
        <>
          <div class="matters-options" role="radiogroup" aria-label={mattersText.chooseOption}>
            {topic.options.map((o) => (
              <BigButton key={o.id} variant="secondary" pressed={choice === o.id} onClick={() => setChoice(o.id)}>
                <Localized item={o} field="label" />
              </BigButton>
            ))}
          </div>
          <div class="matters-comment" role="textbox" aria-label={mattersText.commentField} aria-readonly="true" onClick={() => setTyping(true)}>
            {comment || <span class="info-field-hint">{mattersText.addComment}</span>}
          </div>
          <div class="actions">
            <BigButton main icon={<CheckIcon />} disabled={!choice || busy} onClick={() => void vote()}>
              {busy ? mattersText.voting : mattersText.confirmVote}
            </BigButton>
          </div>
          {typing && (
            // Pinyin first: a comment is written in Chinese.
            <Keyboard
              layouts={['pinyin', 'latin', 'digits']}
              onInput={(text) => setComment((c) => [...(c + text)].slice(0, MAX_COMMENT).join(''))}
              onBackspace={() => setComment((c) => [...c].slice(0, -1).join(''))}
              onClear={() => setComment('')}
            />
          )}
        </>
      )}
    </div>
  );
}
