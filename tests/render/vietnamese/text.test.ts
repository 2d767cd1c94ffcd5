import { describe, expect, it } from 'vitest';
import { endSentence, stripQuotes } from '../../../src/render/vietnamese/text.js';

describe('endSentence', () => {
  it.each<[string, boolean, string]>([
    ['Căn cứ Điều lệ Công đoàn Việt Nam', false, 'Căn cứ Điều lệ Công đoàn Việt Nam;'],
    ['Căn cứ Điều lệ Công đoàn Việt Nam', true, 'Căn cứ Điều lệ Công đoàn Việt Nam.'],
    ['- Như trên;', false, '- Như trên;'],
    ['- Như trên;', true, '- Như trên.'],
    ['- Lưu: VT, VP.', true, '- Lưu: VT, VP.'],
    ['- Lưu: VT, VP.', false, '- Lưu: VT, VP;'],
    ['- Ban Thường vụ,', false, '- Ban Thường vụ;'],
    ['- Ban Thường vụ;.', true, '- Ban Thường vụ.'],
    ['- Ban Thường vụ ; ', false, '- Ban Thường vụ;'],
    ['- Lưu: VT./.', true, '- Lưu: VT.'],
    ['- Lưu: VT./.', false, '- Lưu: VT;'],
    ['Giao ước thi đua năm 2024...', true, 'Giao ước thi đua năm 2024.'],
    ['Quyết định số 933/QĐ-TLĐ', true, 'Quyết định số 933/QĐ-TLĐ.'],
    ['', true, ''],
    [' ;. ', false, ''],
  ])('%j (last: %s) → %j', (line, last, expected) => {
    expect(endSentence(line, last)).toBe(expected);
  });

  it('never doubles the ending punctuation', () => {
    for (const line of ['a', 'a;', 'a.', 'a,', 'a;;', 'a..', 'a./.']) {
      expect(endSentence(line, false)).toBe('a;');
      expect(endSentence(line, true)).toBe('a.');
    }
  });
});

describe('stripQuotes', () => {
  it.each([
    ['“Đoàn kết, sáng tạo, kỷ cương, trách nhiệm”', 'Đoàn kết, sáng tạo, kỷ cương, trách nhiệm'],
    ['"Thi đua yêu nước"', 'Thi đua yêu nước'],
    ['‘Thi đua’', 'Thi đua'],
    ["'Thi đua'", 'Thi đua'],
    ['“Thi đua"', 'Thi đua'],
    ['"Thi đua”', 'Thi đua'],
    ['„Thi đua“', 'Thi đua'],
    ['  “ Thi đua ”  ', 'Thi đua'],
    ['Thi đua', 'Thi đua'],
    ['“Thi đua', '“Thi đua'],
    ['Thi đua”', 'Thi đua”'],
    ['Phong trào “Giỏi việc nước, đảm việc nhà”', 'Phong trào “Giỏi việc nước, đảm việc nhà”'],
    ['«Nhập chủ đề thi đua»', '«Nhập chủ đề thi đua»'],
    ['“”', ''],
    ['"', '"'],
    ['', ''],
  ])('%j → %j', (input, expected) => {
    expect(stripQuotes(input)).toBe(expected);
  });
});
