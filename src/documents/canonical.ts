// The canonical form of a document's content: what a signature binds. Parsed YAML → canonical JSON in the
// manner of RFC 8785 (JCS): keys sorted by UTF-16 code units, no whitespace, shortest round-trip numbers,
// strings in NFC. Re-formatting, comments, key order and quoting style therefore never change the digest.

import { createHash } from 'node:crypto';

export function canonicalContent(value: unknown): string {
  return serialize(value, []);
}

/** `sha256:<hex>` of the canonical content. */
export function contentDigest(value: unknown): string {
  return `sha256:${createHash('sha256').update(canonicalContent(value), 'utf8').digest('hex')}`;
}

function serialize(value: unknown, path: string[]): string {
  if (value === null || value === undefined) return 'null';
  switch (typeof value) {
    case 'boolean':
      return value ? 'true' : 'false';
    case 'number':
      return serializeNumber(value, path);
    case 'bigint':
      return value.toString();
    case 'string':
      return JSON.stringify(value.normalize('NFC'));
    case 'object':
      break;
    default:
      throw new TypeError(`Cannot put a ${typeof value} into canonical content at /${path.join('/')}`);
  }
  if (Array.isArray(value)) return `[${value.map((item, index) => serialize(item, [...path, String(index)])).join(',')}]`;
  // YAML 1.2 core gives plain objects; a Date or Map here would mean a parser setting changed under us.
  if (Object.getPrototypeOf(value) !== Object.prototype && Object.getPrototypeOf(value) !== null) {
    throw new TypeError(`Cannot put a ${(value as object).constructor?.name ?? 'value'} into canonical content at /${path.join('/')}`);
  }
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, item]) => item !== undefined)
    .map(([key, item]) => [key.normalize('NFC'), item] as const)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${serialize(item, [...path, key])}`).join(',')}}`;
}

/** ECMAScript's Number-to-String is the shortest round-trip form JCS asks for; -0 is 0 and non-finite has no JSON. */
function serializeNumber(value: number, path: string[]): string {
  if (!Number.isFinite(value)) throw new TypeError(`A number at /${path.join('/')} is not finite (${value}); it has no canonical form`);
  return Object.is(value, -0) ? '0' : String(value);
}
