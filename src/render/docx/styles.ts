// Word paragraph styles for the semantic vocabulary of templates/README.md, every number from the layout
// profile. Each style names Times New Roman on all four font slots: Vietnamese letters (ă ơ ư ộ …) are
// looked up in the hAnsi slot, which Word otherwise fills from the theme.
import { AlignmentType, LineRuleType, type IParagraphStyleOptions, type IStylesOptions } from 'docx';
import type { FontSpec, LayoutProfile } from '../profile.js';
import { mmToTwips, ptToHalfPoints, ptToTwips } from './measure.js';

export type Alignment = 'left' | 'center' | 'right' | 'justified';

/** One block style: the font and what CSS gives the block in templates/print.css. */
export interface BlockStyle {
  id: string;
  /** The name Word shows in its style list. */
  name: string;
  font: FontSpec;
  align: Alignment;
  firstLineIndent: boolean;
  /** CSS margin above and below the block, in points (collapsed with neighbours by the flow). */
  marginTop: number;
  marginBottom: number;
  keepNext?: boolean;
  /** Level in Word's navigation pane (0 = top). */
  outlineLevel?: number;
}

export type StyleKey =
  | 'body' | 'draft' | 'issuerUpper' | 'issuer' | 'docNumber' | 'nationalTitle' | 'motto' | 'dateLine'
  | 'docType' | 'docSubject' | 'issuedWith' | 'to' | 'basis' | 'theme' | 'hRoman' | 'hArabic' | 'caption' | 'tableHead'
  | 'tableCell' | 'authority' | 'unit' | 'sigTitle' | 'signSpace' | 'name' | 'witnessHeading'
  | 'recipientsHeading' | 'recipient' | 'trace' | 'pageNumber' | 'rule' | 'chapter' | 'chapterTitle' | 'letterSubject';

export type StyleSheet = Record<StyleKey, BlockStyle>;

const plain = (size: number): FontSpec => ({ size, bold: false, italic: false });

/** The block styles for a profile. */
export function blockStyles(p: LayoutProfile): StyleSheet {
  const after = p.body.spaceAfter;
  const block = (
    id: string,
    name: string,
    font: FontSpec,
    align: Alignment,
    extra: Partial<BlockStyle> = {},
  ): BlockStyle => ({ id, name, font, align, firstLineIndent: false, marginTop: 0, marginBottom: 0, ...extra });
  const body = plain(p.body.size);
  return {
    body: block('GUBody', 'GU Văn bản', body, 'justified', { firstLineIndent: true, marginBottom: after }),
    draft: block('GUDraftMark', 'GU Dấu dự thảo', p.draftMark, 'left', { marginBottom: after }),
    issuerUpper: block('GUIssuerUpper', 'GU Cơ quan cấp trên', p.header.upperBody, 'center'),
    issuer: block('GUIssuer', 'GU Cơ quan ban hành', p.header.issuer, 'center'),
    docNumber: block('GUDocNumber', 'GU Số văn bản', p.header.number, 'center'),
    nationalTitle: block('GUNationalTitle', 'GU Quốc hiệu', p.header.nationalTitle, 'center'),
    motto: block('GUMotto', 'GU Tiêu ngữ', p.header.motto, 'left'),
    dateLine: block('GUDateLine', 'GU Địa danh ngày tháng', p.header.dateLine, 'center'),
    docType: block('GUDocType', 'GU Tên loại văn bản', p.title.docType, 'center', { keepNext: true }),
    docSubject: block('GUDocSubject', 'GU Trích yếu', p.title.subject, 'center', { keepNext: true }),
    issuedWith: block('GUIssuedWith', 'GU Kèm theo văn bản', p.title.issuedWith, 'center', { keepNext: true }),
    to: block('GUTo', 'GU Kính gửi', p.to, 'center', { marginBottom: after }),
    // A công văn's "V/v …" under its number, in the number's size (12–13 pt), upright, 6 pt below it (NĐ 30/2020 Phụ lục I, ô 5b).
    letterSubject: block('GULetterSubject', 'GU Trích yếu công văn', plain(p.header.number.size), 'center', { marginTop: p.header.letterSubjectGap }),
    basis: block('GUBasis', 'GU Căn cứ', p.basis, 'justified', { firstLineIndent: true, marginBottom: after }),
    theme: block('GUTheme', 'GU Chủ đề', { size: p.body.size, bold: true, italic: true }, 'center', { marginBottom: after }),
    hRoman: block('GUHeadingRoman', 'GU Mục La Mã', p.headings.roman, 'justified', {
      firstLineIndent: true, marginBottom: after, keepNext: true, outlineLevel: 0,
    }),
    hArabic: block('GUHeadingArabic', 'GU Mục số', p.headings.arabic, 'justified', {
      firstLineIndent: true, marginBottom: after, keepNext: true, outlineLevel: 1,
    }),
    caption: block('GUTableCaption', 'GU Tên bảng', { size: p.table.size, bold: true, italic: false }, 'center', {
      marginBottom: after, keepNext: true,
    }),
    tableHead: block('GUTableHead', 'GU Đầu bảng', { size: p.table.size, bold: true, italic: false }, 'center'),
    tableCell: block('GUTableCell', 'GU Ô bảng', plain(p.table.size), 'left'),
    // Signatures stand in table rows that are never split, which keeps each one whole.
    authority: block('GUSigAuthority', 'GU Quyền hạn ký', p.signature.authority, 'center'),
    unit: block('GUSigUnit', 'GU Đơn vị ký', { ...p.signature.authority, italic: false }, 'center'),
    sigTitle: block('GUSigTitle', 'GU Chức vụ ký', p.signature.title, 'center'),
    signSpace: block('GUSignSpace', 'GU Chỗ ký', { size: p.body.size, bold: false, italic: true }, 'center'),
    name: block('GUSigName', 'GU Họ tên người ký', p.signature.name, 'center'),
    // A rule's "Chương I" and its title (templates/print.css: .chapter, .chapter-title).
    chapter: block('GUChapter', 'GU Chương', { size: p.body.size, bold: true, italic: false }, 'center', { keepNext: true }),
    chapterTitle: block('GUChapterTitle', 'GU Tên chương', { size: p.body.size, bold: true, italic: false }, 'center', { marginBottom: after, keepNext: true }),
    witnessHeading: block('GUWitnessHeading', 'GU Chứng kiến', { size: p.body.size, bold: true, italic: false }, 'center'),
    recipientsHeading: block('GURecipientsHeading', 'GU Nơi nhận', p.recipients.heading, 'left', { keepNext: true }),
    recipient: block('GURecipient', 'GU Dòng nơi nhận', p.recipients.line, 'left'),
    trace: block('GUTrace', 'GU Mã nội dung', p.trace, 'left'),
    pageNumber: block('GUPageNumber', 'GU Số trang', p.pageNumber, 'center'),
    rule: block('GURule', 'GU Đường kẻ', plain(1), 'center'),
  };
}

