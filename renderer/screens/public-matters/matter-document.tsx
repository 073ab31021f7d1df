// One 公开 document. Long ones scroll by finger or with the large page buttons of ScrollPager.
import { useEffect, useState } from 'preact/hooks';
import type { MatterDocumentView } from '../../../terminal/api.ts';
import { useApi } from '../../api-context.ts';
import { ScreenHeader } from '../../components/screen-header.tsx';
import { ScrollPager } from '../../components/scroll-pager.tsx';
import { Localized, localizedField } from '../../i18n/localized.tsx';
import { t } from '../../i18n/index.ts';
import { errorText, saidText } from '../../i18n/said.ts';
import { formatDay } from './dates.ts';
import { mattersText } from './strings.ts';
import { useScreenPrompt } from '../../voice/use-screen-prompt.ts';

export function MatterDocument({ documentId, onFailed, onBack }: { documentId: string; onFailed(message: string): void; onBack(): void }) {
  useScreenPrompt('screen.matter-document', (s) => s.promptMatterDocument);
  const api = useApi();
  const [doc, setDoc] = useState<MatterDocumentView | null>(null);
  useEffect(() => {
    api.call('getMatterDocument', { documentId }).then(setDoc, (err: Error) => onFailed(errorText(err)));
  }, [api, documentId]);
  if (!doc) return <div class="screen" />;
  return (
    <div class="screen matters-document">
      <ScreenHeader
        title={<Localized item={doc} field="title" />}
        lead={<>{saidText(doc.sectionLabel, doc.sectionLabelSay)} · {mattersText.publishedOn(formatDay(doc.publishedAt))}</>}
        onBack={onBack}
      />
      <ScrollPager>
        <p class="matters-text">
          <Localized item={doc} field="text" note={!localizedField(doc, 'title').fallback} />
        </p>
      </ScrollPager>
    </div>
  );
}
