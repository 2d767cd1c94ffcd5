// The compact records the history keeps for a large archive: a bit per commit for the key history's ancestry marks,
// shared one-item lists, and no change list for a commit that changed nothing.
import { describe, expect, test } from 'vitest';
import { CommitMarks } from '../../src/repo/commit-marks.js';
import { parseRawLog } from '../../src/repo/history.js';
import { interner } from '../../src/repo/interner.js';

describe('CommitMarks', () => {
  test('marks exactly the positions set, across byte boundaries, and nothing outside the history', () => {
    const marks = new CommitMarks(17);
    for (const position of [0, 7, 8, 16]) marks.set(position);
    const set = Array.from({ length: 17 }, (_, position) => position).filter((position) => marks.has(position));
    expect(set).toEqual([0, 7, 8, 16]);
    expect(marks.has(-1)).toBe(false);
    expect(marks.has(17)).toBe(false);
    expect(marks.has(24)).toBe(false);
  });
});

describe('interner lists', () => {
  test('a one-item list is never taken for another list, whatever its text', () => {
    const same = interner();
    const one = same.list(['a']);
    expect(same.list(['a'])).toBe(one);
    expect(same.list(['["a"]'])).not.toBe(one);
    expect(same.list(['a', 'b'])).not.toBe(same.list(['["a","b"]']));
    expect(same.list(['a,b'])).not.toBe(same.list(['a', 'b']));
    expect(same.list(['\u0001a'])).not.toBe(one);
    expect(same.list(['["a"]'])).toEqual(['["a"]']);
    expect(same.list([])).toEqual([]);
  });
});

describe('parseRawLog', () => {
  test('a record without changes has no entry; the others keep every change in order', () => {
    const blob = 'b'.repeat(40);
    const zero = '0'.repeat(40);
    // As `git log --raw -M --no-abbrev -z --format=%x01%H` writes it; a merge's record has no raw lines.
    const text = [
      `\x01${'1'.repeat(40)}\0`,
      `\x01${'2'.repeat(40)}\0\n:100644 100644 ${zero} ${blob} M\0a.yaml\0:100644 100644 ${zero} ${blob} R090\0b.yaml\0c.yaml\0`,
    ].join('');
    const changes = parseRawLog(text);
    expect(changes.has('1'.repeat(40))).toBe(false);
    expect(changes.get('2'.repeat(40))).toEqual([
      { status: 'M', path: 'a.yaml', blob },
      { status: 'R', from: 'b.yaml', path: 'c.yaml', blob },
    ]);
  });
});
