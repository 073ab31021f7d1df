// 议题公告: the service's own navigator — the front page (three 公开 sections and the topics), one
// document to read, one topic to read and vote on.
import { useState } from 'preact/hooks';
import { MatterDocument } from './matter-document.tsx';
import { MattersHome } from './matters-home.tsx';
import { TopicScreen } from './topic-screen.tsx';
import { useScreenPrompt } from '../../voice/use-screen-prompt.ts';

type View = { name: 'home' } | { name: 'document'; documentId: string } | { name: 'topic'; topicId: string };

export interface PublicMattersScreenProps {
  onFailed(message: string): void;
  onBack(): void;
}

export function PublicMattersScreen({ onFailed, onBack }: PublicMattersScreenProps) {
  useScreenPrompt('screen.matters', (s) => s.promptMatters);
  const [view, setView] = useState<View>({ name: 'home' });
  const home = () => setView({ name: 'home' });
  switch (view.name) {
    case 'home':
      return (
        <MattersHome
          onDocument={(documentId) => setView({ name: 'document', documentId })}
          onTopic={(topicId) => setView({ name: 'topic', topicId })}
          onFailed={onFailed}
          onBack={onBack}
        />
      );
    case 'document':
      return <MatterDocument documentId={view.documentId} onFailed={onFailed} onBack={home} />;
    case 'topic':
      return <TopicScreen topicId={view.topicId} onFailed={onFailed} onBack={home} />;
  }
}
