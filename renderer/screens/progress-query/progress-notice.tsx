// The greeting's "您有 N 件办理结果": counted by the core in the background after the card was
// read (the greeting never waits on the hub), shown when it comes, with a way straight in.
import { useEffect, useState } from 'preact/hooks';
import { useApi } from '../../api-context.ts';
import { BigButton } from '../../components/big-button.tsx';
import { t } from '../../i18n/index.ts';

export function ProgressNotice({ onOpen }: { onOpen(): void }) {
  const api = useApi();
  const [count, setCount] = useState<number | null>(null);
  useEffect(() => {
    const off = api.on('progressNotice', (e) => setCount(e.count));
    api.call('progressNotice', {}).then(
      (r) => setCount((c) => c ?? r.count),
      () => undefined,
    );
    return off;
  }, [api]);
  if (!count) return null;
  return (
    <div class="progress-notice" role="status">
      <span>{t.progressNotice(count)}</span>
      <BigButton variant="secondary" onClick={onOpen}>
        {t.progressNoticeOpen}
      </BigButton>
    </div>
  );
}
