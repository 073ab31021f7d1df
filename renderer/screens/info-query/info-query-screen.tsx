// 政务信息查询: the service's own little navigator. Home (search, categories, notices) → a list →
// one guide (print its checklist, or go straight to the queue for its counter). Everything comes
// from the core, which holds the guides offline.
import { useState } from 'preact/hooks';
import type { GuideCategoryView, ServiceView } from '../../../terminal/api.ts';
import { GuideDetail } from './guide-detail.tsx';
import { GuideSearch } from './guide-search.tsx';
import { InfoHome } from './info-home.tsx';
import { NoticeList } from './notice-list.tsx';
import { useScreenPrompt } from '../../voice/use-screen-prompt.ts';

type View =
  | { name: 'home' }
  | { name: 'search'; category: GuideCategoryView | null }
  | { name: 'guide'; guideId: string; from: View }
  | { name: 'notices' };

export interface InfoQueryScreenProps {
  service: ServiceView;
  onQueue(serviceId: string, queueId: string): void;
  onFailed(message: string): void;
  onBack(): void;
}

export function InfoQueryScreen({ onQueue, onFailed, onBack }: InfoQueryScreenProps) {
  useScreenPrompt('screen.info', (s) => s.promptInfo);
  const [view, setView] = useState<View>({ name: 'home' });
  // The search text survives a look at a guide and the way back.
  const [query, setQuery] = useState('');
  const home = () => setView({ name: 'home' });

  switch (view.name) {
    case 'home':
      return (
        <InfoHome
          onSearch={() => setView({ name: 'search', category: null })}
          onCategory={(category) => setView({ name: 'search', category })}
          onNotices={() => setView({ name: 'notices' })}
          onFailed={onFailed}
          onBack={onBack}
        />
      );
    case 'search':
      return (
        <GuideSearch
          category={view.category}
          query={query}
          onQuery={setQuery}
          onOpen={(guideId) => setView({ name: 'guide', guideId, from: view })}
          onFailed={onFailed}
          onBack={home}
        />
      );
    case 'guide':
      return <GuideDetail guideId={view.guideId} onQueue={onQueue} onFailed={onFailed} onBack={() => setView(view.from)} />;
    case 'notices':
      return <NoticeList onFailed={onFailed} onBack={home} />;
  }
}
