// 事项办理 at the hub: an `application` transaction becomes a case at 已接件. The clerk gets the item
// and the form's answers; the ID number becomes the case's resident pseudonym and is not kept.
import { applicationDataSchema, applicationPersonalSchema, APPLICATION_KIND } from '../../../shared/contract/cases.ts';
import { verifySignature } from '../../../shared/contract/signature-binding.ts';
import type { z } from 'zod';

type ApplicationData = z.infer<typeof applicationDataSchema>;
type ApplicationPersonal = z.infer<typeof applicationPersonalSchema>;
import type { TransactionItem } from '../../../shared/contract/schemas.ts';
import { parseOrRefuse, prepareCase } from '../cases/ingest-case.ts';
import type { CaseKeys } from '../cases/resident-key.ts';
import type { PreparedItem } from '../transaction-kinds.ts';

/** What the clerk's case shows of issue 24: how many pages follow, and whether the signature is this application's. */
function attachmentDetails(data: ApplicationData, personal: ApplicationPersonal): Record<string, unknown> {
  if (!data.attachments && !data.materialsAtCounter) return {};
  const pages = (data.attachments ?? []).filter((a) => a.kind === 'page');
  const image = data.attachments?.find((a) => a.kind === 'signature');
  const signed = data.signature && image && personal.signatureStrokes
    ? verifySignature({ itemId: data.itemId, fields: personal.fields, pageHashes: pages.map((p) => p.sha256) }, data.signature, image.sha256, personal.signatureStrokes)
    : null;
  return { pages: pages.length, materialsAtCounter: data.materialsAtCounter ?? false, signatureVerified: signed };
}

export function prepareApplication(item: TransactionItem, keys: CaseKeys): PreparedItem | null {
  if (item.kind !== APPLICATION_KIND) return null;
  return prepareCase(item, 'application', (payload) => {
    const data = parseOrRefuse(applicationDataSchema, payload.data, 'payload.data');
    const personal = parseOrRefuse(applicationPersonalSchema, payload.personal, 'payload.personal');
    return {
      caseNumber: data.caseNumber,
      title: data.itemName,
      anonymous: false,
      idNumber: personal.idNumber,
      queryCodeHash: data.queryCodeHash,
      details: { itemId: data.itemId, fields: personal.fields, ...attachmentDetails(data, personal) },
      smsNotice: personal.smsNotice ?? null,
      // The manifest stays with the transaction: the attachment upload checks each page against it.
      storedData: {
        caseNumber: data.caseNumber,
        itemId: data.itemId,
        itemName: data.itemName,
        ...(data.attachments && { attachments: data.attachments }),
        ...(data.signature && { signature: data.signature }),
        ...(data.materialsAtCounter && { materialsAtCounter: true }),
      },
    };
  }, keys);
}
