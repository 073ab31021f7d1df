// Numbers a resident must remember (ticket A012, a case number) are spoken one character at a
// time, with a pause between: "A，0，1，2", never "A one hundred twelve".
export function spellOut(code: string, separator = '，'): string {
  return [...code.replace(/\s+/g, '')].join(separator);
}
