// 诉求反映 at the hub: a `demand` transaction becomes a case at 已接件. The clerk gets the words, the
// place and the callback phone; an anonymous demand is nobody's (no pseudonym) and opens only with
// its 查询码.
import { demandDataSchema, demandPersonalSchema, DEMAND_KIND } from '../../../shared/contract/cases.ts';
import type { TransactionItem } from '../../../shared/contract/schemas.ts';
import { parseOrRefuse, prepareCase } from '../cases/ingest-case.ts';
import type { CaseKeys } from '../cases/resident-key.ts';
import type { PreparedItem } from '../transaction-kinds.ts';

export function prepareDemand(item: TransactionItem, keys: CaseKeys): PreparedItem | null {
  if (item.kind !== DEMAND_KIND) return null;
  return prepareCase(item, 'demand', (payload) => {
    const data = parseOrRefuse(demandDataSchema, payload.data, 'payload.data');
    const personal = parseOrRefuse(demandPersonalSchema, payload.personal, 'payload.personal');
    return {
      caseNumber: data.caseNumber,
      title: data.category,
      anonymous: data.anonymous,
      idNumber: personal.idNumber,
      queryCodeHash: data.queryCodeHash,
      details: { category: data.category, siteId: data.siteId, description: personal.description, placeText: personal.placeText, callbackPhone: personal.callbackPhone },
      storedData: { caseNumber: data.caseNumber, category: data.category, siteId: data.siteId, anonymous: data.anonymous },
      smsNotice: personal.smsNotice ?? null,
    };
  }, keys);
}
