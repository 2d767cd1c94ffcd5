import { describe, expect, it } from 'vitest';
import { quarterRoman, quarterText, quarterTitle, toRoman } from '../../../src/render/vietnamese/roman.js';

describe('toRoman', () => {
  it.each([
    [1, 'I'],
    [2, 'II'],
    [3, 'III'],
    [4, 'IV'],
    [5, 'V'],
    [6, 'VI'],
    [9, 'IX'],
    [10, 'X'],
    [14, 'XIV'],
    [19, 'XIX'],
    [40, 'XL'],
    [49, 'XLIX'],
    [90, 'XC'],
    [400, 'CD'],
    [944, 'CMXLIV'],
    [1994, 'MCMXCIV'],
    [2024, 'MMXXIV'],
    [3999, 'MMMCMXCIX'],
  ])('%i → %s', (n, expected) => {
    expect(toRoman(n)).toBe(expected);
  });

  it.each([0, -1, 4000, 1.5, Number.NaN, Number.POSITIVE_INFINITY])('throws RangeError on %d', (n) => {
    expect(() => toRoman(n)).toThrow(RangeError);
  });
});

describe('quarters', () => {
  it.each([
    [1, 2023, 'I', 'Quý I/2023', 'quý I năm 2023'],
    [2, 2023, 'II', 'Quý II/2023', 'quý II năm 2023'],
    [3, 2024, 'III', 'Quý III/2024', 'quý III năm 2024'],
    [4, 2024, 'IV', 'Quý IV/2024', 'quý IV năm 2024'],
  ])('quarter %i of %i', (q, year, roman, title, text) => {
    expect(quarterRoman(q)).toBe(roman);
    expect(quarterTitle(q, year)).toBe(title);
    expect(quarterText(q, year)).toBe(text);
  });

  it.each([0, 5, 2.5, -1])('rejects quarter %d', (q) => {
    expect(() => quarterRoman(q)).toThrow(RangeError);
    expect(() => quarterTitle(q, 2023)).toThrow(RangeError);
    expect(() => quarterText(q, 2023)).toThrow(RangeError);
  });

  it('rejects a year that is not a positive integer', () => {
    expect(() => quarterTitle(2, 2023.5)).toThrow(RangeError);
    expect(() => quarterText(2, 0)).toThrow(RangeError);
  });
});
