// 诉求反映 (接诉即办), step by step: category → what (common phrases or the keyboard) → where (the
// hall's site list, or typed) → an optional callback phone → named or anonymous → review → filed.
// Each step checks its own input before going on; the core checks everything again on submit and
// a refusal is shown on the review, nothing lost. A filed demand goes up to the visit.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { CaseReceiptView, DemandOptions } from '../../../terminal/api.ts';
import { MOBILE_OR_LANDLINE } from '../../../terminal/form-validation.ts';
import { maskPhone } from '../../../shared/mask.ts';
import { Ltr } from '../../components/ltr.tsx';
import { useApi } from '../../api-context.ts';
import { BigButton } from '../../components/big-button.tsx';
import { ScreenHeader } from '../../components/screen-header.tsx';
import { CheckIcon } from '../../components/icons.tsx';
import { localizedField } from '../../i18n/localized.tsx';
import { t } from '../../i18n/index.ts';
import { errorText } from '../../i18n/said.ts';
import { useScreenPrompt } from '../../voice/use-screen-prompt.ts';
import { CategoryStep, PlaceStep, WhoStep } from './demand-steps.tsx';
import { TextEntry } from './text-entry.tsx';
import '../../components/form/form.css';

type Step = 'category' | 'describe' | 'place' | 'place-text' | 'phone' | 'who' | 'confirm';
type Category = DemandOptions['categories'][number];

const PLACE_MAX = 100;
const previous: Record<Step, Step | null> = { category: null, describe: 'category', place: 'describe', 'place-text': 'place', phone: 'place', who: 'phone', confirm: 'who' };
// A function: read when drawn, so a heading follows the current language.
const titles = (): Record<Step, string> => ({
  category: t.demandChooseCategory,
  describe: t.demandDescribeTitle,
  place: t.demandPlaceTitle,
  'place-text': t.demandPlaceTitle,
  phone: t.demandPhoneTitle,
  who: t.demandWhoTitle,
  confirm: t.demandConfirmTitle,
});
const chars = (s: string) => Array.from(s.trim()).length;
const prompts: Record<Step, (s: typeof t) => string> = {
  category: (s) => s.promptDemandCategory,
  describe: (s) => s.promptDemandDescribe,
  place: (s) => s.promptDemandPlace,
  'place-text': (s) => s.promptDemandPlaceText,
  phone: (s) => s.promptDemandPhone,
  who: (s) => s.promptDemandWho,
  confirm: (s) => s.promptDemandConfirm,
};

