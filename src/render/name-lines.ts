// Where a name or a subject may wrap. Vietnamese writes every syllable apart, so a browser or Word breaks
// "LIÊN ĐOÀN LAO ⏎ ĐỘNG" or "NGÀNH Y ⏎ TẾ" as readily as between words. Clerks break between words and
// balance the lines; this module does the same for the header's names and the subject, from the font's
// advance widths, and the print check asks it whether a break it finds in a PDF falls inside a word.
import { textWidthPt } from './docx/measure.js';

/** Words of more than one syllable that are common in the names of unions, bodies and places. */
const WORDS = [
  'CÔNG ĐOÀN', 'LIÊN ĐOÀN', 'TỔNG LIÊN ĐOÀN', 'LAO ĐỘNG', 'VIỆT NAM', 'VIÊN CHỨC', 'CÔNG CHỨC', 'CÁN BỘ',
  'Y TẾ', 'GIÁO DỤC', 'ĐÀO TẠO', 'NỘI VỤ', 'NGOẠI GIAO', 'TƯ PHÁP', 'TÀI CHÍNH', 'KẾ HOẠCH', 'ĐẦU TƯ',
  'KHOA HỌC', 'CÔNG NGHỆ', 'THÔNG TIN', 'TRUYỀN THÔNG', 'VĂN HÓA', 'THỂ THAO', 'DU LỊCH', 'TÀI NGUYÊN',
  'MÔI TRƯỜNG', 'NÔNG NGHIỆP', 'PHÁT TRIỂN', 'NÔNG THÔN', 'XÂY DỰNG', 'GIAO THÔNG', 'VẬN TẢI', 'CÔNG THƯƠNG',
  'THƯƠNG BINH', 'XÃ HỘI', 'THÀNH PHỐ', 'CƠ QUAN', 'TRUNG ƯƠNG', 'ỦY BAN', 'MẶT TRẬN', 'TỔ QUỐC', 'THI ĐUA',
  'CÔNG TY', 'TẬP ĐOÀN', 'NGÂN HÀNG', 'BƯU ĐIỆN', 'ĐIỆN LỰC', 'DẦU KHÍ', 'CAO SU', 'HÀ NỘI', 'HỒ CHÍ MINH',
  'ĐÀ NẴNG', 'CẦN THƠ', 'HẢI PHÒNG', 'CƠ SỞ', 'BỘ PHẬN', 'TRỰC THUỘC', 'HÀNH CHÍNH', 'SỰ NGHIỆP', 'DOANH NGHIỆP',
  'QUỐC PHÒNG', 'CÔNG AN', 'NHÂN DÂN', 'ĐƯỜNG SẮT', 'HÀNG KHÔNG', 'DỆT MAY', 'KHOÁNG SẢN', 'HÀNG HẢI',
  'THỦY SẢN', 'LÂM NGHIỆP', 'CHÍNH PHỦ', 'QUỐC HỘI', 'VĂN PHÒNG', 'KIỂM TOÁN', 'THANH TRA', 'NHÀ NƯỚC',
  'TỈNH ỦY', 'ĐẢNG ỦY', 'CHẤP HÀNH', 'THƯỜNG VỤ', 'KIỂM TRA', 'CHỦ TỊCH', 'HẢI QUAN', 'THUẾ VỤ', 'KHO BẠC',
  'BẢO HIỂM', 'ĐẠI HỌC', 'HỌC VIỆN', 'BỆNH VIỆN', 'TRƯỜNG HỌC', 'PHÁT THANH', 'TRUYỀN HÌNH', 'THÔNG TẤN',
  // Words of subjects (trích yếu) and titles.
  'TUYÊN TRUYỀN', 'TUYÊN GIÁO', 'PHONG TRÀO', 'YÊU NƯỚC', 'NHIỆM VỤ', 'TRỌNG TÂM', 'CÔNG TÁC', 'KẾT QUẢ',
  'THỰC HIỆN', 'HOẠT ĐỘNG', 'ĐOÀN VIÊN', 'KHEN THƯỞNG', 'TỔNG KẾT', 'SƠ KẾT', 'BÁO CÁO', 'GIAO ƯỚC', 'CHƯƠNG TRÌNH',
  'HỘI NGHỊ', 'ĐẠI HỘI', 'NGHỊ QUYẾT', 'TRIỂN KHAI', 'TỔ CHỨC', 'CHỦ ĐỀ', 'ĐÁNH GIÁ', 'PHÁT ĐỘNG', 'KÝ KẾT',
  'BÌNH XÉT', 'SUY TÔN', 'ĐỀ NGHỊ', 'HƯỚNG DẪN', 'QUY CHẾ', 'THÔNG BÁO', 'QUYẾT ĐỊNH', 'TỜ TRÌNH', 'BIÊN BẢN',
  'NĂM HỌC', 'CHÍNH TRỊ', 'KINH TẾ', 'NỮ CÔNG', 'VĂN THỂ', 'TỪ THIỆN', 'ĐẠI DIỆN', 'BẢO VỆ', 'QUYỀN LỢI',
  'HỢP PHÁP', 'CHÍNH ĐÁNG', 'GIÁM SÁT', 'CHUYÊN MÔN', 'ĐƠN VỊ', 'CÔNG NHÂN', 'VIỆC LÀM', 'ĐỜI SỐNG', 'HỌC TẬP',
  'QUÁN TRIỆT', 'SÁNG KIẾN', 'SÁNG TẠO', 'ĐỔI MỚI', 'CHUYỂN ĐỔI', 'PHƯƠNG HƯỚNG', 'TÌNH HÌNH', 'CHỈ TIÊU',
  'THÀNH TÍCH', 'XUẤT SẮC', 'TIÊN TIẾN', 'GIAI ĐOẠN', 'NHIỆM KỲ', 'HẠN CHẾ', 'NGUYÊN NHÂN', 'GIẢI PHÁP',
];

