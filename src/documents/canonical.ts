// The canonical form of a document's content: what a signature binds. Parsed YAML → canonical JSON in the
// manner of RFC 8785 (JCS): keys sorted by UTF-16 code units, no whitespace, shortest round-trip numbers,
// strings in NFC. Re-formatting, comments, key order and quoting style therefore never change the digest.
// Every signed digest depends on these exact bytes: tests/repo/canonical-pinned.test.ts pins them.

import crypto from 'node:crypto';
import { MAYBE_NOT_NFC } from './nfc-safe.js';

/** Thrown by the fast pass at anything it leaves to the writer that handles every case. */
const UNUSUAL = Symbol('unusual');
/** A key V8 enumerates before all others, in numeric order: JSON.stringify would not write it where JCS puts it. */
const ARRAY_INDEX = /^(?:0|[1-9][0-9]*)$/;

export function canonicalContent(value: unknown): string {
  try {
    // The common case natively: a copy with sorted keys and NFC strings, written by JSON.stringify, whose strings,
    // numbers (-0 included) and key escapes are exactly those of the writer below.
    return JSON.stringify(sortedCopy(value));
  } catch (error) {
    if (error !== UNUSUAL) throw error;
    return serialize(value, []);
  }
}

/** `sha256:<hex>` of the canonical content. */
export function contentDigest(value: unknown): string {
  return `sha256:${sha256Hex(canonicalContent(value))}`;
}

// One-shot hashing (Node ≥ 20.12) spares the Hash object; older runtimes take the stream.
const sha256Hex: (text: string) => string =
  typeof crypto.hash === 'function'
    ? (text) => crypto.hash('sha256', text, 'hex')
    : (text) => crypto.createHash('sha256').update(text, 'utf8').digest('hex');

/**
 * `value` as JSON.stringify must see it to write the canonical form; throws UNUSUAL at anything whose canonical
 * form, or error, only `serialize` gives: keys that are array indices, that NFC may change or that are __proto__,
 * array holes, non-finite numbers, bigints and values that are not JSON.
 */
function sortedCopy(value: unknown): unknown {
  switch (typeof value) {
    case 'string':
      return nfc(value);
    case 'number':
      if (!Number.isFinite(value)) throw UNUSUAL;
      return value;
    case 'boolean':
      return value;
    case 'object':
      if (value === null) return null;
      break;
    default:
      throw UNUSUAL;
  }
  if (Array.isArray(value)) {
    const copy: unknown[] = new Array(value.length);
    for (let index = 0; index < value.length; index++) {
      const item = value[index];
      if (item === undefined && !(index in value)) throw UNUSUAL;
      copy[index] = item === undefined ? null : sortedCopy(item);
    }
    return copy;
  }
  const prototype = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== null) throw UNUSUAL;
  const object = value as Record<string, unknown>;
  const keys = sortedKeys(object);
  const copy: Record<string, unknown> = {};
  for (const key of keys) {
    const item = object[key];
    if (item === undefined) continue;
    const first = key.charCodeAt(0);
    if ((first <= 0x39 && first >= 0x30 && ARRAY_INDEX.test(key)) || MAYBE_NOT_NFC.test(key) || key === '__proto__') throw UNUSUAL;
    copy[key] = sortedCopy(item);
  }
  return copy;
}

function nfc(text: string): string {
  return MAYBE_NOT_NFC.test(text) ? text.normalize('NFC') : text;
}

/** Every value, the unusual ones included; `path` is kept in step with the walk for the place of an error. */
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
      return JSON.stringify(nfc(value));
    case 'object':
      break;
    default:
      fail(path, (at) => `Cannot put a ${typeof value} into canonical content at ${at}`);
  }
  if (Array.isArray(value)) return serializeArray(value, path);
  // YAML 1.2 core gives plain objects; a Date or Map here would mean a parser setting changed under us.
  const prototype = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== null) {
    fail(path, (at) => `Cannot put a ${(value as object).constructor?.name ?? 'value'} into canonical content at ${at}`);
  }
  return serializeObject(value as Record<string, unknown>, path);
}

function serializeArray(items: unknown[], path: string[]): string {
  let out = '[';
  for (let index = 0; index < items.length; index++) {
    if (index > 0) out += ',';
    const item = items[index];
    // A hole was skipped by map() and written as nothing by join(): kept so, though YAML never makes one.
    if (item === undefined && !(index in items)) continue;
    path.push(String(index));
    out += serialize(item, path);
    path.pop();
  }
  return out + ']';
}

function serializeObject(object: Record<string, unknown>, path: string[]): string {
  const entries = Object.entries(object)
    .filter(([, item]) => item !== undefined)
    .map(([key, item]) => [nfc(key), item] as const)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  let out = '{';
  for (const [key, item] of entries) {
    if (out.length > 1) out += ',';
    path.push(key);
    out += `${JSON.stringify(key)}:${serialize(item, path)}`;
    path.pop();
  }
  return out + '}';
}

/** ECMAScript's Number-to-String is the shortest round-trip form JCS asks for; -0 is 0 and non-finite has no JSON. */
function serializeNumber(value: number, path: string[]): string {
  if (!Number.isFinite(value)) fail(path, (at) => `A number at ${at} is not finite (${value}); it has no canonical form`);
  return value === 0 ? '0' : String(value);
}

function fail(path: string[], message: (at: string) => string): never {
  throw new TypeError(message(`/${path.join('/')}`));
}

/**
 * The object's keys in UTF-16 code unit order, as JCS asks and the default sort gives. A document's mappings have a
 * handful of keys each: they are put in order in place, without the copy and work array Array.prototype.sort
 * allocates for every call (a tenth of what digesting a document allocated).
 */
function sortedKeys(object: object): string[] {
  const keys = Object.keys(object);
  if (keys.length > 16) return keys.sort();
  for (let index = 1; index < keys.length; index++) {
    const key = keys[index]!;
    let at = index - 1;
    // String comparison is by UTF-16 code units, the default sort's order.
    while (at >= 0 && keys[at]! > key) {
      keys[at + 1] = keys[at]!;
      at--;
    }
    keys[at + 1] = key;
  }
  return keys;
}
