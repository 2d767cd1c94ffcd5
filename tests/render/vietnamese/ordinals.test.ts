import { describe, expect, it } from 'vitest';
import { ordinal, ordinalLower } from '../../../src/render/vietnamese/ordinals.js';

describe('ordinal', () => {
  it.each([
    [1, 'Thứ nhất'],
    [2, 'Thứ hai'],
    [3, 'Thứ ba'],
    [4, 'Thứ tư'],
    [5, 'Thứ năm'],
    [6, 'Thứ sáu'],
    [7, 'Thứ bảy'],
    [8, 'Thứ tám'],
    [9, 'Thứ chín'],
    [10, 'Thứ mười'],
    [11, 'Thứ mười một'],
    [14, 'Thứ mười bốn'],
    [15, 'Thứ mười lăm'],
    [20, 'Thứ hai mươi'],
    [21, 'Thứ hai mươi mốt'],
    [24, 'Thứ hai mươi bốn'],
    [100, 'Thứ một trăm'],
    [101, 'Thứ một trăm linh một'],
  ])('%i → %s', (n, expected) => {
    expect(ordinal(n)).toBe(expected);
  });

  it('never says "thứ bốn" or "thứ một"', () => {
    for (let n = 1; n <= 200; n++) {
      expect(ordinal(n)).not.toMatch(/^Thứ (bốn|một)$/u);
    }
  });

  it.each([
    [1, 'thứ nhất'],
    [4, 'thứ tư'],
    [14, 'thứ mười bốn'],
    [31, 'thứ ba mươi mốt'],
  ])('ordinalLower(%i) → %s', (n, expected) => {
    expect(ordinalLower(n)).toBe(expected);
  });

  it.each([0, -3, 1.5, Number.NaN])('throws RangeError on %d', (n) => {
    expect(() => ordinal(n)).toThrow(RangeError);
    expect(() => ordinalLower(n)).toThrow(RangeError);
  });
});
