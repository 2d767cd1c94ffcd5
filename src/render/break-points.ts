// Where a name or a subject may break, and where a clerk would rather break. Vietnamese writes every syllable
// apart, so nothing in the text itself says that "LAO ĐỘNG" or "TÀU THỦY" is one word. Three kinds of knowledge
// are used, weakest last:
// - the name as written in giaouoc.yaml: official names capitalise the first syllable of each part (Nghị định
//   30/2020, Phụ lục II: "Bộ Khoa học và Công nghệ", "Tổng Công ty Công nghiệp Tàu thủy"), so a capitalised
//   syllable starts a word, and a run of capitalised syllables that ends the name is a proper name ("Hồ Chí Minh");
// - the grammar of a union's name: a place-type word ("tỉnh", "thành phố", "xã" …) or an organisation-type word
//   ("Bộ", "Tổng Công ty", "Trường" …) starts a part, punctuation ends one, and a place name is never split;
// - a list of common words of more than one syllable, which only forbids.
// The print check does not use this module: it judges a printed break on the written name's evidence alone
// (src/render/check/word-breaks.ts), so a word missing here shows up there.

/** Words of more than one syllable that are common in the names of unions, bodies and places, and in subjects. */
const WORDS = [
  'CÔNG ĐOÀN', 'LIÊN ĐOÀN', 'TỔNG LIÊN ĐOÀN', 'LAO ĐỘNG', 'VIỆT NAM', 'VIÊN CHỨC', 'CÔNG CHỨC', 'CÁN BỘ',
  'Y TẾ', 'GIÁO DỤC', 'ĐÀO TẠO', 'NỘI VỤ', 'NGOẠI GIAO', 'TƯ PHÁP', 'TÀI CHÍNH', 'KẾ HOẠCH', 'ĐẦU TƯ',
  'KHOA HỌC', 'CÔNG NGHỆ', 'THÔNG TIN', 'TRUYỀN THÔNG', 'VĂN HÓA', 'THỂ THAO', 'DU LỊCH', 'TÀI NGUYÊN',
  'MÔI TRƯỜNG', 'NÔNG NGHIỆP', 'PHÁT TRIỂN', 'NÔNG THÔN', 'XÂY DỰNG', 'GIAO THÔNG', 'VẬN TẢI', 'CÔNG THƯƠNG',
  'THƯƠNG BINH', 'XÃ HỘI', 'THÀNH PHỐ', 'CƠ QUAN', 'TRUNG ƯƠNG', 'ỦY BAN', 'MẶT TRẬN', 'TỔ QUỐC', 'THI ĐUA',
  'CÔNG TY', 'TỔNG CÔNG TY', 'TỔNG CỤC', 'TẬP ĐOÀN', 'NGÂN HÀNG', 'BƯU ĐIỆN', 'ĐIỆN LỰC', 'DẦU KHÍ', 'CAO SU',
  'HÀ NỘI', 'HỒ CHÍ MINH', 'ĐÀ NẴNG', 'CẦN THƠ', 'HẢI PHÒNG', 'CƠ SỞ', 'BỘ PHẬN', 'TRỰC THUỘC', 'HÀNH CHÍNH',
  'SỰ NGHIỆP', 'DOANH NGHIỆP', 'QUỐC PHÒNG', 'CÔNG AN', 'NHÂN DÂN', 'ĐƯỜNG SẮT', 'HÀNG KHÔNG', 'DỆT MAY',
  'KHOÁNG SẢN', 'HÀNG HẢI', 'THỦY SẢN', 'LÂM NGHIỆP', 'CHÍNH PHỦ', 'QUỐC HỘI', 'VĂN PHÒNG', 'KIỂM TOÁN',
  'THANH TRA', 'NHÀ NƯỚC', 'TỈNH ỦY', 'ĐẢNG ỦY', 'CHẤP HÀNH', 'THƯỜNG VỤ', 'KIỂM TRA', 'CHỦ TỊCH', 'HẢI QUAN',
  'THUẾ VỤ', 'KHO BẠC', 'BẢO HIỂM', 'ĐẠI HỌC', 'HỌC VIỆN', 'BỆNH VIỆN', 'TRƯỜNG HỌC', 'PHÁT THANH', 'TRUYỀN HÌNH',
  'THÔNG TẤN', 'CÔNG NGHIỆP', 'TÀU THỦY', 'CAO ĐẲNG', 'TRUNG HỌC', 'PHỔ THÔNG', 'TIỂU HỌC', 'MẦM NON',
  'THỊ XÃ', 'THỊ TRẤN', 'ĐẶC KHU', 'CỔ PHẦN', 'TRÁCH NHIỆM', 'HỮU HẠN', 'THÀNH VIÊN', 'CHI NHÁNH', 'NHÀ MÁY',
  // Words of subjects (trích yếu) and titles.
  'TUYÊN TRUYỀN', 'TUYÊN GIÁO', 'PHONG TRÀO', 'YÊU NƯỚC', 'NHIỆM VỤ', 'TRỌNG TÂM', 'CÔNG TÁC', 'KẾT QUẢ',
  'THỰC HIỆN', 'HOẠT ĐỘNG', 'ĐOÀN VIÊN', 'KHEN THƯỞNG', 'TỔNG KẾT', 'SƠ KẾT', 'BÁO CÁO', 'GIAO ƯỚC', 'CHƯƠNG TRÌNH',
  'HỘI NGHỊ', 'ĐẠI HỘI', 'NGHỊ QUYẾT', 'TRIỂN KHAI', 'TỔ CHỨC', 'CHỦ ĐỀ', 'ĐÁNH GIÁ', 'PHÁT ĐỘNG', 'KÝ KẾT',
  'BÌNH XÉT', 'SUY TÔN', 'ĐỀ NGHỊ', 'HƯỚNG DẪN', 'QUY CHẾ', 'THÔNG BÁO', 'QUYẾT ĐỊNH', 'TỜ TRÌNH', 'BIÊN BẢN',
  'NĂM HỌC', 'CHÍNH TRỊ', 'KINH TẾ', 'NỮ CÔNG', 'VĂN THỂ', 'TỪ THIỆN', 'ĐẠI DIỆN', 'BẢO VỆ', 'QUYỀN LỢI',
  'HỢP PHÁP', 'CHÍNH ĐÁNG', 'GIÁM SÁT', 'CHUYÊN MÔN', 'ĐƠN VỊ', 'CÔNG NHÂN', 'VIỆC LÀM', 'ĐỜI SỐNG', 'HỌC TẬP',
  'QUÁN TRIỆT', 'SÁNG KIẾN', 'SÁNG TẠO', 'ĐỔI MỚI', 'CHUYỂN ĐỔI', 'PHƯƠNG HƯỚNG', 'TÌNH HÌNH', 'CHỈ TIÊU',
  'THÀNH TÍCH', 'XUẤT SẮC', 'TIÊN TIẾN', 'GIAI ĐOẠN', 'NHIỆM KỲ', 'HẠN CHẾ', 'NGUYÊN NHÂN', 'GIẢI PHÁP',
  'NGƯỜI LAO ĐỘNG', 'CHÀO MỪNG', 'KỶ NIỆM', 'THÀNH LẬP', 'CHĂM LO', 'ĐỐI VỚI',
];

