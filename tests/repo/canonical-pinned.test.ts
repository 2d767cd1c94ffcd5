// The canonical form is what every signature binds: these outputs were written by the first implementation
// (JSON per value, entries sorted with a comparator, NFC on every string) and must never change, however the
// writer is made faster. A second check runs that implementation itself over many documents and values.

import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { canonicalContent, contentDigest } from '../../src/documents/canonical.js';
import { parseSource } from '../../src/documents/parse.js';
import { generatedDocument, mutatedDocument, random } from '../documents/fast-yaml-corpus.js';
import { yamlFilesUnder } from '../documents/fast-yaml-support.js';

function own(entries: Array<[string, unknown]>, prototype: object | null = Object.prototype): Record<string, unknown> {
  const object = Object.create(prototype) as Record<string, unknown>;
  for (const [key, value] of entries) Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true });
  return object;
}

const holes: unknown[] = [1, , 3]; // eslint-disable-line no-sparse-arrays
holes.length = 5;

const DOCUMENT = '# Ghi chú\nkind: compact\nyear: 2024\ntheme: "\u0110\u1ED5i m\u1EDBi\\u0301 s\u00E1ng t\u1EA1o"\nparties: [a, b]\n__proto__: x\nnumbers: [3, "5-7", -0, 1e3, .5]\ntext: >-\n  C\u0103n c\u1EE9\n  Ngh\u1ECB quy\u1EBFt\n"10": m\u01B0\u1EDDi\n';

const CASES: Record<string, unknown> = {
  // Decomposed text in keys and values; a precomposed letter followed by a mark; a singleton (Ohm); Hangul jamo.
  nfd: { ['Thi \u0111ua'.normalize('NFD')]: '\u0110\u1ED5i m\u1EDBi s\u00E1ng t\u1EA1o'.normalize('NFD'), list: ['C\u00F4ng \u0111o\u00E0n'.normalize('NFD'), '\u1EA1\u0302', '\u2126', '\u1100\u1161', 'A\u030A', 'e\u0301\u0323'] },
  // Two keys with one normal form are both written, in the order Object.entries gives them.
  collide: own([['e\u0301', 2], ['\u00E9', 1], ['d', own([['\u00EA\u0301', 'x'], ['\u1EBF', 'y']])]]),
  numbers: [-0, 0, 1.0, 1e21, 1e-7, 0.1 + 0.2, 2 ** 53 + 2, -1.5e300, 123456789012345680000, 5e-324, 10n],
  nested: [[[]], [1, [2, [[], {}]]], {}, '', [null, undefined, true, false]],
  // UTF-16 code units, not code points: the emoji's surrogate (D83D) sorts before U+FB01; index-like keys as text.
  order: own([['b', 1], ['B', 2], ['a', 3], ['\u00E9', 4], ['\u{1F600}', 5], ['\uFB01', 6], ['10', 7], ['2', 8], ['1', 9], ['', 10], ['a b', 11], ['_', 12], ['\u00E9\u0000', 13], ['\u2126', 14], ['\u03A9', 15]]),
  proto: own([['__proto__', own([['x\u0301', 'e\u0301']])], ['b', 1]]),
  bare: own([['z', 1], ['__proto__', 2], ['a', []]], null),
  escapes: { s: '"\\/\b\f\n\r\t\u0000\u001f\u007f\u2028\u2029\ud800 \udc00x\u{1F600}', 'k"\n': 'v' },
  dropped: { u: undefined, n: null, holes, inner: [undefined] },
  doc: parseSource(DOCUMENT).value,
};

