import { describe, expect, it } from 'vitest';
import { findPlaceholder, PLACEHOLDER_PATTERN, placeholder } from '../../../src/validate/text/placeholder.js';
import { detectLegacyEncoding } from '../../../src/validate/text/legacy.js';
import { textIssues } from '../../../src/validate/text-issues.js';
import { parseSource } from '../../../src/documents/parse.js';

describe('placeholder', () => {
  it.each([
    ['Nhập chủ đề thi đua', '«✎ Nhập chủ đề thi đua»'],
    ['  Tên công đoàn cấp trên ', '«✎ Tên công đoàn cấp trên»'],
    ['Nhập chủ đề'.normalize('NFD'), '«✎ Nhập chủ đề»'],
  ])('makes %j into %j', (hint, expected) => {
    expect(placeholder(hint)).toBe(expected);
  });

  it.each(['', '   ', 'a«b', 'a»b', 'hai\ndòng'])('rejects the hint %j', (hint) => {
    expect(() => placeholder(hint)).toThrow(RangeError);
  });

  it('finds what it makes', () => {
    const made = placeholder('Nhập chủ đề thi đua');
    expect(findPlaceholder(made)).toBe(made);
    expect(PLACEHOLDER_PATTERN.exec(made)?.[1].trim()).toBe('Nhập chủ đề thi đua');
  });
});

describe('findPlaceholder', () => {
  it.each<[string, string | undefined]>([
    ['«✎ Nhập chủ đề thi đua»', '«✎ Nhập chủ đề thi đua»'],
    ['Chủ đề: «✎ Nhập chủ đề thi đua» năm 2024', '«✎ Nhập chủ đề thi đua»'],
    ['«✎ Một» và «✎ Hai»', '«✎ Một»'],
    ['«✎ Nội dung cam kết\nthứ nhất»', '«✎ Nội dung cam kết thứ nhất»'],
    ['Hưởng ứng «Tháng Công nhân» năm 2025', undefined],
    ['phong trào «Giỏi việc nước, đảm việc nhà» và «Xanh – Sạch – Đẹp»', undefined],
    ['Đoàn kết, sáng tạo, kỷ cương, trách nhiệm', undefined],
    ['“Thi đua yêu nước”', undefined],
    ['«✎ »', undefined],
    ['«✎ chưa đóng', undefined],
    ['', undefined],
  ])('%j → %j', (text, expected) => {
    expect(findPlaceholder(text)).toBe(expected);
  });

  it('gives the same answer on repeated calls (the pattern keeps no state)', () => {
    const text = 'x «✎ Nhập tên» y';
    expect(findPlaceholder(text)).toBe('«✎ Nhập tên»');
    expect(findPlaceholder(text)).toBe('«✎ Nhập tên»');
    expect(PLACEHOLDER_PATTERN.global).toBe(false);
  });
});

describe('blanks and quotations in a document', () => {
  const codes = (yaml: string) => textIssues('doc.yaml', parseSource(yaml)).map((issue) => [issue.code, issue.args.sample]);

  it('reports a blank split over two lines of a `|` block once, as a blank, never as TCVN3', () => {
    const yaml = 'text: |\n  Mở đầu «✎ Nội dung cam kết thứ nhất, viết\n  thành câu» rồi hết.\n';
    expect(codes(yaml)).toEqual([['text-placeholder', '«✎ Nội dung cam kết thứ nhất, viết thành câu»']]);
    expect(detectLegacyEncoding('«Nội dung cam kết\nthứ hai»')).toBeUndefined();
  });

  it('never reports an ordinary quotation, on one line or several', () => {
    expect(codes('theme: Hưởng ứng «Tháng Công nhân» năm 2025\nnote: |\n  phong trào «Giỏi việc nước,\n  đảm việc nhà»\n')).toEqual([]);
  });
});