/** Words that open a place's name: the name after them is never split. */
const PLACE_TYPES = ['TỈNH', 'THÀNH PHỐ', 'HUYỆN', 'QUẬN', 'THỊ XÃ', 'XÃ', 'PHƯỜNG', 'THỊ TRẤN', 'ĐẶC KHU'];

/** Words that open an organisation's part of a name; a clerk breaks before them, or after them before the proper name. */
const ORGANISATION_TYPES = [
  'CÔNG ĐOÀN', 'LIÊN ĐOÀN LAO ĐỘNG', 'CÔNG ĐOÀN CƠ SỞ', 'BỘ', 'SỞ', 'NGÀNH', 'CỤC', 'TỔNG CỤC', 'VIỆN', 'TRƯỜNG',
  'BỆNH VIỆN', 'CÔNG TY', 'TỔNG CÔNG TY', 'TẬP ĐOÀN', 'NGÂN HÀNG', 'ỦY BAN', 'VĂN PHÒNG', 'KHỐI', 'CỤM', 'HỘI',
  'HỌC VIỆN', 'NHÀ MÁY', 'CHI NHÁNH',
];

/** Short words of running text before which a subject breaks naturally. */
const PHRASE_STARTS = [
  'VÀ', 'CỦA', 'VỀ', 'CHO', 'VỚI', 'TẠI', 'TRONG', 'THEO', 'NĂM', 'QUÝ', 'THÁNG', 'GIAI ĐOẠN', 'NHIỆM KỲ', 'ĐỢT',
  'NHẰM', 'ĐỂ', 'TỪ', 'ĐẾN', 'ĐỐI VỚI', 'TRÊN', 'GIỮA', 'NHÂN DỊP', 'CHÀO MỪNG',
];

