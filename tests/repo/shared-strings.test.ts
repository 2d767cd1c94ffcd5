// What a validation keeps of tens of thousands of documents repeats the same ids and JSON pointers: every string of a
// worker's results goes through one table, so that equal strings are one copy.

import { describe, expect, it } from 'vitest';
import { shareStrings, stringTable } from '../../src/repo/interner.js';

describe('stringTable', () => {
  it('answers the first copy of each value', () => {
    const share = stringTable();
    const first = ['cd-bo-noi-vu', '/scores/0/criterion'].join('');
    const again = ['cd-bo-noi-vu', '/scores/0/criterion'].join('');
    expect(share(first)).toBe(first);
    expect(share(again)).toBe(first);
    expect(share('other')).toBe('other');
  });
});

describe('shareStrings', () => {
  it('puts every string of arrays, objects and maps through the table, keys and numbers left as they are', () => {
    const seen: string[] = [];
    const share = (text: string) => {
      seen.push(text);
      return text.toUpperCase();
    };
    const bytes = new Uint8Array([1, 2]);
    const value = {
      issues: [{ code: 'ref-unknown', line: 3, args: { id: 'cd-a' } }],
      facts: { kind: 'report', year: 2024, parties: [{ id: 'cd-b', path: '/parties/0' }], ids: [], taskIds: ['t-1', 't-2'] },
      map: new Map([['key', 'value'], ['nested', { deep: ['x'] }]]),
      bytes,
      nothing: null,
      flag: true,
    };
    shareStrings(value, share);
    expect(value.issues[0]).toEqual({ code: 'REF-UNKNOWN', line: 3, args: { id: 'CD-A' } });
    expect(value.facts).toEqual({ kind: 'REPORT', year: 2024, parties: [{ id: 'CD-B', path: '/PARTIES/0' }], ids: [], taskIds: ['T-1', 'T-2'] });
    expect([...value.map]).toEqual([['key', 'VALUE'], ['nested', { deep: ['X'] }]]);
    expect(value.bytes).toBe(bytes);
    expect(value.nothing).toBeNull();
    expect(seen).toHaveLength(9);
  });

  it('leaves a lone string or number alone (nothing to replace in place)', () => {
    const share = stringTable();
    expect(() => shareStrings('text', share)).not.toThrow();
    expect(() => shareStrings(3, share)).not.toThrow();
  });
});
