import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtinTemplatesDir } from '../../src/render/environment.js';
import { profileCss } from '../../src/render/profile-css.js';
import { defaultProfile, withProfile } from '../../src/render/profile.js';

const printCss = readFileSync(join(builtinTemplatesDir(), 'print.css'), 'utf8');

describe('layout profile', () => {
  it('holds the defaults of FORMAT.md', () => {
    expect(defaultProfile.page).toEqual({ width: 210, height: 297, margin: { top: 20, bottom: 20, left: 30, right: 15 } });
    expect(defaultProfile.body.size).toBe(14);
    // Wide enough that "CÔNG ĐOÀN VIÊN CHỨC VIỆT NAM" (12 pt) fits on one line; the rest holds the national title.
    expect(defaultProfile.header.leftColumnPercent).toBe(45);
    expect(defaultProfile.header.ruleRatio).toBeGreaterThanOrEqual(1 / 3);
    expect(defaultProfile.header.ruleRatio).toBeLessThanOrEqual(1 / 2);
    expect(defaultProfile.title.ruleRatio).toBe(defaultProfile.header.ruleRatio);
    expect(defaultProfile.documentNumber.minDigits).toBe(2);
    expect(defaultProfile.draftMark.place).toBe('under-number');
  });

  it('pads a document number below 10 with a leading zero', async () => {
    const { paddedNumber } = await import('../../src/render/view-model/layout.js');
    expect(paddedNumber('Số: 7/KH-CĐBNV', defaultProfile)).toBe('Số: 07/KH-CĐBNV');
    expect(paddedNumber('Số: 12/KH-CĐBNV', defaultProfile)).toBe('Số: 12/KH-CĐBNV');
    expect(paddedNumber('Số:\u00a0\u00a0/TTr-X', defaultProfile)).toBe('Số:\u00a0\u00a0/TTr-X');
  });

  it('turns into the page rules and custom properties', () => {
    const css = profileCss(withProfile({ page: { margin: { left: 35 } }, body: { size: 13 } }));
    expect(css).toContain('margin: 20mm 15mm 20mm 35mm;');
    expect(css).toContain('size: 210mm 297mm;');
    expect(css).toContain('--body-size: 13pt;');
    expect(css).toContain('--text-width: 160mm;');
    expect(css).toContain('--header-left-width: 45%;');
    expect(css).toMatch(/@page :first \{\s+@top-center \{ content: none; \}/);
  });

  it('defines every property print.css reads, and print.css has no lengths of its own', () => {
    const defined = new Set([...profileCss(defaultProfile).matchAll(/--([a-z0-9-]+):/g)].map((m) => m[1]));
    const used = new Set([...printCss.matchAll(/var\(--([a-z0-9-]+)\)/g)].map((m) => m[1]));
    expect(used.size).toBeGreaterThan(40);
    expect([...used].filter((name) => !defined.has(name))).toEqual([]);
    expect(printCss.match(/\d(mm|pt|cm|px|in)\b/g)).toBeNull();
  });
});

describe('where names and subjects wrap', () => {
  const font = { size: 13, bold: true };
  const mm = (value: number) => (value * 72) / 25.4;
  const upper = (text: string) => text.toLocaleUpperCase('vi');

  it('breaks between words only, balancing the lines', async () => {
    const { breakAllowed, wrapLines, glueWords } = await import('../../src/render/name-lines.js');
    expect(breakAllowed('LAO', 'ĐỘNG')).toBe(false);
    expect(breakAllowed('Y', 'TẾ')).toBe(false);
    expect(breakAllowed('tuyên', 'truyền')).toBe(false);
    expect(breakAllowed('ĐỘNG', 'TỈNH')).toBe(true);
    // 60 mm at 13 pt bold: the name needs two lines, split between words.
    expect(wrapLines('LIÊN ĐOÀN LAO ĐỘNG TỈNH SÓC TRĂNG', mm(60), font)).toEqual(['LIÊN ĐOÀN LAO ĐỘNG', 'TỈNH SÓC TRĂNG']);
    expect(wrapLines('CÔNG ĐOÀN NGÀNH Y TẾ VIỆT NAM', mm(45), font)).not.toContain('CÔNG ĐOÀN NGÀNH Y');
    expect(glueWords('CÔNG ĐOÀN BỘ Y TẾ')).toBe('CÔNG\u00a0ĐOÀN BỘ Y\u00a0TẾ');
  });

  // Long real names, in the header's column (65 mm) and a grid cell (50 mm): each line a whole part of the name.
  it.each([
    ['Liên đoàn Lao động Thành phố Hồ Chí Minh', 65, ['LIÊN ĐOÀN LAO ĐỘNG', 'THÀNH PHỐ HỒ CHÍ MINH']],
    ['Liên đoàn Lao động Thành phố Hồ Chí Minh', 50, ['LIÊN ĐOÀN', 'LAO ĐỘNG', 'THÀNH PHỐ', 'HỒ CHÍ MINH']],
    ['Công đoàn Tổng Công ty Công nghiệp Tàu thủy', 65, ['CÔNG ĐOÀN', 'TỔNG CÔNG TY', 'CÔNG NGHIỆP TÀU THỦY']],
    ['Công đoàn Bộ Văn hóa, Thể thao và Du lịch', 50, ['CÔNG ĐOÀN BỘ', 'VĂN HÓA, THỂ THAO', 'VÀ DU LỊCH']],
    ['Công đoàn cơ sở Ủy ban MTTQ Việt Nam tỉnh Sóc Trăng', 65, ['CÔNG ĐOÀN CƠ SỞ', 'ỦY BAN MTTQ VIỆT NAM', 'TỈNH SÓC TRĂNG']],
    ['Công đoàn xã Ia Hrú huyện Chư Păh', 50, ['CÔNG ĐOÀN', 'XÃ IA HRÚ', 'HUYỆN CHƯ PĂH']],
    ['Công đoàn Ngành Giáo dục tỉnh Thừa Thiên Huế', 50, ['CÔNG ĐOÀN NGÀNH', 'GIÁO DỤC TỈNH', 'THỪA THIÊN HUẾ']],
    ['Công đoàn Văn phòng Bộ Kế hoạch và Đầu tư', 65, ['CÔNG ĐOÀN VĂN PHÒNG', 'BỘ KẾ HOẠCH VÀ ĐẦU TƯ']],
    // A line does not end with "và": the conjunction opens the next line.
    ['Công đoàn Bộ Tài nguyên và Môi trường', 50, ['CÔNG ĐOÀN BỘ', 'TÀI NGUYÊN', 'VÀ MÔI TRƯỜNG']],
    // Words the layout's list does not hold: the capitals of the name as typed show where its words start.
    ['Công đoàn Công ty Cổ phần Cà phê Ea Pốk', 50, ['CÔNG ĐOÀN', 'CÔNG TY CỔ PHẦN', 'CÀ PHÊ EA PỐK']],
  ])('%s in %i mm', async (name, width, lines) => {
    const { wrapLines } = await import('../../src/render/name-lines.js');
    expect(wrapLines(upper(name), mm(width), font, name)).toEqual(lines);
  });

  it('never splits a place name while a break between parts is left', async () => {
    const { breakQualities } = await import('../../src/render/break-points.js');
    const name = 'Liên đoàn Lao động tỉnh Bà Rịa - Vũng Tàu';
    const qualities = breakQualities(upper(name).split(' '), name);
    expect(qualities.map((quality, at) => `${quality}:${upper(name).split(' ')[at]}`)).toEqual([
      'natural:LIÊN', 'word:ĐOÀN', 'natural:LAO', 'word:ĐỘNG', 'natural:TỈNH', 'plain:BÀ', 'name:RỊA', 'natural:-', 'natural:VŨNG', 'name:TÀU',
    ]);
  });
});

describe('the print check judges breaks without the layout’s word list', () => {
  it('finds a break inside a word the list does not know, from the name as typed', async () => {
    const { unjustifiedBreaks } = await import('../../src/render/check/word-breaks.js');
    const { breakAllowed } = await import('../../src/render/name-lines.js');
    // "CÀ PHÊ" is in no list: only the typed name's lowercase "phê" says it continues a word.
    expect(breakAllowed('CÀ', 'PHÊ')).toBe(true);
    const written = 'Công đoàn Công ty Cổ phần Cà phê Ea Pốk';
    expect(unjustifiedBreaks(['CÔNG ĐOÀN CÔNG TY CỔ PHẦN CÀ', 'PHÊ EA PỐK'], written, 'name')).toEqual([{ at: 7, reason: 'word' }]);
    expect(unjustifiedBreaks(['CÔNG ĐOÀN CÔNG TY CỔ PHẦN CÀ PHÊ EA', 'PỐK'], written, 'name')).toEqual([{ at: 9, reason: 'proper-name' }]);
    expect(unjustifiedBreaks(['CÔNG ĐOÀN CÔNG TY', 'CỔ PHẦN CÀ PHÊ', 'EA PỐK'], written, 'name')).toEqual([]);
    expect(unjustifiedBreaks(['LIÊN ĐOÀN LAO ĐỘNG', 'TỈNH SÓC TRĂNG'], 'Liên đoàn Lao động tỉnh Sóc Trăng', 'name')).toEqual([]);
    expect(unjustifiedBreaks(['LIÊN ĐOÀN LAO', 'ĐỘNG TỈNH SÓC TRĂNG'], 'Liên đoàn Lao động tỉnh Sóc Trăng', 'name')).toEqual([{ at: 3, reason: 'word' }]);
    expect(unjustifiedBreaks(['CÔNG ĐOÀN VIÊN CHỨC VIỆT', 'NAM'], 'Công đoàn Viên chức Việt Nam', 'name')).toEqual([{ at: 5, reason: 'proper-name' }]);
  });

  it('finds numbers and proper names split in a subject', async () => {
    const { unjustifiedBreaks } = await import('../../src/render/check/word-breaks.js');
    const subject = 'Kết quả công tác quý II và nhiệm vụ trọng tâm quý III năm 2024 của Liên đoàn Lao động Thành phố Hồ Chí Minh';
    const split = (line: string) => line.split(' ').length;
    const at = (first: string) => split(first);
    expect(unjustifiedBreaks(['Kết quả công tác quý', subject.slice(21)], subject, 'subject')).toEqual([{ at: at('Kết quả công tác quý'), reason: 'number' }]);
    const hcm = subject.indexOf('Chí');
    expect(unjustifiedBreaks([subject.slice(0, hcm - 1), subject.slice(hcm)], subject, 'subject')).toEqual([
      { at: at(subject.slice(0, hcm - 1)), reason: 'proper-name' },
    ]);
    expect(unjustifiedBreaks(['Chào mừng 95', 'năm Ngày thành lập Công đoàn Việt Nam'], 'Chào mừng 95 năm Ngày thành lập Công đoàn Việt Nam', 'subject')).toEqual([
      { at: 3, reason: 'number' },
    ]);
  });
});
