// Roman numerals head the first level of a document's body (`I.`, `II.`) and name quarters (`Quý II/2023`).

const NUMERALS: ReadonlyArray<readonly [number, string]> = [
  [1000, 'M'],
  [900, 'CM'],
  [500, 'D'],
  [400, 'CD'],
  [100, 'C'],
  [90, 'XC'],
  [50, 'L'],
  [40, 'XL'],
  [10, 'X'],
  [9, 'IX'],
  [5, 'V'],
  [4, 'IV'],
  [1, 'I'],
];

export function toRoman(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 3999) {
    throw new RangeError(`Roman numerals cover the integers 1–3999, got ${n}`);
  }
  let rest = n;
  let out = '';
  for (const [value, symbol] of NUMERALS) {
    while (rest >= value) {
      out += symbol;
      rest -= value;
    }
  }
  return out;
}

/** `II` for the second quarter. */
export function quarterRoman(q: number): string {
  if (!Number.isInteger(q) || q < 1 || q > 4) throw new RangeError(`A quarter is 1–4, got ${q}`);
  return toRoman(q);
}

function requireYear(year: number): number {
  if (!Number.isInteger(year) || year < 1) throw new RangeError(`Not a year: ${year}`);
  return year;
}

/** For titles: `Quý II/2023`. */
export function quarterTitle(q: number, year: number): string {
  return `Quý ${quarterRoman(q)}/${requireYear(year)}`;
}

/** For running text: `quý II năm 2023`. */
export function quarterText(q: number, year: number): string {
  return `quý ${quarterRoman(q)} năm ${requireYear(year)}`;
}