export function DemandScreen({ onFiled, onFailed, onBack }: { onFiled(r: CaseReceiptView): void; onFailed(message: string): void; onBack(): void }) {
  const api = useApi();
  const [options, setOptions] = useState<DemandOptions | null>(null);
  const [step, setStep] = useState<Step>('category');
  const [category, setCategory] = useState<Category | null>(null);
  const [description, setDescription] = useState('');
  const [siteId, setSiteId] = useState<string | null>(null);
  const [placeText, setPlaceText] = useState('');
  const [phone, setPhone] = useState('');
  const [anonymous, setAnonymous] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const sending = useRef(false);
  useScreenPrompt(`screen.demand-${step}`, prompts[step]);

  useEffect(() => {
    api.call('demandOptions', {}).then(setOptions, (err: Error) => onFailed(errorText(err)));
  }, [api]);
  if (!options) return <div class="screen" />;

  const go = (next: Step) => {
    setError(null);
    setStep(next);
  };
  const back = () => (previous[step] ? go(step === 'phone' && !siteId ? 'place-text' : previous[step]!) : onBack());
  const checkDescription = () => {
    if (!chars(description)) return setError(t.demandErrDescriptionEmpty);
    if (chars(description) > options.descriptionMaxLength) return setError(t.demandErrDescriptionLong(options.descriptionMaxLength, chars(description)));
    go('place');
  };
  const checkPlaceText = () => {
    if (!chars(placeText)) return setError(t.demandErrPlaceEmpty);
    if (chars(placeText) > PLACE_MAX) return setError(t.demandErrPlaceLong(PLACE_MAX));
    go('phone');
  };
  const checkPhone = () => {
    const p = phone.replace(/\s/g, '');
    if (p && !MOBILE_OR_LANDLINE.test(p)) return setError(t.demandErrPhone);
    go('who');
  };
  const submit = async () => {
    if (sending.current || !category) return;
    sending.current = true;
    setBusy(true);
    try {
      onFiled(
        await api.call('submitDemand', {
          category,
          description,
          siteId,
          placeText: siteId ? null : placeText,
          callbackPhone: phone.trim() ? phone : null,
          anonymous,
        }),
      );
    } catch (err) {
      setError(errorText(err));
      sending.current = false;
      setBusy(false);
    }
  };
  const site = siteId ? options.sites.find((s) => s.id === siteId) : undefined;
  const place = siteId ? (site ? String(localizedField(site, 'label').value) : '') : placeText;
  // The category's phrases in the resident's language, else the Chinese ones (marked as such).
  const phrases = localizedField(
    {
      phrases: category ? (options.phrases[category] ?? []) : [],
      i18n: Object.fromEntries(Object.entries(options.phrasesI18n ?? {}).map(([l, p]) => [l, { phrases: category ? p?.[category] : undefined }])),
    },
    'phrases',
  );
  const next = (onClick: () => void, label = t.demandNext) => (
    <div class="actions">
      <BigButton main icon={<CheckIcon />} onClick={onClick}>
        {label}
      </BigButton>
    </div>
  );

  return (
    <div class="screen case-screen">
      <ScreenHeader
        title={titles()[step]}
        lead={category ? t.demandTitleWithCategory(t.demandCategoryNames[category] ?? category) : t.demandTitle}
        onBack={back}
      />
      {step === 'category' && (
        <CategoryStep
          options={options}
          onChoose={(c) => {
            setCategory(c);
            go('describe');
          }}
        />
      )}
      {step === 'describe' && (
        <>
          <TextEntry
            label={t.demandDescriptionField}
            value={description}
            onChange={setDescription}
            layouts={['pinyin', 'latin', 'digits']}
            phrases={phrases.value}
            phrasesInChinese={phrases.fallback}
            phrasesLabel={t.demandPhrases}
            maxLength={options.descriptionMaxLength}
            hint={t.demandDescriptionHint}
            error={error}
          />
          {next(checkDescription)}
        </>
      )}
      {step === 'place' && (
        <PlaceStep
          options={options}
          siteId={siteId}
          onSite={(id) => {
            setSiteId(id);
            setPlaceText('');
            go('phone');
          }}
          onOther={() => {
            setSiteId(null);
            go('place-text');
          }}
        />
      )}
      {step === 'place-text' && (
        <>
          <TextEntry label={t.demandPlaceField} value={placeText} onChange={setPlaceText} layouts={['pinyin', 'latin', 'digits']} maxLength={PLACE_MAX} hint={t.formTapToType} error={error} />
          {next(checkPlaceText)}
        </>
      )}
      {step === 'phone' && (
        <>
          <TextEntry label={t.demandPhoneField} value={phone} onChange={setPhone} layouts={['phone']} hint={t.formTapToType} error={error} />
          <div class="actions">
            <BigButton
              variant="secondary"
              onClick={() => {
                setPhone('');
                go('who');
              }}
            >
              {t.demandPhoneSkip}
            </BigButton>
            <BigButton main icon={<CheckIcon />} onClick={checkPhone}>
              {t.demandNext}
            </BigButton>
          </div>
        </>
      )}
      {step === 'who' && (
        <WhoStep
          options={options}
          onChoose={(anon) => {
            setAnonymous(anon);
            go('confirm');
          }}
        />
      )}
      {step === 'confirm' && (
        <>
          {error && (
            <p class="inline-error" role="alert">
              {error}
            </p>
          )}
          <dl class="case-review form-scroll">
            <div>
              <dt>{t.demandCategory}</dt>
              <dd>{category && (t.demandCategoryNames[category] ?? category)}</dd>
            </div>
            <div>
              <dt>{t.demandDescriptionField}</dt>
              <dd>{description}</dd>
            </div>
            <div>
              <dt>{t.demandPlaceField}</dt>
              <dd>{place}</dd>
            </div>
            <div>
              <dt>{t.demandPhoneField}</dt>
              <dd>{phone.trim() ? <Ltr>{maskPhone(phone)}</Ltr> : t.demandNoPhone}</dd>
            </div>
            <div>
              <dt>{t.demandWho}</dt>
              <dd>{anonymous ? t.demandWhoAnonymous : t.demandWhoNamed}</dd>
            </div>
          </dl>
          <div class="actions">
            <BigButton main icon={<CheckIcon />} disabled={busy} onClick={() => void submit()}>
              {busy ? t.demandSubmitting : t.demandSubmit}
            </BigButton>
          </div>
        </>
      )}
    </div>
  );
}
