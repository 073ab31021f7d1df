// 事项办理 behind KioskApi: the catalog's items, one item's form with the ID card fields filled in
// the core (the screen gets only their masked values), and submitting: every answer checked
// against the catalog form here (the screen's own check is a courtesy), then filed as a case.
import { KioskError } from '../../kiosk-error.ts';
import { said } from '../../says/say.ts';
import { applicationRequestSchemas, type ApplicationItemSummary, type FormFieldView } from './application-contract.ts';
import type { CaseReceiptView } from '../case-filing/case-receipt-view.ts';
import { materialSpec, type ApplicationItem, type CardField } from '../../../config/application-form-schema.ts';
import { checkForm, type FieldValue } from '../../form-validation.ts';
import { applicationDataSchema, applicationPersonalSchema } from '../../../shared/contract/cases.ts';
import type { Guide } from '../../../shared/contract/info-documents.ts';
import type { IdentityCard } from '../../../drivers/types.ts';
import type { Session } from '../../session.ts';
import type { ServiceCall } from '../visit.ts';
import type { ServiceContext } from '../service-context.ts';
import type { SliceMethods } from '../slice.ts';
import { zonedDay } from '../../../config/zoned-time.ts';
import { maskIdNumber, maskName } from '../../../shared/mask.ts';
import { fileCase, type CaseFilingDeps } from '../case-filing/case-filing.ts';
import { applicationReceipt } from './application-receipt.ts';
import { createApplicationAttachments } from './application-attachments.ts';
import type { CaseAttachmentStore } from './case-attachment-store.ts';

interface ApplicationDeps extends CaseFilingDeps, ServiceCall {
  /** A guide of 政务信息查询 by id, when this kiosk holds it. */
  guide(id: string): Guide | null;
}

function cardValue(card: IdentityCard, field: CardField): string {
  return card[field];
}

/** What the screen may show of a card field before (and after) the resident confirms it. */
export function maskCardValue(field: CardField, value: string): string {
  switch (field) {
    case 'name':
      return maskName(value);
    case 'idNumber':
      return maskIdNumber(value);
    case 'birthDate':
      return `${value.slice(0, 4)}年**月**日`;
    case 'address':
      return `${Array.from(value).slice(0, 6).join('')}******`;
    case 'sex':
    case 'nation':
      return value; // identifies nobody on its own
  }
}

const idCardOf = (session: Session): IdentityCard | null => (session.resident?.kind === 'id-card' ? session.resident : null);

/**
 * `filing`: how a case is numbered, stored and printed; `guide`: 政务信息查询's guide by id;
 * `attachmentStore`: where the document camera's pages and the signature wait (issue 24).
 */