const EXPECTED: Record<string, [string, string]> = {
nfd: ['{"Thi \u0111ua":"\u0110\u1ED5i m\u1EDBi s\u00E1ng t\u1EA1o","list":["C\u00F4ng \u0111o\u00E0n","\u1EAD","\u03A9","\uAC00","\u00C5","\u1EB9\u0301"]}', 'sha256:3335e0c678a6a2f97bad800526240e2c839620c1c6364b5eb825a319bc43f385'],
  collide: ['{"d":{"\u1EBF":"x","\u1EBF":"y"},"\u00E9":2,"\u00E9":1}', 'sha256:fda763d05d1acfeb946137c351e566e60bdd928b7dbe734ba88aee7aff19879f'],
  numbers: ['[0,0,1,1e+21,1e-7,0.30000000000000004,9007199254740994,-1.5e+300,123456789012345680000,5e-324,10]', 'sha256:d505f50e08f0727c0cbf6ad4f7c9686288abb02852492825f5ddb63f730caebe'],
  nested: ['[[[]],[1,[2,[[],{}]]],{},"",[null,null,true,false]]', 'sha256:c760e532de9c7e06135b20bc7b00858ce42466052c4fa1f42e4ae45c55281ef0'],
  order: ['{"":10,"1":9,"10":7,"2":8,"B":2,"_":12,"a":3,"a b":11,"b":1,"\u00E9":4,"\u00E9\\u0000":13,"\u03A9":14,"\u03A9":15,"\u{1F600}":5,"\uFB01":6}', 'sha256:bd25c0d1e8c675233fa4c48f277d08d653d0bd3ee091667f0df6cd7099ee6aaf'],
  proto: ['{"__proto__":{"x\u0301":"\u00E9"},"b":1}', 'sha256:b99844a87c6aae9a4281905204615057ec79f645fde6d74bd3930cd31112f50a'],
  bare: ['{"__proto__":2,"a":[],"z":1}', 'sha256:4ef1b5e60bbf685e718f51581bb1ae12189baf276f59aa8160ca0ae1dfc04bb5'],
  escapes: ['{"k\\"\\n":"v","s":"\\"\\\\/\\b\\f\\n\\r\\t\\u0000\\u001f\u007F\u2028\u2029\\ud800 \\udc00x\u{1F600}"}', 'sha256:5f7885939ac1dfdf13bb98a7ad74fb840ff0243e042abb9b6d99b13837f07666'],
  dropped: ['{"holes":[1,,3,,],"inner":[null],"n":null}', 'sha256:4ad31e49118a78ec9b97cef9e2e087542a970e79d80b7d485b1c6d4adec49927'],
  doc: ['{"10":"m\u01B0\u1EDDi","__proto__":"x","kind":"compact","numbers":[3,"5-7",0,1000,0.5],"parties":["a","b"],"text":"C\u0103n c\u1EE9 Ngh\u1ECB quy\u1EBFt","theme":"\u0110\u1ED5i m\u1EDB\u00ED s\u00E1ng t\u1EA1o","year":2024}', 'sha256:4fde4b3e7ddb80b40adccf221de8dd7f014202ce06143d44ce6ea0153a4bb7ca'],
};

const REFUSED: Array<[unknown, string]> = [
  [{ a: [1, { when: new Date(0) }] }, 'Cannot put a Date into canonical content at /a/1/when'],
  [{ a: { b: [0, Number.NaN] } }, 'A number at /a/b/1 is not finite (NaN); it has no canonical form'],
  [{ 'k\u0301': [() => 1] }, 'Cannot put a function into canonical content at /\u1E31/0'],
  [{ m: new Map() }, 'Cannot put a Map into canonical content at /m'],
  [{ s: Symbol('x') }, 'Cannot put a symbol into canonical content at /s'],
  [{ i: -Infinity }, 'A number at /i is not finite (-Infinity); it has no canonical form'],
];

describe('canonical content, pinned', () => {
  test.each(Object.keys(EXPECTED))('%s: the same bytes and digest as ever', (name) => {
    const [canonical, digest] = EXPECTED[name];
    expect(canonicalContent(CASES[name])).toBe(canonical);
    expect(contentDigest(CASES[name])).toBe(digest);
  });

  test('values with no canonical form are refused with the same message and place', () => {
    for (const [value, message] of REFUSED) expect(() => canonicalContent(value)).toThrow(new TypeError(message));
  });
});

