// Personal data on the workbench: lists show only a masked name and a phone's tail (enough for a
// clerk to recognise a caller, not enough for a passer-by behind them); the case page shows them
// masked to everyone until whoever handles the case (clerk, admin) presses 查看, which is audited
// (reveal-routes.ts); supervisors and auditors never get them in full.
import { maskIdNumber, maskName, maskPhone } from '../../../shared/mask.ts';

const ID_NUMBER = /^[0-9]{17}[0-9Xx]$|^[0-9]{15}$/;
const PHONE = /^1[3-9][0-9]{9}$|^0[0-9]{2,3}-?[0-9]{7,8}$/;
// Shared with the case search (case-search.ts), which finds the same fields in SQL.
export const NAME_KEY_PATTERN = 'name|姓名|申请人|联系人';
export const PHONE_KEY_PATTERN = 'phone|mobile|tel|电话|手机';
const NAME_KEY = new RegExp(NAME_KEY_PATTERN, 'i');
const PHONE_KEY = new RegExp(PHONE_KEY_PATTERN, 'i');
const ID_KEY = /idNumber|身份证|证件号/i;
const ADDRESS_KEY = /address|placeText|地址|住址|地点/i;

/** 东村村口 → 东村**: the first third (at most 6 characters) says roughly where, not the door. */
export function maskAddress(address: string): string {
  const chars = Array.from(address.trim());
  const kept = Math.min(6, Math.ceil(chars.length / 3));
  return chars.slice(0, kept).join('') + '*'.repeat(Math.min(6, chars.length - kept));
}

/** One field's value masked by what its key says it is (or by its shape: an ID or phone number). */
export function maskValue(key: string, value: unknown): unknown {
  if (typeof value !== 'string') return value;
  if (ID_KEY.test(key) || ID_NUMBER.test(value)) return maskIdNumber(value);
  if (PHONE_KEY.test(key) || PHONE.test(value)) return maskPhone(value);
  if (NAME_KEY.test(key)) return maskName(value);
  if (ADDRESS_KEY.test(key)) return maskAddress(value);
  return value;
}

/** The details with every name, phone and ID number masked, one level into form fields. */
export function maskDetails(details: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(details).map(([key, value]) => {
      if (value && typeof value === 'object' && !Array.isArray(value)) {
        return [key, Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, maskValue(k, v)]))];
      }
      return [key, maskValue(key, value)];
    }),
  );
}

function fieldsOf(details: Record<string, unknown>): Record<string, unknown> {
  const fields = details.fields;
  return fields && typeof fields === 'object' && !Array.isArray(fields) ? { ...details, ...(fields as Record<string, unknown>) } : details;
}

/** The list's "who": 张*民 · 尾号5678, or what is known of it; null for an anonymous demand. */
export function residentLabel(details: Record<string, unknown>): string | null {
  const all = fieldsOf(details);
  const name = Object.entries(all).find(([k, v]) => NAME_KEY.test(k) && typeof v === 'string' && v.trim())?.[1] as string | undefined;
  const phone = Object.entries(all).find(([k, v]) => (PHONE_KEY.test(k) || k === 'callbackPhone') && typeof v === 'string' && v.trim())?.[1] as string | undefined;
  const parts = [name ? maskName(name) : null, phone ? `尾号${phone.replace(/\D/g, '').slice(-4)}` : null].filter(Boolean);
  return parts.length ? parts.join(' · ') : null;
}
