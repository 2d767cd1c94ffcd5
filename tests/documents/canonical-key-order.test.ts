// The canonical form orders keys by UTF-16 code units (JCS). Mappings of up to 16 keys are put in order in place
// rather than by Array.prototype.sort: on generated mappings of 0–24 keys, Vietnamese and ASCII, with shared
// prefixes, both orders must give the same bytes.
import { describe, expect, test } from 'vitest';
import { canonicalContent } from '../../src/documents/canonical.js';
import { seededRandom } from '../helpers/seeded-random.js';

const LETTERS = ['a', 'b', 'z', 'A', 'Z', '_', '-', 'đ', 'Đ', 'ă', 'ơ', 'ư', 'ệ', 'ỹ', 'á', '1', '9', '₫', '№', ' '];

/** JCS by the default sort, written out directly. */
function reference(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(reference).join(',')}]`;
  if (value && typeof value === 'object') {
    const object = value as Record<string, unknown>;
    return `{${Object.keys(object).sort().map((key) => `${JSON.stringify(key)}:${reference(object[key])}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

describe('canonical key order', () => {
  test('agrees with the default sort on 5,000 generated mappings', () => {
    const random = seededRandom(8785);
    const word = () => {
      let text = String.fromCharCode(97 + Math.floor(random() * 3));
      const length = Math.floor(random() * 5);
      for (let index = 0; index < length; index++) text += LETTERS[Math.floor(random() * LETTERS.length)];
      return text;
    };
    for (let round = 0; round < 5_000; round++) {
      const object: Record<string, unknown> = {};
      const count = Math.floor(random() * 25);
      for (let index = 0; index < count; index++) object[word()] = random() < 0.2 ? { [word()]: 1, [word()]: [word()] } : word();
      expect(canonicalContent(object), JSON.stringify(Object.keys(object))).toBe(reference(object));
    }
  });
});
