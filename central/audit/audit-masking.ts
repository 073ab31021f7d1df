// What of a change the audit log keeps: enough to say what changed, never a resident's personal
// data in full. Resident fields are masked as the workbench masks them (张*民, 139****5678,
// 5107**********1230, 东村**), and ID numbers or mobile numbers typed into free text (a reply, a
// 督办 note, a reason) are masked where they appear. Staff user names stay: they are the "who".
import { maskIdNumber, maskPhone } from '../../shared/mask.ts';
import { maskValue } from '../routes/workbench/masking.ts';

/** Keys that name staff or places of the county, not residents. */
const NOT_PERSONAL = new Set(['username', 'displayName', 'by', 'actor', 'clerk', 'assignedTo', 'siteName', 'itemName']);
const ID_IN_TEXT = /(?<![0-9])([0-9]{17}[0-9Xx]|[0-9]{15})(?![0-9])/g;
const MOBILE_IN_TEXT = /(?<![0-9])(1[3-9][0-9]{9})(?![0-9])/g;

function scrubText(text: string): string {
  return text.replace(ID_IN_TEXT, (id) => maskIdNumber(id)).replace(MOBILE_IN_TEXT, (phone) => maskPhone(phone));
}

/** A copy of `value` fit for the audit log, at any depth. */
export function auditSafe(value: unknown, key = ''): unknown {
  if (typeof value === 'string') return NOT_PERSONAL.has(key) ? value : scrubText(String(maskValue(key, value)));
  if (Array.isArray(value)) return value.map((v) => auditSafe(v, key));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, auditSafe(v, k)]));
  return value ?? null;
}
