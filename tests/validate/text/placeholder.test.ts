import { describe, expect, it } from 'vitest';
import { findPlaceholder, PLACEHOLDER_PATTERN, placeholder } from '../../../src/validate/text/placeholder.js';

describe('placeholder', () => {
  it.each([
    ['Nhập chủ đề thi đua', '«Nhập chủ đề thi đua»'],
    ['  Tên công đoàn cấp trên ', '«Tên công đoàn cấp trên»'],
    ['Nhập chủ đề'.normalize('NFD'), '«Nhập chủ đề»'],
  ])('makes %j into %j', (hint, expected) => {
    expect(placeholder(hint)).toBe(expected);
  });

  it.each(['', '   ', 'a«b', 'a»b', 'hai\ndòng'])('rejects the hint %j', (hint) => {
    expect(() => placeholder(hint)).toThrow(RangeError);
  });

  it('finds what it makes', () => {
    const made = placeholder('Nhập chủ đề thi đua');
    expect(findPlaceholder(made)).toBe(made);
    expect(PLACEHOLDER_PATTERN.exec(made)?.[1]).toBe('Nhập chủ đề thi đua');
  });
});

describe('findPlaceholder', () => {
  it.each<[string, string | undefined]>([
    ['«Nhập chủ đề thi đua»', '«Nhập chủ đề thi đua»'],
    ['Chủ đề: «Nhập chủ đề thi đua» năm 2024', '«Nhập chủ đề thi đua»'],
    ['«Một» và «Hai»', '«Một»'],
    ['Đoàn kết, sáng tạo, kỷ cương, trách nhiệm', undefined],
    ['“Thi đua yêu nước”', undefined],
    ['«»', undefined],
    ['« chưa đóng', undefined],
    ['chưa mở »', undefined],
    ['«hai\ndòng»', undefined],
    ['', undefined],
  ])('%j → %j', (text, expected) => {
    expect(findPlaceholder(text)).toBe(expected);
  });

  it('gives the same answer on repeated calls (the pattern keeps no state)', () => {
    const text = 'x «Nhập tên» y';
    expect(findPlaceholder(text)).toBe('«Nhập tên»');
    expect(findPlaceholder(text)).toBe('«Nhập tên»');
    expect(PLACEHOLDER_PATTERN.global).toBe(false);
  });
});
