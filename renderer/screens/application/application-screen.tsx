// 事项办理's own navigator: the items → one item's materials → its form and review. A filed
// application goes up to the visit (session-flow), which shows the result and offers 服务评价.
import { useEffect, useState } from 'preact/hooks';
import type { ApplicationItemSummary, CaseReceiptView } from '../../../terminal/api.ts';
import { useApi } from '../../api-context.ts';
import { errorText } from '../../i18n/said.ts';
import { ApplicationForm } from './application-form.tsx';
import { GuideDetail } from '../info-query/guide-detail.tsx';
import { ItemList, ItemMaterials } from './item-list.tsx';

type View = { name: 'items' } | { name: 'materials' | 'guide' | 'form'; item: ApplicationItemSummary };

export interface ApplicationScreenProps {
  onFiled(receipt: CaseReceiptView): void;
  onFailed(message: string): void;
  /** The guide's 取号排队 button: to the queue of its counter. */
  onQueue(serviceId: string, queueId: string): void;
  onBack(): void;
}

export function ApplicationScreen({ onFiled, onFailed, onQueue, onBack }: ApplicationScreenProps) {
  const api = useApi();
  const [items, setItems] = useState<ApplicationItemSummary[] | null>(null);
  const [view, setView] = useState<View>({ name: 'items' });
  useEffect(() => {
    api.call('listApplicationItems', {}).then((r) => setItems(r.items), (err: Error) => onFailed(errorText(err)));
  }, [api]);
  if (!items) return <div class="screen" />;
  switch (view.name) {
    case 'items':
      return <ItemList items={items} onChoose={(item) => setView({ name: 'materials', item })} onBack={onBack} />;
    case 'materials':
      return (
        <ItemMaterials
          item={view.item}
          onStart={() => setView({ name: 'form', item: view.item })}
          onGuide={() => setView({ name: 'guide', item: view.item })}
          onBack={() => setView({ name: 'items' })}
        />
      );
    case 'guide':
      // The full 办事指南 of 政务信息查询, as it shows there; back returns to the materials.
      return <GuideDetail guideId={view.item.guideId!} onQueue={onQueue} onFailed={onFailed} onBack={() => setView({ name: 'materials', item: view.item })} />;
    case 'form':
      return <ApplicationForm itemId={view.item.id} onFiled={onFiled} onFailed={onFailed} onBack={() => setView({ name: 'materials', item: view.item })} />;
  }
}
