import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { convertTcvn3, convertVni } from '../../../src/validate/text/legacy-convert.js';
import { TCVN3_TO_UNICODE } from '../../../src/validate/text/tcvn3-table.js';
import { VNI_TO_UNICODE } from '../../../src/validate/text/vni-table.js';
import { encodeTcvn3, encodeVni } from './legacy-encoders.js';

const NEWS = readFileSync(new URL('./fixtures/vietnamese-news.txt', import.meta.url), 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '');

// The 67 lower-case Vietnamese letters that ASCII lacks.
const VIETNAMESE_LOWER = [
  ...'àảãáạăằẳẵắặâầẩẫấậđèẻẽéẹêềểễếệìỉĩíịòỏõóọôồổỗốộơờởỡớợùủũúụưừửữứựỳỷỹýỵ',
];

describe('tables', () => {
  it('TCVN3 codes every lower-case Vietnamese letter and the seven plain capitals, one byte each', () => {
    expect(VIETNAMESE_LOWER).toHaveLength(67);
    const values = [...TCVN3_TO_UNICODE.values()];
    expect(new Set(values).size).toBe(values.length);
    expect(new Set(values)).toEqual(new Set([...VIETNAMESE_LOWER, ...'ĂÂÊÔƠƯĐ']));
    for (const key of TCVN3_TO_UNICODE.keys()) {
      expect(key).toHaveLength(1);
      expect(key.charCodeAt(0)).toBeGreaterThanOrEqual(0xa1);
      expect(key.charCodeAt(0)).toBeLessThanOrEqual(0xfe);
    }
  });

  it('VNI spells every Vietnamese letter, lower and upper case, with Latin-1 characters', () => {
    const values = [...VNI_TO_UNICODE.values()];
    expect(new Set(values).size).toBe(values.length);
    expect(new Set(values)).toEqual(new Set([...VIETNAMESE_LOWER, ...VIETNAMESE_LOWER.map((l) => l.toUpperCase())]));
    for (const key of VNI_TO_UNICODE.keys()) expect(key).toMatch(/^[\u0041-\u00ff]{1,2}$/u);
  });
});

describe('convertTcvn3', () => {
  it.each([
    ['Céng hoµ x· héi chñ nghÜa ViÖt Nam', 'Cộng hoà xã hội chủ nghĩa Việt Nam'],
    ['§éc lËp - Tù do - H¹nh phóc', 'Độc lập - Tự do - Hạnh phúc'],
    ['C«ng ®oµn Bé Néi vô', 'Công đoàn Bộ Nội vụ'],
    ['CéNG HOµ X· HéI CHñ NGHÜA VIÖT NAM', 'CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM'],
    ['Tõ ngµy 04/3/2024', 'Từ ngày 04/3/2024'],
    ['“Thi ®ua yªu n\u00ADíc” – n¨m 2024…', '“Thi đua yêu nước” – năm 2024…'],
    ['Giao ước thi ®ua', 'Giao ước thi đua'],
  ])('%j → %j', (legacy, unicode) => {
    expect(convertTcvn3(legacy)).toBe(unicode);
  });

  it('round-trips every news line (in lower case: TCVN3 has no capitals with a tone)', () => {
    for (const line of NEWS) {
      const lower = line.toLowerCase();
      expect(convertTcvn3(encodeTcvn3(lower))).toBe(lower);
    }
  });
});

describe('convertVni', () => {
  it.each([
    ['Coâng ñoaøn Boä Noäi vuï', 'Công đoàn Bộ Nội vụ'],
    ['chaøo', 'chào'],
    ['Ñoäc laäp - Töï do - Haïnh phuùc', 'Độc lập - Tự do - Hạnh phúc'],
    ['COÄNG HOØA XAÕ HOÄI CHUÛ NGHÓA VIEÄT NAM', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'],
    ['Thuûy lôïi, kyû luaät, ñòa chæ', 'Thủy lợi, kỷ luật, địa chỉ'],
    ['Giao ước thi ñua', 'Giao ước thi đua'],
  ])('%j → %j', (legacy, unicode) => {
    expect(convertVni(legacy)).toBe(unicode);
  });

  it('round-trips every news line', () => {
    for (const line of NEWS) {
      expect(convertVni(encodeVni(line))).toBe(line);
    }
  });
});
