import { describe, expect, it } from 'vitest';
import { compareVi, givenName, sortPeopleVi } from '../../../src/render/vietnamese/collation.js';

// An independent statement of the rule, to check the runtime's collator against: base letters first, in the
// Vietnamese alphabet's order, case ignored; then tones position by position in dictionary order.
const ALPHABET = 'a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y'.split(' ');
const TONES = ['', '\u0300', '\u0309', '\u0303', '\u0301', '\u0323']; // none, huyền, hỏi, ngã, sắc, nặng

function split(letter: string): { base: number; tone: number } {
  const decomposed = letter.toLowerCase().normalize('NFD');
  const tone = TONES.findIndex((mark) => mark !== '' && decomposed.includes(mark));
  const base = decomposed.replace(/[\u0300\u0309\u0303\u0301\u0323]/gu, '').normalize('NFC');
  return { base: ALPHABET.indexOf(base), tone: Math.max(tone, 0) };
}

function referenceCompare(a: string, b: string): number {
  const x = [...a.normalize('NFC')].map(split);
  const y = [...b.normalize('NFC')].map(split);
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    if (x[i].base !== y[i].base) return x[i].base - y[i].base;
  }
  if (x.length !== y.length) return x.length - y.length;
  for (let i = 0; i < x.length; i++) {
    if (x[i].tone !== y[i].tone) return x[i].tone - y[i].tone;
  }
  return 0;
}

function withTone(base: string, tone: string): string {
  return (base + tone).normalize('NFC');
}

const LETTERS = ALPHABET.flatMap((base) => (/[aăâeêioôơuưy]/u.test(base) ? TONES.map((t) => withTone(base, t)) : [base]));
const WORDS = [
  ...LETTERS,
  ...LETTERS.map((letter) => letter.toUpperCase()),
  ...['a', 'ă', 'â', 'o', 'ơ', 'u', 'ư', 'd', 'đ'].flatMap((first) =>
    ['n', 'nh', 'ng', 'à', 'ạ', 'ơ', 'y'].map((rest) => withTone(first, '') + rest),
  ),
  ...['an', 'ăn', 'ân', 'àn', 'ản', 'ãn', 'án', 'ạn', 'ằn', 'ẩn', 'ất', 'anh', 'ánh', 'ạnh', 'ba', 'bà', 'bá', 'bác'],
];

describe('compareVi', () => {
  it('agrees with the Vietnamese rule on every pair of letters and sample words', () => {
    for (const a of WORDS) {
      for (const b of WORDS) {
        const expected = Math.sign(referenceCompare(a, b));
        if (expected !== 0) expect([a, b, Math.sign(compareVi(a, b))]).toEqual([a, b, expected]);
      }
    }
  });

  it('sorts the alphabet in Vietnamese order', () => {
    const shuffled = [...ALPHABET].reverse();
    expect(shuffled.sort(compareVi)).toEqual(ALPHABET);
  });

  it.each([
    ['a', 'ă'],
    ['ă', 'â'],
    ['d', 'đ'],
    ['e', 'ê'],
    ['o', 'ô'],
    ['ô', 'ơ'],
    ['u', 'ư'],
    ['Dũng', 'Đông'],
    ['an', 'àn'],
    ['àn', 'ản'],
    ['ản', 'ãn'],
    ['ãn', 'án'],
    ['án', 'ạn'],
    ['bạn', 'băn'],
    ['An', 'ăn'],
    ['an', 'Ăn'],
    ['Anh', 'Ánh'],
    ['An', 'An Bình'],
    ['Nguyễn Văn An', 'Nguyễn Văn Anh'],
    ['Phương', 'Phượng'],
    ['Thu', 'Thư'],
  ])('%s < %s', (a, b) => {
    expect(compareVi(a, b)).toBeLessThan(0);
    expect(compareVi(b, a)).toBeGreaterThan(0);
  });

  it('lets a tone decide only between words whose letters are equal', () => {
    expect(compareVi('bàc', 'bab')).toBeGreaterThan(0);
    expect(compareVi('ác', 'ăa')).toBeLessThan(0);
  });

  it('ignores case except to break a tie', () => {
    expect(compareVi('ANH', 'anh')).not.toBe(0);
    expect(compareVi('ANH', 'ánh')).toBeLessThan(0);
    expect(compareVi('Ánh', 'anhx')).toBeLessThan(0);
  });

  it('treats decomposed and composed text as equal', () => {
    expect(compareVi('Nguyễn Thị Hường', 'Nguyễn Thị Hường'.normalize('NFD'))).toBe(0);
    expect(compareVi('ấn'.normalize('NFD'), 'ăn')).toBeGreaterThan(0);
  });
});

describe('givenName', () => {
  it.each([
    ['Lê Thị Tường Thu', 'Thu'],
    ['Trần Quốc Phương', 'Phương'],
    ['  Nguyễn Văn Đông  ', 'Đông'],
    ['Hà Quốc Trung', 'Trung'],
    ['Thu', 'Thu'],
    ['Nguyễn\tVăn\nAn', 'An'],
    ['', ''],
  ])('%j → %j', (name, expected) => {
    expect(givenName(name)).toBe(expected);
  });
});

describe('sortPeopleVi', () => {
  it('sorts by given name, then by the whole name from the family name', () => {
    const people = [
      'Trần Quốc Phương',
      'Lê Thị Tường Thu',
      'Nguyễn Văn Đông',
      'Hà Quốc Trung',
      'Nguyễn Văn Dũng',
      'Lê Ánh',
      'Phạm Thị Anh',
      'Trần Văn An',
      'Nguyễn Văn An',
      'Đỗ Thị Thư',
    ];
    expect(sortPeopleVi(people, (name) => name)).toEqual([
      'Nguyễn Văn An',
      'Trần Văn An',
      'Phạm Thị Anh',
      'Lê Ánh',
      'Nguyễn Văn Dũng',
      'Nguyễn Văn Đông',
      'Trần Quốc Phương',
      'Lê Thị Tường Thu',
      'Đỗ Thị Thư',
      'Hà Quốc Trung',
    ]);
  });

  it('is stable and returns a new array', () => {
    const items = [
      { id: 1, name: 'Nguyễn Văn An' },
      { id: 2, name: 'Bùi Văn Bình' },
      { id: 3, name: 'Nguyễn Văn An' },
      { id: 4, name: 'Nguyễn  Văn An'.normalize('NFD') },
    ];
    const input = [...items];
    const sorted = sortPeopleVi(items, (item) => item.name);
    expect(sorted.map((item) => item.id)).toEqual([1, 3, 4, 2]);
    expect(sorted).not.toBe(items);
    expect(items).toEqual(input);
  });

  it('returns an empty array for no people', () => {
    expect(sortPeopleVi([], (name: string) => name)).toEqual([]);
  });
});
