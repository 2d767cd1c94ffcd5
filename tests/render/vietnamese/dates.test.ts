import { describe, expect, it } from 'vitest';
import { dateLine, parseIsoDate, shortDate } from '../../../src/render/vietnamese/dates.js';

describe('dateLine', () => {
  it.each([
    ['Hà Nội', '2024-03-04', 'Hà Nội, ngày 04 tháng 3 năm 2024'],
    ['Hà Nội', '2024-02-05', 'Hà Nội, ngày 05 tháng 02 năm 2024'],
    ['Hà Nội', '2024-12-15', 'Hà Nội, ngày 15 tháng 12 năm 2024'],
    ['Thành phố Hồ Chí Minh', '2023-01-01', 'Thành phố Hồ Chí Minh, ngày 01 tháng 01 năm 2023'],
    ['Hà Nội', '2021-03-31', 'Hà Nội, ngày 31 tháng 3 năm 2021'],
    ['Hà Nội', '2023-04-10', 'Hà Nội, ngày 10 tháng 4 năm 2023'],
    ['Đà Nẵng', '2024-10-09', 'Đà Nẵng, ngày 09 tháng 10 năm 2024'],
    ['Hà Nội', '2024-11-30', 'Hà Nội, ngày 30 tháng 11 năm 2024'],
    ['Hà Nội', '2024-02-29', 'Hà Nội, ngày 29 tháng 02 năm 2024'],
  ])('%s %s → %s', (place, iso, expected) => {
    expect(dateLine(place, iso)).toBe(expected);
  });

  it.each(['2024-02-30', '2023-02-29', '2024-13-01', '2024-00-10', '2024-04-31', '04/03/2024', '2024-3-4', ''])(
    'throws RangeError on %j',
    (iso) => {
      expect(() => dateLine('Hà Nội', iso)).toThrow(RangeError);
    },
  );
});

describe('parseIsoDate', () => {
  it.each([
    ['2024-03-04', { year: 2024, month: 3, day: 4 }],
    ['2024-02-29', { year: 2024, month: 2, day: 29 }],
    ['2000-02-29', { year: 2000, month: 2, day: 29 }],
    ['2023-12-31', { year: 2023, month: 12, day: 31 }],
    ['2023-04-30', { year: 2023, month: 4, day: 30 }],
  ])('%s is a date', (iso, expected) => {
    expect(parseIsoDate(iso)).toEqual(expected);
  });

  it.each([
    '2024-02-30',
    '2023-02-29',
    '1900-02-29',
    '2100-02-29',
    '2023-04-31',
    '2023-06-31',
    '2023-09-31',
    '2023-11-31',
    '2023-01-32',
    '2023-00-01',
    '2023-13-01',
    '2023-01-00',
    '0000-01-01',
    '2023-1-01',
    '23-01-01',
    '2023-01-01T00:00:00Z',
    ' 2023-01-01',
    '2023/01/01',
    'ngày 04/3/2024',
    '',
  ])('%j is not a date', (iso) => {
    expect(parseIsoDate(iso)).toBeUndefined();
  });
});

describe('shortDate', () => {
  it.each([
    ['2024-03-04', '04/3/2024'],
    ['2024-02-22', '22/02/2024'],
    ['2021-03-31', '31/3/2021'],
    ['2023-04-10', '10/4/2023'],
    ['2024-01-09', '09/01/2024'],
    ['2024-12-25', '25/12/2024'],
  ])('%s → %s', (iso, expected) => {
    expect(shortDate(iso)).toBe(expected);
  });

  it('throws RangeError on an impossible date', () => {
    expect(() => shortDate('2023-02-29')).toThrow(RangeError);
  });
});
