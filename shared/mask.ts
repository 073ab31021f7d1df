// Masking of personal data for screen and paper: enough for a resident to recognise themselves,
// not enough for a passer-by to learn who they are.

/** 张伟 → 张*, 张伟民 → 张*民, 阿依古丽·买买提 → 阿******提, Zhang Wei → Z*******i */
export function maskName(name: string): string {
  const chars = Array.from(name.trim());
  if (chars.length === 0) return '';
  if (chars.length <= 2) return chars[0] + '*';
  return chars[0] + '*'.repeat(chars.length - 2) + chars[chars.length - 1];
}

/** 110101199003077777 → 1101**********7777 (first 4, last 4) */
export function maskIdNumber(id: string): string {
  if (id.length <= 8) return '*'.repeat(id.length);
  return id.slice(0, 4) + '*'.repeat(id.length - 8) + id.slice(-4);
}

/** A card number shows only its last four digits. */
export function maskCardNumber(number: string): string {
  return `尾号${number.slice(-4)}`;
}

/** 13812345678 → 138****5678; a landline 028-85551234 → 028****1234 (area code and last four). */
export function maskPhone(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  if (digits.length < 8) return '*'.repeat(digits.length);
  const head = digits.startsWith('0') ? digits.slice(0, digits.length > 11 ? 4 : 3) : digits.slice(0, 3);
  return `${head}****${digits.slice(-4)}`;
}
