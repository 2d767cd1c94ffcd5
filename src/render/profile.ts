// The layout profile: every number of FORMAT.md in one typed object. The print CSS reads it through
// CSS custom properties (see profileCss), and a DOCX writer reads the same object, so a correction to
// the official layout is made here and nowhere else.

/** A length in millimetres. */
export type Mm = number;
/** A font size or spacing in points. */
export type Pt = number;

export interface FontSpec {
  size: Pt;
  bold: boolean;
  italic: boolean;
}

export interface LayoutProfile {
  page: { width: Mm; height: Mm; margin: { top: Mm; bottom: Mm; left: Mm; right: Mm } };
  /** Font families in order of preference; the PDF writer embeds `embeddedFamily`. */
  fontFamilies: string[];
  embeddedFamily: string;
  body: { size: Pt; firstLineIndent: Mm; spaceAfter: Pt; lineHeight: number };
  header: {
    /** Share of the text width taken by the left column, in percent; the right column takes the rest. */
    leftColumnPercent: number;
    upperBody: FontSpec;
    issuer: FontSpec;
    /** Rule under the issuing union, as a share of the name's last line (FORMAT.md: 1/3 to 1/2). */
    ruleRatio: number;
    number: FontSpec;
    nationalTitle: FontSpec;
    motto: FontSpec;
    dateLine: FontSpec;
    /** Thickness of the rules under the issuer and the motto. */
    ruleWidth: Pt;
    /** Gap between a line of text and the rule under it. */
    ruleGap: Pt;
    /** Space between a công văn's number and its "V/v …" under it (NĐ 30/2020 Phụ lục I: 6 pt). */
    letterSubjectGap: Pt;
  };
  title: {
    docType: FontSpec;
    subject: FontSpec;
    /** “(Kèm theo …)” of a document issued with another: 13–14 pt, italic (NĐ 30/2020 Phụ lục I, III.1.c). */
    issuedWith: FontSpec;
    /** The short rule under the subject, as a share of the line above it (FORMAT.md: 1/3 to 1/2). */
    ruleRatio: number;
    spaceBefore: Pt;
  };
  to: FontSpec;
  basis: FontSpec;
  headings: { roman: FontSpec; arabic: FontSpec };
  /**
   * Column widths in percent. `timelineColumns`: Thời gian | Nội dung | Đơn vị chủ trì | Đơn vị phối hợp (a plan).
   * `criteriaColumns`: STT | Nội dung tiêu chí | Điểm tối đa | Tài liệu kiểm chứng (a scoring table).
   * `scoresColumns`: STT | Tiêu chí | Điểm tối đa | Điểm tự chấm | Điểm Khối kiểm tra | Tài liệu kiểm chứng (a score sheet).
   */
  table: {
    size: Pt;
    cellPadding: Mm;
    timelineColumns: number[];
    criteriaColumns: number[];
    scoresColumns: number[];
    /** Year-end summary: Lĩnh vực | Nhiệm vụ | Hạn | Tình trạng | Quý báo cáo. */
    yearTasksColumns: number[];
    /** Year-end summary: Chỉ tiêu | Mức giao | Đạt được | Tỷ lệ | Đánh giá. */
    yearTargetsColumns: number[];
    /** Ranking: Hạng | Đơn vị, then the groups, the sums and the total sharing the rest. */
    rankingColumns: number[];
    /** Award proposal: Hình thức | Đơn vị | Hạng | Tổng điểm. */
    awardColumns: number[];
  };
  signature: {
    authority: FontSpec;
    title: FontSpec;
    name: FontSpec;
    /** Blank lines left for the signature and the seal. */
    blankLines: number;
    /** Parties per row of a compact's signature grid (2–3). */
    gridColumns: number;
    spaceBefore: Pt;
    /** Space on each side of a grid cell, so neighbouring unit names do not touch. */
    cellPaddingMm: Mm;
    /** Sign-ready print: widest personal signature image, and the seal's diameter (NĐ 30/2020, Phụ lục I). */
    signImageMm: Mm;
    sealMm: Mm;
  };
  recipients: { heading: FontSpec; line: FontSpec; columnPercent: number };
  /** "Số: 07/KH-…": the number before the first "/" has at least this many digits (FORMAT.md). */
  documentNumber: { minDigits: number };
  pageNumber: FontSpec;
  /**
   * The boxed draft mark: under the number in the header's left column (where the earlier state rules put it),
   * or above the header at the right margin (as practice also does).
   */
  draftMark: FontSpec & { borderWidth: Pt; paddingMm: Mm; place: 'under-number' | 'top-right' };
  trace: FontSpec;
  /** Only for reading HTML on screen: the gap around the simulated sheet. */
  screen: { pageGap: Mm };
}

