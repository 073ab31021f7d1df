// 事项办理 at the hub: an `application` transaction becomes a case at 已接件. The clerk gets the item
// and the form's answers; the ID number becomes the case's resident pseudonym and is not kept.
import { applicationDataSchema, applicationPersonalSchema, APPLICATION_KIND } from '../../../shared/contract/cases.ts';
import type { TransactionItem } from '../../../shared/contract/schemas.ts';
import { parseOrRefuse, prepareCase } from '../cases/ingest-case.ts';
import type { CaseKeys } from '../cases/resident-key.ts';
import type { PreparedItem } from '../transaction-kinds.ts';

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
      details: { itemId: data.itemId, fields: personal.fields },
      storedData: { caseNumber: data.caseNumber, itemId: data.itemId, itemName: data.itemName },
      smsNotice: personal.smsNotice ?? null,
    };
  }, keys);
}
