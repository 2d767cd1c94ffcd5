import { describe, expect, it } from 'vitest';
import { groupNumber, moneyInWords, numberToWords } from '../../../src/render/vietnamese/numbers.js';

describe('groupNumber', () => {
  it.each<[number, number | undefined, string]>([
    [1234567.5, undefined, '1.234.567,5'],
    [0, undefined, '0'],
    [7, undefined, '7'],
    [999, undefined, '999'],
    [1000, undefined, '1.000'],
    [12345, undefined, '12.345'],
    [123456, undefined, '123.456'],
    [1000000, undefined, '1.000.000'],
    [1_000_000_000_000, undefined, '1.000.000.000.000'],
    [-1234567.5, undefined, '-1.234.567,5'],
    [-5, undefined, '-5'],
    [0.25, undefined, '0,25'],
    [1234.5, 2, '1.234,50'],
    [1234.567, 2, '1.234,57'],
    [1234567.5, 0, '1.234.568'],
    [99.5, 0, '100'],
    [-0.001, 2, '0,00'],
    [-0, undefined, '0'],
    [12, 3, '12,000'],
    [-9876543.21, 1, '-9.876.543,2'],
  ])('groupNumber(%d, %s) → %s', (n, decimals, expected) => {
    expect(groupNumber(n, decimals)).toBe(expected);
  });

  it('never prints an exponent', () => {
    expect(groupNumber(1e21)).toBe('1.000.000.000.000.000.000.000');
    expect(groupNumber(1e-7)).toBe('0,0000001');
  });

  it.each<[number, number | undefined]>([
    [Number.NaN, undefined],
    [Number.POSITIVE_INFINITY, undefined],
    [1, -1],
    [1, 1.5],
    [1, 21],
  ])('throws RangeError on (%d, %s)', (n, decimals) => {
    expect(() => groupNumber(n, decimals)).toThrow(RangeError);
  });
});

describe('numberToWords', () => {
  it.each([
    [0, 'không'],
    [1, 'một'],
    [4, 'bốn'],
    [5, 'năm'],
    [7, 'bảy'],
    [10, 'mười'],
    [11, 'mười một'],
    [14, 'mười bốn'],
    [15, 'mười lăm'],
    [19, 'mười chín'],
    [20, 'hai mươi'],
    [21, 'hai mươi mốt'],
    [24, 'hai mươi bốn'],
    [25, 'hai mươi lăm'],
    [31, 'ba mươi mốt'],
    [55, 'năm mươi lăm'],
    [99, 'chín mươi chín'],
    [100, 'một trăm'],
    [101, 'một trăm linh một'],
    [105, 'một trăm linh năm'],
    [110, 'một trăm mười'],
    [111, 'một trăm mười một'],
    [115, 'một trăm mười lăm'],
    [121, 'một trăm hai mươi mốt'],
    [999, 'chín trăm chín mươi chín'],
    [1000, 'một nghìn'],
    [1001, 'một nghìn không trăm linh một'],
    [1005, 'một nghìn không trăm linh năm'],
    [1010, 'một nghìn không trăm mười'],
    [1015, 'một nghìn không trăm mười lăm'],
    [1021, 'một nghìn không trăm hai mươi mốt'],
    [1100, 'một nghìn một trăm'],
    [1500, 'một nghìn năm trăm'],
    [10000, 'mười nghìn'],
    [15000, 'mười lăm nghìn'],
    [21000, 'hai mươi mốt nghìn'],
    [100000, 'một trăm nghìn'],
    [105000, 'một trăm linh năm nghìn'],
    [1000000, 'một triệu'],
    [1000001, 'một triệu không trăm linh một'],
    [1005000, 'một triệu không trăm linh năm nghìn'],
    [1234567, 'một triệu hai trăm ba mươi bốn nghìn năm trăm sáu mươi bảy'],
    [25000000, 'hai mươi lăm triệu'],
    [1000000000, 'một tỷ'],
    [2000000005, 'hai tỷ không trăm linh năm'],
    [1000001000, 'một tỷ không trăm linh một nghìn'],
    [1001000000, 'một tỷ không trăm linh một triệu'],
    [15_500_000_000, 'mười lăm tỷ năm trăm triệu'],
    [1_000_000_000_000, 'một nghìn tỷ'],
    [1_000_000_000_001, 'một nghìn tỷ không trăm linh một'],
    [1_005_000_000_000, 'một nghìn không trăm linh năm tỷ'],
    [1_000_000_000_000_000, 'một triệu tỷ'],
    [
      9_007_199_254_740_991,
      'chín triệu không trăm linh bảy nghìn một trăm chín mươi chín tỷ ' +
        'hai trăm năm mươi bốn triệu bảy trăm bốn mươi nghìn chín trăm chín mươi mốt',
    ],
  ])('%i → %s', (n, expected) => {
    expect(numberToWords(n)).toBe(expected);
  });

  it('uses "mốt" only after "mươi" and "lăm" only after "mười"/"mươi" for every number below 10 000', () => {
    for (let n = 0; n < 10000; n++) {
      const words = numberToWords(n);
      expect(words).not.toMatch(/(^|mười |linh |trăm |nghìn )mốt/u);
      expect(words).not.toMatch(/(^|linh |trăm |nghìn )lăm/u);
      expect(words).not.toMatch(/mươi (một|năm)$/u);
      expect(words).not.toMatch(/mười (mốt|năm)$/u);
      expect(words).not.toMatch(/\s{2}|^\s|\s$/u);
    }
  });

  it.each([-1, 1.5, Number.NaN, Number.MAX_SAFE_INTEGER + 1])('throws RangeError on %d', (n) => {
    expect(() => numberToWords(n)).toThrow(RangeError);
  });
});

describe('moneyInWords', () => {
  it.each([
    [1005, 'Một nghìn không trăm linh năm đồng'],
    [0, 'Không đồng'],
    [15000, 'Mười lăm nghìn đồng'],
    [500000, 'Năm trăm nghìn đồng'],
    [1250000, 'Một triệu hai trăm năm mươi nghìn đồng'],
    [2000000005, 'Hai tỷ không trăm linh năm đồng'],
  ])('%i → %s', (n, expected) => {
    expect(moneyInWords(n)).toBe(expected);
  });

  it.each([-1, 0.5, 1000.01, Number.NaN])('throws on %d', (n) => {
    expect(() => moneyInWords(n)).toThrow(RangeError);
  });
});

describe('withUnit', () => {
  it('writes the per cent sign against the figure and other units after a space', async () => {
    const { withUnit } = await import('../../../src/render/vietnamese/numbers.js');
    expect(withUnit('45', '%')).toBe('45%');
    expect(withUnit('45', ' % ')).toBe('45%');
    expect(withUnit('1.250', 'đoàn viên')).toBe('1.250 đoàn viên');
    expect(withUnit('3', undefined)).toBe('3');
  });
});