const font = (size: Pt, bold = false, italic = false): FontSpec => ({ size, bold, italic });

export const defaultProfile: LayoutProfile = {
  page: { width: 210, height: 297, margin: { top: 20, bottom: 20, left: 30, right: 15 } },
  fontFamilies: ['Times New Roman', 'Tinos'],
  embeddedFamily: 'Tinos',
  body: { size: 14, firstLineIndent: 12.7, spaceAfter: 6, lineHeight: 1.2 },
  header: {
    // 45% holds "CÔNG ĐOÀN VIÊN CHỨC VIỆT NAM" (71 mm at 12 pt) on one line; the right 55% still holds the
    // national title (88 mm at 12 pt bold).
    leftColumnPercent: 45,
    upperBody: font(12),
    issuer: font(13, true),
    ruleRatio: 0.4,
    number: font(13),
    nationalTitle: font(12, true),
    motto: font(13, true),
    dateLine: font(14, false, true),
    ruleWidth: 0.75,
    // Clear of the descenders (g, p, y, ạ reach 0.22 em below the baseline).
    ruleGap: 2,
    letterSubjectGap: 6,
  },
  title: { docType: font(14, true), subject: font(14, true), issuedWith: font(14, false, true), ruleRatio: 0.4, spaceBefore: 18 },
  to: font(14),
  basis: font(14, false, true),
  headings: { roman: font(14, true), arabic: font(14, true) },
  table: {
    size: 12,
    cellPadding: 1.5,
    timelineColumns: [14, 46, 20, 20],
    criteriaColumns: [8, 54, 11, 27],
    // Portrait A4 holds the six columns at 12 pt; the point columns only need "Điểm Khối kiểm tra" to wrap.
    scoresColumns: [7, 37, 10, 10, 11, 25],
    yearTasksColumns: [18, 44, 10, 16, 12],
    yearTargetsColumns: [40, 14, 14, 12, 20],
    rankingColumns: [7, 21],
    awardColumns: [32, 44, 10, 14],
  },
  signature: {
    authority: font(13, true),
    title: font(13, true),
    name: font(14, true),
    blankLines: 4,
    gridColumns: 3,
    spaceBefore: 12,
    cellPaddingMm: 1,
    signImageMm: 45,
    sealMm: 36,
  },
  recipients: { heading: font(12, true, true), line: font(11), columnPercent: 45 },
  documentNumber: { minDigits: 2 },
  pageNumber: font(13),
  draftMark: { ...font(13, true), borderWidth: 1, paddingMm: 1.5, place: 'under-number' },
  trace: font(8),
  screen: { pageGap: 8 },
};

type Overrides<T> = { [K in keyof T]?: T[K] extends object ? (T[K] extends unknown[] ? T[K] : Overrides<T[K]>) : T[K] };

/** The default profile with some values replaced; arrays are replaced whole. */
export function withProfile(overrides: Overrides<LayoutProfile>): LayoutProfile {
  return mergeDeep(defaultProfile, overrides) as LayoutProfile;
}

function mergeDeep(base: unknown, over: unknown): unknown {
  if (over === undefined) return base;
  if (!isPlainObject(base) || !isPlainObject(over)) return over;
  const merged: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(over)) merged[key] = mergeDeep(base[key], value);
  return merged;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
