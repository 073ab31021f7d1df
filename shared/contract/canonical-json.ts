// Canonical JSON: the exact bytes a document signature covers. Both central and the kiosk must
// produce the same text for the same value, so object keys are sorted (by UTF-16 code units, as
// Array.prototype.sort does) at every depth and no whitespace is emitted.

/** Serialises `value` as JSON with object keys sorted recursively and no whitespace. */
export function canonicalJson(value: unknown): string {
  return serialise(value, '$');
}

function serialise(value: unknown, where: string): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return JSON.stringify(value);
    case 'number':
      // NaN and Infinity have no JSON form; silently writing null would sign something else.
      if (!Number.isFinite(value)) throw new TypeError(`canonicalJson: ${where} is not a finite number`);
      return JSON.stringify(value);
    case 'object': {
      if (Array.isArray(value)) {
        return `[${value.map((item, i) => serialise(item === undefined ? null : item, `${where}[${i}]`)).join(',')}]`;
      }
      const maybeJson = value as { toJSON?: () => unknown };
      if (typeof maybeJson.toJSON === 'function') return serialise(maybeJson.toJSON(), where);
      const record = value as Record<string, unknown>;
      const keys = Object.keys(record)
        .filter((key) => record[key] !== undefined) // as JSON.stringify: undefined members vanish
        .sort();
      return `{${keys.map((key) => `${JSON.stringify(key)}:${serialise(record[key], `${where}.${key}`)}`).join(',')}}`;
    }
    default:
      throw new TypeError(`canonicalJson: ${where} has type ${typeof value}, which JSON cannot carry`);
  }
}
