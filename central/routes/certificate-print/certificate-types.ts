// The certificate types this reference hub issues, by the id the catalog uses. A real platform
// answers from its registries; this stand-in answers from records an admin loads (kioskctl).
export const issuedTypes: Readonly<Record<string, string>> = {
  'social-insurance': '社保参保缴费证明',
  residence: '居住证明',
  'household-registration': '户籍证明',
};

export function titleOf(type: string): string | null {
  return Object.hasOwn(issuedTypes, type) ? issuedTypes[type]! : null;
}
