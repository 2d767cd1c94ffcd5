import { describe, expect, it } from 'vitest';
import { capitalizeFirst, upperVi } from '../../../src/render/vietnamese/case.js';

// Every Vietnamese letter with every tone, in the same order in both strings.
const LOWER = 'aàảãáạăằẳẵắặâầẩẫấậbcdđeèẻẽéẹêềểễếệghiìỉĩíịklmnoòỏõóọôồổỗốộơờởỡớợpqrstuùủũúụưừửữứựvxyỳỷỹýỵ';
const UPPER = 'AÀẢÃÁẠĂẰẲẴẮẶÂẦẨẪẤẬBCDĐEÈẺẼÉẸÊỀỂỄẾỆGHIÌỈĨÍỊKLMNOÒỎÕÓỌÔỒỔỖỐỘƠỜỞỠỚỢPQRSTUÙỦŨÚỤƯỪỬỮỨỰVXYỲỶỸÝỴ';

describe('upperVi', () => {
  it('upper-cases every Vietnamese letter, one to one', () => {
    expect([...LOWER]).toHaveLength([...UPPER].length);
    expect(upperVi(LOWER)).toBe(UPPER);
  });

  it('upper-cases decomposed (NFD) input and returns NFC', () => {
    const result = upperVi(LOWER.normalize('NFD'));
    expect(result).toBe(UPPER);
    expect(result.normalize('NFC')).toBe(result);
  });

  it('upper-cases each letter typed alone, composed or decomposed', () => {
    [...LOWER].forEach((letter, index) => {
      expect(upperVi(letter)).toBe([...UPPER][index]);
      expect(upperVi(letter.normalize('NFD'))).toBe([...UPPER][index]);
    });
  });

  it.each([
    ['Công đoàn Viên chức Việt Nam', 'CÔNG ĐOÀN VIÊN CHỨC VIỆT NAM'],
    ['Công đoàn Bộ Nội vụ', 'CÔNG ĐOÀN BỘ NỘI VỤ'],
    ['Cộng hòa xã hội chủ nghĩa Việt Nam', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'],
    ['Giao ước thi đua', 'GIAO ƯỚC THI ĐUA'],
    ['Kế hoạch', 'KẾ HOẠCH'],
    ['Báo cáo', 'BÁO CÁO'],
    ['tm. ban chấp hành', 'TM. BAN CHẤP HÀNH'],
    ['Phó chủ tịch', 'PHÓ CHỦ TỊCH'],
    ['Dự thảo lần 2', 'DỰ THẢO LẦN 2'],
    ['hỏa tốc', 'HỎA TỐC'],
    ['ĐÃ IN HOA', 'ĐÃ IN HOA'],
    ['', ''],
  ])('%s → %s', (input, expected) => {
    expect(upperVi(input)).toBe(expected);
  });
});

describe('capitalizeFirst', () => {
  it.each([
    ['hai mươi', 'Hai mươi'],
    ['một nghìn không trăm linh năm đồng', 'Một nghìn không trăm linh năm đồng'],
    ['đồng', 'Đồng'],
    ['ước', 'Ước'],
    ['ấn định', 'Ấn định'],
    ['Đã ký', 'Đã ký'],
    ['“thi đua yêu nước”', '“Thi đua yêu nước”'],
    ['(đã ký)', '(Đã ký)'],
    ['quý II năm 2023', 'Quý II năm 2023'],
    ['2024: năm thi đua', '2024: Năm thi đua'],
    ['', ''],
    ['123', '123'],
  ])('%s → %s', (input, expected) => {
    expect(capitalizeFirst(input)).toBe(expected);
  });

  it('composes decomposed input', () => {
    expect(capitalizeFirst('ấn định'.normalize('NFD'))).toBe('Ấn định');
  });
});