/** The first implementation, verbatim but for names: the reference every signed digest was computed with. */
function reference(value: unknown, path: string[] = []): string {
  if (value === null || value === undefined) return 'null';
  switch (typeof value) {
    case 'boolean':
      return value ? 'true' : 'false';
    case 'number':
      if (!Number.isFinite(value)) throw new TypeError(`A number at /${path.join('/')} is not finite (${value}); it has no canonical form`);
      return Object.is(value, -0) ? '0' : String(value);
    case 'bigint':
      return value.toString();
    case 'string':
      return JSON.stringify(value.normalize('NFC'));
    case 'object':
      break;
    default:
      throw new TypeError(`Cannot put a ${typeof value} into canonical content at /${path.join('/')}`);
  }
  if (Array.isArray(value)) return `[${value.map((item, index) => reference(item, [...path, String(index)])).join(',')}]`;
  if (Object.getPrototypeOf(value) !== Object.prototype && Object.getPrototypeOf(value) !== null) {
    throw new TypeError(`Cannot put a ${(value as object).constructor?.name ?? 'value'} into canonical content at /${path.join('/')}`);
  }
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, item]) => item !== undefined)
    .map(([key, item]) => [key.normalize('NFC'), item] as const)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${reference(item, [...path, key])}`).join(',')}}`;
}

function referenceDigest(value: unknown): string {
  return `sha256:${createHash('sha256').update(reference(value), 'utf8').digest('hex')}`;
}

/** The result or the refusal, so that both implementations are compared on values with no canonical form too. */
function outcome(work: () => string): string {
  try {
    return work();
  } catch (error) {
    return `${(error as Error).constructor.name}: ${(error as Error).message}`;
  }
}

/** Text that NFC may or may not change: Vietnamese in both forms, marks, singletons, surrogates, index-like text. */
const PIECES = ['a', 'year', 'kind', 'Z', '10', '0', '1e3', '\u0111', '\u1EC7', 'e\u0302\u0323', '\u0301', '\u2126', '\u212B', '\u1100', '\u1161', '\u00C5', '\u{1F600}', '\ud800', '\u201C', '\u2026', '\u20AB', '\u2116', '"', '\\', '\n', ' ', '__proto__', '\u0340', '\u0F73'];

function randomValue(next: () => number, depth: number): unknown {
  const text = () => Array.from({ length: Math.floor(next() * 4) }, () => PIECES[Math.floor(next() * PIECES.length)]).join('');
  const roll = next();
  if (depth > 3 || roll < 0.35) return text();
  if (roll < 0.45) return [0, -0, 1.5, -2e-9, 1e21, 2 ** 53, 3, Number.NaN, 7n][Math.floor(next() * 9)];
  if (roll < 0.5) return [null, true, false, undefined][Math.floor(next() * 4)];
  if (roll < 0.7) return Array.from({ length: Math.floor(next() * 4) }, () => randomValue(next, depth + 1));
  return own(Array.from({ length: Math.floor(next() * 5) }, () => [text(), randomValue(next, depth + 1)] as [string, unknown]), next() < 0.1 ? null : Object.prototype);
}

describe('canonical content, against the first implementation', () => {
  test('every example and fixture document, and generated and mutated documents', () => {
    const texts = [...yamlFilesUnder('examples'), ...yamlFilesUnder('tests/fixtures')].map((path) => readFileSync(path, 'utf8'));
    for (let seed = 1; seed <= 300; seed++) texts.push(generatedDocument(seed), mutatedDocument(texts[seed % 20], seed));
    let compared = 0;
    for (const text of texts) {
      const parsed = parseSource(text);
      if (parsed.problems.length > 0) continue;
      expect(outcome(() => contentDigest(parsed.value))).toBe(outcome(() => referenceDigest(parsed.value)));
      compared++;
    }
    expect(compared).toBeGreaterThan(300);
  });

  test('random values: text in and out of NFC, colliding and index-like keys, -0, undefined, null prototypes', () => {
    const next = random(17);
    for (let round = 0; round < 3000; round++) {
      const value = randomValue(next, 0);
      expect(outcome(() => canonicalContent(value))).toBe(outcome(() => reference(value)));
    }
  });
});
