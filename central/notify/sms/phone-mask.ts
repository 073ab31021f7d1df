// A phone as admins, logs and errors show it: the first 3 and last 4 digits (138****1111), the
// way Chinese services print a number back to its owner. The full number lives only in the
// outbox row and the opt-in table, and is handed only to the SMS provider.
export function maskPhone(phone: string | null): string | null {
  if (phone === null) return null;
  return phone.length >= 7 ? `${phone.slice(0, 3)}****${phone.slice(-4)}` : '****';
}
