// 通知公告: what is showing now, newest first, with its dates. Asked again every half minute, so a
// notice that expires while the list is open leaves it by itself (the core filters by its clock).
import { useEffect, useState } from 'preact/hooks';
import type { NoticeView } from '../../../terminal/api.ts';
import { useApi } from '../../api-context.ts';
import { ScreenHeader } from '../../components/screen-header.tsx';
import { t } from '../../i18n/index.ts';
import { errorText } from '../../i18n/said.ts';
import { Localized } from '../../i18n/localized.tsx';
import { localDateFormat } from '../../i18n/dates.ts';
import { ScrollPager } from '../../components/scroll-pager.tsx';
import { infoText } from './strings.ts';
import { useScreenPrompt } from '../../voice/use-screen-prompt.ts';

const REFRESH_MS = 30_000;
const day = localDateFormat({ year: 'numeric', month: 'long', day: 'numeric' });

export function NoticeList({ onFailed, onBack }: { onFailed(message: string): void; onBack(): void }) {
  useScreenPrompt('screen.info-notices', (s) => s.promptInfoNotices);
  const api = useApi();
  const [notices, setNotices] = useState<NoticeView[] | null>(null);
  useEffect(() => {
    const load = () => api.call('listNotices', {}).then(setNotices, (err: Error) => onFailed(errorText(err)));
    void load();
    const timer = setInterval(() => void load(), REFRESH_MS);
    return () => clearInterval(timer);
  }, [api]);

  return (
    <div class="screen info-notices">
      <ScreenHeader title={infoText.notices} onBack={onBack} />
      <ScrollPager>
        {notices && notices.length === 0 && <p class="lead">{infoText.noNotices}</p>}
        {notices?.map((n) => (
          <article class="info-notice" key={n.id}>
            <h2 class="info-section-title">
              <Localized item={n} field="title" />
            </h2>
            <p class="service-description">
              {[n.issuer, infoText.publishedOn(day(new Date(n.publishedAt))), infoText.validUntil(day(new Date(n.expiresAt)))]
                .filter(Boolean)
                .join(' · ')}
            </p>
            <p class="info-notice-text">
              <Localized item={n} field="text" />
            </p>
          </article>
        ))}
      </ScrollPager>
    </div>
  );
}
