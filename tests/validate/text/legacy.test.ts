import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { upperVi } from '../../../src/render/vietnamese/case.js';
import { detectLegacyEncoding } from '../../../src/validate/text/legacy.js';
import { encodeTcvn3, encodeVni } from './legacy-encoders.js';
import { syllables } from './syllables.js';

// Every non-empty line of the five news articles in /work/shared/seeds, copied so the test runs anywhere.
// Lines with at least five words that carry a Vietnamese mark: a line of dates and counters, or one in English,
// leaves nothing for an encoding to change.
const hasFiveWords = (line: string): boolean =>
  line.split(/\s+/u).filter((word) => /(?![\u0000-\u007F])\p{L}/u.test(word)).length >= 5;

const NEWS = readFileSync(new URL('./fixtures/vietnamese-news.txt', import.meta.url), 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '');

describe('detectLegacyEncoding on TCVN3', () => {
  it('recognises the national motto and converts it', () => {
    expect(detectLegacyEncoding('Céng hoµ x· héi chñ nghÜa ViÖt Nam')).toEqual({
      encoding: 'TCVN3',
      sample: 'Céng hoµ x· héi chñ nghÜa ViÖt',
      converted: 'Cộng hoà xã hội chủ nghĩa Việt',
    });
  });

  it.each([
    ['ViÖt', 'Việt'],
    ['NguyÔn V¨n An', 'Nguyễn Văn An'],
    ['B¶o Th¾ng', 'Bảo Thắng'],
    ['M\u00ADêng Kh\u00AD¬ng', 'Mường Khương'],
    ['§¹i héi C«ng ®oµn', 'Đại hội Công đoàn'],
    ['KÕ ho¹ch c«ng t¸c n¨m 2024', 'Kế hoạch công tác năm 2024'],
    ['CéNG HOµ X· HéI CHñ NGHÜA', 'CỘNG HOÀ XÃ HỘI CHỦ NGHĨA'],
  ])('%j: the sample reads %j', (legacy, unicode) => {
    const finding = detectLegacyEncoding(legacy);
    expect(finding?.encoding).toBe('TCVN3');
    expect(finding?.converted).toBe(unicode);
  });

  it('recognises every news line of five words or more once encoded in TCVN3', () => {
    for (const line of NEWS.filter(hasFiveWords)) {
      const finding = detectLegacyEncoding(encodeTcvn3(line.toLowerCase()));
      expect([line, finding?.encoding]).toEqual([line, 'TCVN3']);
    }
  });
});

describe('detectLegacyEncoding on VNI', () => {
  it('recognises a union name and converts it', () => {
    expect(detectLegacyEncoding('Coâng ñoaøn Boä Noäi vuï')).toEqual({
      encoding: 'VNI',
      sample: 'Coâng ñoaøn Boä Noäi vuï',
      converted: 'Công đoàn Bộ Nội vụ',
    });
  });

  it.each([
    ['chaøo', 'chào'],
    ['Nguyeãn Vaên An', 'Nguyễn Văn An'],
    ['COÂNG ÑOAØN VIEÂN CHÖÙC VIEÄT NAM', 'CÔNG ĐOÀN VIÊN CHỨC VIỆT'],
    ['Giao öôùc thi ñua naêm 2024', 'ước thi đua năm 2024'],
    ['Tröôøng Ñaïi hoïc', 'Trường Đại học'],
  ])('%j: the sample reads %j', (legacy, unicode) => {
    const finding = detectLegacyEncoding(legacy);
    expect(finding?.encoding).toBe('VNI');
    expect(finding?.converted).toBe(unicode);
  });

  it('recognises every news line of five words or more once encoded in VNI', () => {
    for (const line of NEWS.filter(hasFiveWords)) {
      const finding = detectLegacyEncoding(encodeVni(line));
      expect([line, finding?.encoding]).toEqual([line, 'VNI']);
    }
  });
});

describe('the sample', () => {
  it('is at most 30 characters and starts at the first suspicious words', () => {
    const finding = detectLegacyEncoding('Ngµy 04/3/2024, C«ng ®oµn Bé KÕ ho¹ch vµ §Çu t\u00AD tæ chøc Héi nghÞ');
    expect(finding?.sample).toBe('Ngµy 04/3/2024, C«ng ®oµn Bé');
    expect(finding?.sample.length).toBeLessThanOrEqual(30);
  });

  it('cuts a single overlong word at 30 characters', () => {
    const finding = detectLegacyEncoding('x'.repeat(40) + 'µ ®oµn');
    expect(finding?.sample).toHaveLength(30);
  });

  it('keeps the words around a legacy phrase that are plainly Unicode out of the sample', () => {
    const finding = detectLegacyEncoding('Theo bản cũ: Céng hoµ x· héi chñ nghÜa');
    expect(finding?.encoding).toBe('TCVN3');
    expect(finding?.sample).toBe('Céng hoµ x· héi chñ nghÜa');
  });
});

describe('no false positives', () => {
  it('stays silent on every news line, composed, decomposed, in capitals and in lower case', () => {
    for (const line of NEWS) {
      for (const text of [line, line.normalize('NFD'), upperVi(line), upperVi(line).normalize('NFD'), line.toLowerCase()]) {
        expect([text, detectLegacyEncoding(text)]).toEqual([text, undefined]);
      }
    }
  });

  it('stays silent on every word and word pair of the news taken alone', () => {
    const words = NEWS.join(' ').split(/\s+/u).filter((word) => word !== '');
    for (let i = 0; i < words.length; i++) {
      for (const text of [words[i], upperVi(words[i]), `${words[i]} ${words[i + 1] ?? ''}`]) {
        expect([text, detectLegacyEncoding(text)]).toEqual([text, undefined]);
      }
    }
  });

  it('stays silent on every Vietnamese syllable with every tone, in any case', () => {
    const all = syllables();
    expect(all.length).toBeGreaterThan(5000);
    const found = all.flatMap((syllable) =>
      [syllable, upperVi(syllable), upperVi(syllable.slice(0, 1)) + syllable.slice(1)].filter(
        (text) => detectLegacyEncoding(text) !== undefined,
      ),
    );
    expect(found).toEqual([]);
  });

  it.each([
    '',
    '   ',
    'Hello, world! This is plain English text about the 2024 plan.',
    '1.234.567,5',
    '2024-03-04',
    'Số: 12/KH-CĐBNV',
    'Quyết định số 933/QĐ-TLĐ ngày 14/5/2024',
    '«Nhập chủ đề thi đua»',
    '«Ten» and «Ho»',
    'Windows® and Office®',
    '© 2024 Công đoàn Bộ Nội vụ',
    'Nhiệt độ 25°C, đường kính 5 µm',
    'Cộng hoà xã hội chủ nghĩa Việt Nam',
    'Cộng hòa xã hội chủ nghĩa Việt Nam',
    'Hoà bình, hoá đơn, xoã tóc, thuỷ lợi, quý II',
    'HOÀ BÌNH, HOÁ ĐƠN, XOÃ TÓC, THUỶ LỢI',
    'Ủy ban Kiểm tra Công đoàn Bộ',
    'Độc lập - Tự do - Hạnh phúc',
    'TM. BAN CHẤP HÀNH',
  ])('%j', (text) => {
    expect(detectLegacyEncoding(text)).toBeUndefined();
    expect(detectLegacyEncoding(text.normalize('NFD'))).toBeUndefined();
  });
});