export function createApplicationApi(ctx: ServiceContext, filing: CaseFilingDeps, guide: ApplicationDeps['guide'], attachmentStore: CaseAttachmentStore) {
  const deps: ApplicationDeps = { ...filing, enter: () => ctx.enter('application', said('core.notOfferedApplication')), nextSeq: ctx.nextSeq, guide };
  const attachments = createApplicationAttachments(attachmentStore);
  const itemsOf = (): ApplicationItem[] => deps.enter().service.applicationItems ?? [];
  const summary = (item: ApplicationItem): ApplicationItemSummary => {
    const guide = item.guideId ? deps.guide(item.guideId) : null;
    return {
      id: item.id,
      name: item.name,
      department: item.department,
      description: item.description,
      materials: guide ? guide.materials.map((m) => `${m.name}（${m.form}${m.copies}份）`) : item.materials.map((m) => materialSpec(m).name),
      capture: item.materials.map(materialSpec),
      ...(item.commitment && { commitment: item.commitment }),
      guideId: guide ? guide.id : null,
      ...(item.i18n && { i18n: item.i18n }),
      ...(guide ? { guideMaterials: guide.materials.map(({ name, form, copies }) => ({ name, form, copies })) } : {}),
    };
  };
  const find = (itemId: string): ApplicationItem => {
    const item = itemsOf().find((i) => i.id === itemId);
    if (!item) throw new KioskError('not-found', said('cases.itemNotFound'));
    return item;
  };
  const needsCard = (item: ApplicationItem) => item.form.some((f) => 'prefill' in f && f.prefill);
  const cardFor = (session: Session, item: ApplicationItem): IdentityCard | null => {
    const card = idCardOf(session);
    if (!card && needsCard(item)) throw new KioskError('no-session', said('cases.itemNeedsCard'));
    return card;
  };

  return {
    async listApplicationItems(): Promise<{ items: ApplicationItemSummary[] }> {
      return { items: itemsOf().map(summary) };
    },
    async getApplicationForm({ itemId }) {
      const { session } = deps.enter();
      const item = find(itemId);
      const card = cardFor(session, item);
      const fields: FormFieldView[] = item.form.map((f) => ({
        ...f,
        prefilled: 'prefill' in f && f.prefill && card ? { masked: maskCardValue(f.prefill, cardValue(card, f.prefill)) } : null,
      }));
      return { item: summary(item), fields, today: zonedDay(deps.now(), deps.site().timeZone) };
    },
    async putApplicationPage({ itemId, material, page, jpeg }) {
      const { session } = deps.enter();
      return attachments.putPage(session, find(itemId), { material, page, jpeg });
    },
    async removeApplicationPage({ itemId, material, page }) {
      const { session } = deps.enter();
      return attachments.removePage(session, find(itemId), { material, page });
    },
    async submitApplication({ itemId, answers, cardFieldsConfirmed, signature, materialsAtCounter }): Promise<CaseReceiptView> {
      const { session, service } = deps.enter();
      const item = find(itemId);
      const card = cardFor(session, item);
      if (needsCard(item) && !cardFieldsConfirmed) throw new KioskError('bad-request', said('cases.confirmCardFirst'));
      const checked = checkForm(item.form, answers, zonedDay(deps.now(), deps.site().timeZone));
      // The screen shows each field's own problem before sending; this refusal names them in Chinese
      // (for the zh-CN screen and tests) and says how many in the resident's language.
      if (!checked.ok) {
        const { say } = said('cases.formInvalid', { count: checked.errors.length });
        throw new KioskError('bad-request', { message: checked.errors.map((e) => e.message).join('；'), say });
      }
      const fields: Record<string, FieldValue> = { ...checked.values };
      for (const f of item.form) if ('prefill' in f && f.prefill && card) fields[f.id] = cardValue(card, f.prefill);
      const filed = attachments.forFiling(session, item, fields, { materialsAtCounter, signature: signature ?? null });
      const personal = applicationPersonalSchema.parse({ idNumber: card?.idNumber ?? null, fields, ...(filed.strokes && { signatureStrokes: filed.strokes }) });
      const materials = summary(item).materials;
      const filedCase = await fileCase(deps, {
        session,
        seq: deps.nextSeq(),
        serviceId: service.id,
        kind: 'application',
        data: (caseNumber, queryCodeHash) =>
          applicationDataSchema.parse({
            caseNumber,
            queryCodeHash,
            itemId: item.id,
            itemName: item.name,
            ...(filed.manifest.length > 0 && { attachments: filed.manifest }),
            ...(filed.signature && { signature: filed.signature }),
            ...(materialsAtCounter && { materialsAtCounter: true }),
          }),
        personal,
        withCase: filed.bind,
        receipt: (formattedCaseNumber, qrUrl, submittedAt, queuedForSync) =>
          applicationReceipt({ siteName: deps.site().name, timeZone: deps.site().timeZone, itemName: item.name, department: item.department, formattedCaseNumber, materials, submittedAt, qrUrl, queuedForSync }),
      });
      return {
        kind: 'application',
        transactionId: filedCase.transactionId,
        caseNumber: filedCase.caseNumber,
        formattedCaseNumber: filedCase.formattedCaseNumber,
        title: item.name,
        submittedAt: filedCase.submittedAt.toISOString(),
        queryCode: null, // the resident's ID card is their key; the code rides only inside the QR
        materials,
        maskedPhone: null,
        print: filedCase.print,
        queuedForSync: filedCase.queuedForSync,
      };
    },
  } satisfies SliceMethods<typeof applicationRequestSchemas>;
}

export type ApplicationApi = ReturnType<typeof createApplicationApi>;