export const ALIGNMENT = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  justified: AlignmentType.JUSTIFIED,
} as const;

/** The same family on every slot, so no script falls back to a theme font. */
export function fontSlots(family: string) {
  return { ascii: family, hAnsi: family, cs: family, eastAsia: family };
}

/** Line height: CSS line-height × font size, so lines are as tall as in the PDF (as a minimum, not exact). */
export function lineTwips(p: LayoutProfile, sizePt: number): number {
  return ptToTwips(p.body.lineHeight * sizePt);
}

export function runFont(font: FontSpec, family: string) {
  return {
    font: fontSlots(family),
    size: ptToHalfPoints(font.size),
    sizeComplexScript: ptToHalfPoints(font.size),
    bold: font.bold,
    boldComplexScript: font.bold,
    italics: font.italic,
    italicsComplexScript: font.italic,
    // Pair kerning, as browsers apply it: without it lines come out a little longer than in the PDF.
    kern: 2,
  };
}

/** styles.xml: document defaults, Normal, and one paragraph style per block of the vocabulary. */
export function stylesOptions(p: LayoutProfile, sheet: StyleSheet): IStylesOptions {
  const family = p.fontFamilies[0] ?? 'Times New Roman';
  const bodyFont = plain(p.body.size);
  const normalParagraph = {
    spacing: { before: 0, after: 0, line: lineTwips(p, p.body.size), lineRule: LineRuleType.AT_LEAST },
    widowControl: true,
  };
  const paragraphStyles: IParagraphStyleOptions[] = [
    { id: 'Normal', name: 'Normal', quickFormat: true, run: runFont(bodyFont, family), paragraph: normalParagraph },
    ...Object.values(sheet).map((style) => paragraphStyle(p, style, family)),
  ];
  return {
    default: { document: { run: { ...runFont(bodyFont, family), language: { value: 'vi-VN' } }, paragraph: normalParagraph } },
    paragraphStyles,
  };
}

function paragraphStyle(p: LayoutProfile, style: BlockStyle, family: string): IParagraphStyleOptions {
  return {
    id: style.id,
    name: style.name,
    basedOn: 'Normal',
    next: style.id,
    quickFormat: true,
    run: runFont(style.font, family),
    paragraph: {
      alignment: ALIGNMENT[style.align],
      indent: style.firstLineIndent ? { firstLine: mmToTwips(p.body.firstLineIndent) } : undefined,
      spacing: { before: 0, after: ptToTwips(style.marginBottom), line: lineTwips(p, style.font.size), lineRule: LineRuleType.AT_LEAST },
      keepNext: style.keepNext,
      outlineLevel: style.outlineLevel,
    },
  };
}