const upper = (text: string) => text.normalize('NFC').toLocaleUpperCase('vi');
const syllablesOf = (phrase: string) => phrase.split(' ');
// Split once: every name laid out asks these for each of its syllables.
const PLACE_PARTS = PLACE_TYPES.map(syllablesOf);
const ORGANISATION_PARTS = ORGANISATION_TYPES.map(syllablesOf).sort((a, b) => b.length - a.length);
const PHRASE_PARTS = PHRASE_STARTS.map(syllablesOf);

/** Pairs of neighbouring syllables that belong to one word. */
const JOINED = new Set(
  WORDS.flatMap((word) => {
    const syllables = syllablesOf(word);
    return syllables.slice(1).map((syllable, index) => `${syllables[index]} ${syllable}`);
  }),
);

/** True when a line may end with `before` and the next begin with `after`, by the word list alone. */
export function breakAllowed(before: string, after: string): boolean {
  return !JOINED.has(`${upper(before)} ${upper(after)}`);
}

/**
 * How good a break before a syllable is: at a part's edge (`natural`), between two words (`plain`), inside a
 * place or proper name or after its number (`name`), inside a word (`word`).
 */
export type BreakQuality = 'natural' | 'plain' | 'name' | 'word';

/** The break quality before every syllable of `syllables` (index 0 unused); `written` is the name as typed. */
export function breakQualities(syllables: string[], written?: string): BreakQuality[] {
  const caps = syllables.map(upper);
  const bare = caps.map((syllable) => syllable.replace(/^[("“]+|[)"”,;:.]+$/gu, ''));
  const closes = (at: number) => /[,;:]$/u.test(caps[at - 1] ?? '');
  const startsAt = (list: string[][], at: number) => list.some((parts) => matches(bare, at, parts));
  const shape = writtenShape(syllables, written);
  const insidePlace = placeNameSpans(bare, closes, shape);
  const organisationEnds = organisationSpanEnds(bare);
  const endsPlaceType = (at: number) => PLACE_PARTS.some((parts) => at >= parts.length && matches(bare, at - parts.length, parts));
  const qualities: BreakQuality[] = ['natural'];
  for (let at = 1; at < syllables.length; at++) {
    const afterCount = /^\d+$/u.test(bare[at - 1]!) && COUNTED.includes(bare[at]!);
    if (closes(at) || /^[-–(]/u.test(caps[at]!) || /^[-–]$/u.test(caps[at - 1]!)) qualities.push('natural');
    else if (insidePlace.has(at) || NUMERAL.test(bare[at]!) || afterCount || shape?.[at] === 'continues') qualities.push('name');
    else if ((endsPlaceType(at) && !startsAt(PLACE_PARTS, at)) || CONNECTORS.includes(bare[at - 1]!)) qualities.push('plain');
    else if (shape?.[at] === 'part') qualities.push('natural');
    else if (JOINED.has(`${bare[at - 1]} ${bare[at]}`)) qualities.push('word');
    else if (startsAt(PLACE_PARTS, at) || startsAt(ORGANISATION_PARTS, at) || startsAt(PHRASE_PARTS, at) || organisationEnds.has(at)) {
      qualities.push('natural');
    } else qualities.push(shape?.[at] === 'starts' ? 'natural' : 'plain');
  }
  return qualities;
}

/** Words that join what follows to what precedes: a line does not end with them ("TÀI NGUYÊN ⏎ VÀ MÔI TRƯỜNG"). */
const CONNECTORS = ['VÀ', 'CỦA', 'VỀ', 'CHO', 'VỚI', 'TẠI', 'TRONG', 'THEO', 'ĐỂ', 'TỪ', 'ĐẾN', 'NHẰM', 'TRÊN'];

/** Nouns that a number before them counts ("95 năm", "3 tháng"): the number and the noun stay together. */
const COUNTED = ['NĂM', 'THÁNG', 'QUÝ', 'NGÀY', 'ĐỢT', 'LẦN'];

/** A number or a Roman numeral belongs to the word before it: "QUÝ II", "năm 2024", "Quận 1", "Khối thi đua I". */
const NUMERAL = /^(\d[\d./-]*|[IVXLC]+)$/u;

function matches(bare: string[], at: number, parts: string[]): boolean {
  return parts.every((part, k) => bare[at + k] === part);
}

/** Where each longest organisation-type phrase ends: between it and the proper name ("CÔNG ĐOÀN ⏎ TỔNG CÔNG TY"). */
function organisationSpanEnds(bare: string[]): Set<number> {
  const ends = new Set<number>();
  for (let at = 0; at < bare.length; ) {
    const longest = ORGANISATION_PARTS.find((parts) => matches(bare, at, parts));
    if (longest) {
      at += longest.length;
      ends.add(at);
    } else at++;
  }
  return ends;
}

/** Breaks that would split the name of a place: after a place-type word, up to punctuation or the next part. */
function placeNameSpans(bare: string[], closes: (at: number) => boolean, shape: WrittenShape | undefined): Set<number> {
  const inside = new Set<number>();
  for (let at = 0; at < bare.length; at++) {
    const type = PLACE_PARTS.find((parts) => matches(bare, at, parts));
    if (!type) continue;
    for (let end = at + type.length; end < bare.length && !closes(end); end++) {
      const next = bare[end]!;
      if (PHRASE_STARTS.includes(next) || PLACE_TYPES.includes(next) || ORGANISATION_TYPES.includes(next)) break;
      // In a name typed in mixed case, the place name is its capitalised syllables ("tỉnh Sóc Trăng").
      if (shape && shape[end] === 'unknown' && !NUMERAL.test(next)) break;
      // Between the type and the name ("THÀNH PHỐ ⏎ HỒ CHÍ MINH") is a plain break between words.
      if (end > at + type.length) inside.add(end);
    }
  }
  return inside;
}

/**
 * What the written name says of each syllable: it opens a part (a capital after a lowercase syllable, which no
 * single word has: "đoàn Viên"), starts a word (another capital), continues a proper name, or nothing.
 */
type WrittenShape = Array<'part' | 'starts' | 'continues' | 'unknown'>;

function writtenShape(syllables: string[], written: string | undefined): WrittenShape | undefined {
  if (!written) return undefined;
  const typed = written.normalize('NFC').split(/\s+/).filter(Boolean);
  // Only a name typed in mixed case says anything; one typed in capitals, or reworded, says nothing.
  if (typed.length !== syllables.length || typed.every((syllable) => syllable === upper(syllable))) return undefined;
  if (typed.some((syllable, index) => upper(syllable) !== upper(syllables[index]!))) return undefined;
  const lowercase = (syllable: string | undefined) => syllable !== undefined && /^\p{Ll}/u.test(syllable);
  return typed.map((syllable, index) => {
    const letters = syllable.replace(/^[("“]+/u, '');
    if (index === 0 || (letters.length > 1 && letters === upper(letters) && /^\p{L}/u.test(letters))) return 'starts';
    if (!/^\p{Lu}/u.test(letters)) return 'unknown';
    if (properNameContinues(typed, index)) return 'continues';
    return lowercase(typed[index - 1]) ? 'part' : 'starts';
  });
}

/**
 * True when capitalised `typed[index]` continues a proper name begun before it: the run of capitalised syllables
 * it stands in reaches the end of the name or a lowercase word of a few letters that opens the next part
 * ("Việt Nam tỉnh …"), rather than a lowercase syllable of the same word ("Bộ Khoa học").
 */
function properNameContinues(typed: string[], index: number): boolean {
  const isCapital = (syllable: string | undefined) => syllable !== undefined && /^\p{Lu}\p{Ll}/u.test(syllable);
  if (!isCapital(typed[index - 1]) || /[,;:]$/u.test(typed[index - 1]!)) return false;
  let end = index;
  while (isCapital(typed[end + 1]) && !/[,;:]$/u.test(typed[end]!)) end++;
  const next = typed[end + 1];
  if (next === undefined || /[,;:]$/u.test(typed[end]!)) return true;
  return PHRASE_STARTS.includes(upper(next)) || PLACE_PARTS.some((parts) => parts[0] === upper(next)) || !/^\p{Ll}/u.test(next);
}