const upper = (text: string) => text.normalize('NFC').toLocaleUpperCase('vi');

/** Pairs of neighbouring syllables that belong to one word. */
const JOINED = new Set(
  WORDS.flatMap((word) => {
    const syllables = word.split(' ');
    return syllables.slice(1).map((syllable, index) => `${syllables[index]} ${syllable}`);
  }),
);

/** True when a line may end with `before` and the next begin with `after`. */
export function breakAllowed(before: string, after: string): boolean {
  return !JOINED.has(`${upper(before)} ${upper(after)}`);
}

export interface LineFont {
  size: number;
  bold: boolean;
}

/**
 * The lines of `text` in a column `widthPt` wide: as few as possible, breaking only between words, and among
 * those the split whose longest line is shortest. A word longer than the column may still be split, as the
 * last resort a clerk would take.
 */
export function wrapLines(text: string, widthPt: number, font: LineFont): string[] {
  const syllables = text.normalize('NFC').split(/\s+/).filter(Boolean);
  if (syllables.length === 0) return [];
  // Widths add up (no kerning across a space), so a line's width comes from running sums.
  const space = textWidthPt(' ', font.size, font.bold);
  const sums = [0];
  for (const syllable of syllables) sums.push(sums[sums.length - 1]! + textWidthPt(syllable, font.size, font.bold));
  const measure = (from: number, to: number) => sums[to]! - sums[from]! + (to - from - 1) * space;
  for (const strict of [true, false]) {
    const lines = bestSplit(syllables, widthPt, measure, strict);
    if (lines) return lines.map(([from, to]) => syllables.slice(from, to).join(' '));
  }
  return [syllables.join(' ')];
}

/** Dynamic programming over break points: fewest lines first, then the narrowest widest line. */
function bestSplit(
  syllables: string[],
  widthPt: number,
  measure: (from: number, to: number) => number,
  strict: boolean,
): Array<[number, number]> | undefined {
  const n = syllables.length;
  const allowed = (at: number) => at === n || !strict || breakAllowed(syllables[at - 1]!, syllables[at]!);
  type Best = { lines: number; widest: number; last: number; previous: number };
  const best: Array<Best | undefined> = new Array(n + 1);
  best[0] = { lines: 0, widest: 0, last: 0, previous: -1 };
  // Widths equal to a hundredth of a point tie; a tie goes to the longer last line ("CÔNG ĐOÀN BỘ / KHOA HỌC VÀ
  // CÔNG NGHỆ"), as clerks set a name, and never to rounding noise.
  const better = (a: Best, b: Best) =>
    a.lines !== b.lines ? a.lines < b.lines : Math.abs(a.widest - b.widest) > 0.01 ? a.widest < b.widest : a.last > b.last + 0.01;
  for (let end = 1; end <= n; end++) {
    if (!allowed(end)) continue;
    for (let start = 0; start < end; start++) {
      const before = best[start];
      if (!before) continue;
      const width = measure(start, end);
      if (width > widthPt && end - start > 1) continue;
      const candidate = { lines: before.lines + 1, widest: Math.max(before.widest, width), last: width, previous: start };
      const current = best[end];
      if (!current || better(candidate, current)) best[end] = candidate;
    }
  }
  if (!best[n]) return undefined;
  const ranges: Array<[number, number]> = [];
  for (let end = n; end > 0; end = best[end]!.previous) ranges.unshift([best[end]!.previous, end]);
  return ranges;
}

/** The printed width of one line, in millimetres. */
export function lineWidthMm(line: string, font: LineFont): number {
  return (textWidthPt(line, font.size, font.bold) * 25.4) / 72;
}

/** Joins the syllables of every known word with no-break spaces, so Word wraps a name only between words. */
export function glueWords(text: string): string {
  const syllables = text.normalize('NFC').split(/\s+/).filter(Boolean);
  return syllables.reduce((joined, syllable, index) => {
    if (index === 0) return syllable;
    return `${joined}${breakAllowed(syllables[index - 1]!, syllable) ? ' ' : '\u00a0'}${syllable}`;
  }, '');
}

/** Word's own wrapping of a glued name: as many words on a line as fit, breaking only between words. */
export function greedyLines(text: string, widthPt: number, font: LineFont): string[] {
  const words = glueWords(text).split(' ');
  const lines: string[] = [];
  for (const word of words) {
    const last = lines[lines.length - 1];
    const candidate = last === undefined ? word : `${last} ${word}`;
    if (last !== undefined && textWidthPt(candidate.replace(/\u00a0/g, ' '), font.size, font.bold) <= widthPt) lines[lines.length - 1] = candidate;
    else lines.push(word);
  }
  return lines.map((line) => line.replace(/\u00a0/g, ' '));
}
